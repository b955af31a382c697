/**
 * The register's own history of a protocol record, in plain Dutch: what changed between two
 * versions of its file ("einddatum toegevoegd", "gegevens toegevoegd: Gegeven 4"). Pure: it
 * takes the parsed versions, so it is tested without git.
 */
import { countOf, formatDate, startOfDayInBrussels } from '../format.ts';

export interface RecordVersion {
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** Commit time to the second, RFC 3339 with offset (2026-11-22T14:03:12+01:00); the start of `date` in Brussels when unknown. */
  time?: string;
  commit: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface RecordChange {
  date: string;
  /** To the second, RFC 3339 with offset. */
  time: string;
  commit: string;
  descriptions: string[];
}

export interface RecordHistory {
  /** Date the record first appeared in the register. */
  added: string;
  lastChanged: string;
  /** Oldest first; the first entry is the addition. */
  changes: RecordChange[];
}

/** When a content file first entered and last changed in git, RFC 3339 times with offset. */
export interface FileDates {
  first: string;
  last: string;
}

/**
 * The history of every protocol of a register, or why there is none. `files` has the dates of
 * every content file (parties, data categories, protocols), keyed by its path in the content
 * folder (`parties/vdab.yaml`).
 */
export type HistoryResult = { available: true; byProtocol: Record<string, RecordHistory>; files?: Record<string, FileDates> } | { available: false; reason: string };

/** Field names as an editor or a reader knows them. */
const fieldLabels: Record<string, string> = {
  title: 'titel',
  subject: 'onderwerp',
  summary: 'samenvatting',
  documentDate: 'datum van het document',
  legalFramework: 'wettelijk kader',
  dataSubjects: 'betrokkenen',
  volume: 'omvang',
  purposes: 'doelen',
  legalBasis: 'rechtsgrond',
  specialCategories: 'bijzondere persoonsgegevens',
  retention: 'bewaartermijn',
  recipients: 'ontvangers',
  periodicity: 'periodiciteit',
  periodicityNote: 'uitleg bij de periodiciteit',
  channel: 'kanaal',
  securityMeasures: 'beveiligingsmaatregelen',
  informationClass: 'informatieklasse',
  entryIntoForce: 'inwerkingtreding',
  noticePeriod: 'opzegtermijn',
  relations: 'verband met andere afspraken',
  signatures: 'handtekeningen',
  formerSlugs: 'vroegere adressen',
  source: 'bron',
  redactions: 'weggelaten gegevens',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const dateText = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? formatDate(text) : text;
};

function dataItemLabels(frontmatter: Record<string, unknown>): string[] {
  return asArray(frontmatter.flows).flatMap((flow) => asArray(asRecord(flow).dataItems).map((item) => String(asRecord(item).label ?? '')));
}

function partyIds(frontmatter: Record<string, unknown>): string[] {
  return asArray(frontmatter.parties).map((p) => String(asRecord(p).party ?? ''));
}

/** What changed from `before` to `after`, as short Dutch phrases, most important first. */
export function describeChange(before: RecordVersion, after: RecordVersion): string[] {
  const a = before.frontmatter;
  const b = after.frontmatter;
  const out: string[] = [];
  const endA = asRecord(a.end);
  const endB = asRecord(b.end);
  if (!endA.date && endB.date) out.push(`einddatum toegevoegd: ${dateText(endB.date)}`);
  else if (endA.date && !endB.date) out.push('einddatum verwijderd');
  else if (!same(endA.date, endB.date)) out.push(`einddatum gewijzigd van ${dateText(endA.date)} naar ${dateText(endB.date)}`);
  if (!same({ ...endA, date: undefined }, { ...endB, date: undefined })) out.push('einde of duur anders beschreven');

  // Added and removed parties and data items are named; other edits to them are summarised.
  const listChange = (before: string[], after: string[], what: { added: string; removed: string; edited: string }, edited: boolean) => {
    const added = after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !after.includes(x));
    if (added.length) out.push(`${what.added}: ${added.join(', ')}`);
    if (removed.length) out.push(`${what.removed}: ${removed.join(', ')}`);
    if (!added.length && !removed.length && edited) out.push(what.edited);
  };
  listChange(partyIds(a), partyIds(b), { added: 'partij toegevoegd', removed: 'partij verwijderd', edited: 'gegevens over de partijen bijgewerkt' }, !same(a.parties, b.parties));
  listChange(
    dataItemLabels(a),
    dataItemLabels(b),
    { added: 'gegevens toegevoegd', removed: 'gegevens verwijderd', edited: 'beschrijving van de gegevens bijgewerkt' },
    !same(a.flows, b.flows),
  );

  const notesA = asArray(a.editorNotes).length;
  const notesB = asArray(b.editorNotes).length;
  if (notesB > notesA)
    out.push(notesB - notesA === 1 ? 'opmerking van de redactie toegevoegd' : `${countOf(notesB - notesA, 'opmerking', 'opmerkingen')} van de redactie toegevoegd`);
  else if (!same(a.editorNotes, b.editorNotes)) out.push('opmerkingen van de redactie bijgewerkt');

  for (const [field, label] of Object.entries(fieldLabels)) {
    if (!same(a[field], b[field]))
      out.push(
        field === 'entryIntoForce' && asRecord(b[field]).date !== asRecord(a[field]).date ? `${label} gewijzigd naar ${dateText(asRecord(b[field]).date)}` : `${label} gewijzigd`,
      );
  }
  if (before.body.trim() !== after.body.trim()) out.push('tekst van het protocol gewijzigd');
  return out;
}

/** The history of one record from its versions, oldest first. Versions that change nothing are left out. */
export function buildRecordHistory(versions: RecordVersion[]): RecordHistory | undefined {
  const [first, ...rest] = versions;
  if (!first) return undefined;
  const timeOf = (version: RecordVersion) => version.time ?? startOfDayInBrussels(version.date);
  const changes: RecordChange[] = [{ date: first.date, time: timeOf(first), commit: first.commit, descriptions: ['opgenomen in het register'] }];
  let previous = first;
  for (const version of rest) {
    const descriptions = describeChange(previous, version);
    if (descriptions.length > 0) changes.push({ date: version.date, time: timeOf(version), commit: version.commit, descriptions });
    previous = version;
  }
  return { added: first.date, lastChanged: changes[changes.length - 1]!.date, changes };
}
