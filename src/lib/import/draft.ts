/**
 * Drafts a complete protocol file from the text of a source document: every structured field the
 * recognisers find, the full text as Markdown, and for every guessed value a line in `review`
 * (with `draft: true`), so `npm run check` refuses to publish it until an editor has looked.
 */
import { stringify } from 'yaml';
import type { DataCategory, Party } from '../content/schemas.ts';
import { covers, publishGateIssues } from '../content/publish-gate.ts';
import { foldName, paragraphs as toParagraphs, withoutPageFurniture } from './text.ts';
import {
  findChannel,
  findDataItems,
  findDataSubjects,
  dpoAdviceSegments,
  findDocumentDate,
  firstDate,
  findDuration,
  findGdprBases,
  findLegalArticles,
  findParties,
  findPeriodicity,
  inferRoles,
  findRetention,
  findSecurityMeasures,
  partyNameIn,
  type PartyMatch,
} from './recognise.ts';
import { findAuthorisingAct, findFlowKind } from './flow-kind.ts';
import { unique } from '../text.ts';
import { formatKbo, isValidKbo } from '../content/kbo.ts';

export interface ImportResult {
  slug: string;
  /** The protocol file: frontmatter and body. */
  file: string;
  /** Drafted files for parties that are not in the register yet. */
  newParties: { slug: string; file: string }[];
  found: string[];
  missing: string[];
  review: { field: string; note: string }[];
  /**
   * How sure the importer is of each field it filled, and the source line it read it from:
   * "hoog" (an explicit statement of the text), "middel" (derived), "laag" (a default or guess).
   * Every field below "hoog" is also in `review`.
   */
  confidence: { field: string; level: 'hoog' | 'middel' | 'laag'; source?: string }[];
  /** The structured data, for measuring the importer against published files. */
  data: Record<string, unknown>;
}

export function slugify(text: string): string {
  const words = foldName(text).split(' ').filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (`${slug}-${word}`.length > 70) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

const headingPattern = /^(?:(artikel|art\.)\s+\d+|bijlage\s+\d+|na te hebben uiteengezet|wordt overeengekomen wat volgt|wordt het volgende overeengekomen|overwegende|tussen)\b/i;

/** Text that must stay text in MDX: braces and angle brackets are escaped. */
export function escapeForBody(text: string): string {
  return text.replace(/[\\{}<>]/g, (c) => `\\${c}`);
}

/** The full text as Markdown: articles as headings, tab-separated rows as tables, nothing else changed. */
export function toMarkdown(paragraphs: string[]): string {
  const out: string[] = [];
  let table: string[][] = [];
  const flushTable = () => {
    if (table.length === 0) return;
    const width = Math.max(...table.map((r) => r.length));
    const row = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeForBody(cells[i] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
    out.push([row(table[0]!), `|${' --- |'.repeat(width)}`, ...table.slice(1).map(row)].join('\n'));
    table = [];
  };
  for (const paragraph of paragraphs) {
    const rows = paragraph.split('\n');
    if (rows.every((r) => r.includes('\t'))) {
      table.push(...rows.map((r) => r.split('\t').map((c) => c.trim())));
      continue;
    }
    flushTable();
    const text = paragraph.replace(/\t/g, ' ');
    if (headingPattern.test(text) && text.length < 160) out.push(`${/^(artikel|art\.)/i.test(text) ? '###' : '##'} ${escapeForBody(text)}`);
    else out.push(escapeForBody(text));
  }
  flushTable();
  return out.join('\n\n');
}

/** A line that starts a new paragraph by itself: a heading, a numbered point, a list item, a salutation. */
const startsParagraph =
  /^(?:(?:artikel|art\.|bijlage|gegeven)\s+\d+|[A-Z]\.\s|[a-z]\)\s|\d+[.)°]\s|[-•·*]\s|§\s*\d|hierna\b|tussen\b|en\s*$|na te hebben|wordt overeengekomen|[A-Z][A-Z .,'’&-]{8,}$)/i;

/**
 * Some extractions put a blank line after every line. Then a blank line is no paragraph break;
 * a paragraph ends where a sentence ends and the next line starts a new block.
 */
function undoubleSpacing(text: string): string {
  const lines = text.split('\n');
  const blank = lines.filter((l) => !l.trim()).length;
  if (blank < (lines.length - blank) * 0.7) return text;
  const kept = lines.filter((l) => l.trim());
  let out = '';
  kept.forEach((line, i) => {
    const previous = kept[i - 1]?.trim() ?? '';
    const breakHere = i > 0 && (/[.:;!?]$/.test(previous) || startsParagraph.test(line.trim()) || startsParagraph.test(previous) || previous.length < 30);
    out += i === 0 ? line : `${breakHere ? '\n\n' : '\n'}${line}`;
  });
  return out;
}

/** A line that opens a new element of a protocol whatever the layout: a heading, a numbered point, a data item. */
const opensElement =
  /^(?:(?:Artikel|Art\.|Hoofdstuk|Afdeling|Bijlage|Gegeven|Overweging)\s+\d+|\d+°|[a-h]\)\s|[A-Z]\.\s|\d+(?:\.\d+)*\.?\s+[A-Z]|Gelet op\b|TUSSEN\b|EN$|Tussen\b|De ondergetekenden\b|Mededelende partij\b|Ontvangende partij\b|Opgemaakt\b|Datum\s*:|Versie\b)/;
/** A heading on a line of its own: "Artikel 3 – Gegevens", "Hoofdstuk 2. …", "5. Categorieën …", a line in capitals. */
const headingLine =
  /^(?:(?:(?:Artikel|Art\.|Hoofdstuk|Afdeling|Bijlage)\s+\d+\.?(?:\s*[-–:.]?\s*[A-Z][^.;]{0,80})?)|\d+(?:\.\d+)*\.?\s+[A-Z][^.;]{2,80}|[A-Z][A-Z0-9 ,.'’&–-]{3,150})$/;
/** A line that is only a place and date, or a date ("Brussel, 12 september 2024"). */
const dateLine = /^(?:[A-Z][a-zà-ÿ-]+,\s*)?\d{1,2}(?:\s+[a-z]+\s+|[/.-]\d{1,2}[/.-])\d{4}\.?$/;

/**
 * Paragraph breaks the extraction lost: a heading, a numbered point or a data item starts a new
 * paragraph when the line before it ended a sentence or was a heading itself; so does the line
 * after a heading, and a line that is only a date.
 */
function breakElements(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    const previous = (lines[i - 1] ?? '').trim();
    const previousIsHeading = previous !== '' && !previous.includes('\t') && headingLine.test(previous) && previous.length < 160;
    const capitals = (l: string) => /[A-Z]/.test(l) && l === l.toUpperCase();
    // "Gelet op", "Dit protocol wordt …", "TUSSEN", "Opgemaakt te …" open an element even right under a title.
    const strongStart = /^(?:Gelet op\b|De ondergetekenden\b|Dit protocol wordt\b|TUSSEN\b|Tussen\s*:|(?:Mededelende|Ontvangende) partij\b|Opgemaakt (?:te|op)\b)/.test(trimmed);
    const breakBefore =
      previous !== '' &&
      !trimmed.includes('\t') &&
      !previous.includes('\t') &&
      !(capitals(previous) && capitals(trimmed)) &&
      (strongStart ||
        (opensElement.test(trimmed) && (/[.:;,]$/.test(previous) || previousIsHeading || headingLine.test(trimmed))) ||
        previousIsHeading ||
        dateLine.test(trimmed) ||
        dateLine.test(previous));
    if (breakBefore) out.push('');
    out.push(line);
  });
  return out.join('\n');
}

/** Paragraphs that keep table rows (lines with tabs) apart from running text. */
function splitParagraphs(text: string): string[] {
  text = breakElements(undoubleSpacing(text));
  const blocks: string[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    const tableRows = lines.filter((l) => l.includes('\t'));
    if (tableRows.length >= 2 && tableRows.length === lines.length) blocks.push(lines.join('\n'));
    else blocks.push(...toParagraphs(lines.join('\n')));
  }
  return blocks.filter(Boolean);
}

/** A title in capitals as a sentence; acronyms the text writes in capitals elsewhere ("VDAB") stay so. */
function titleCase(text: string, rest = ''): string {
  if (text !== text.toUpperCase()) return text;
  const acronyms = new Set([...rest.matchAll(/\b[A-Z]{2,}\b/g)].map((m) => m[0]).filter((w) => rest.includes(w.toLowerCase()) === false || w.length <= 6));
  return (text.charAt(0) + text.slice(1).toLowerCase()).replace(/\b[a-zà-ÿ]{2,}\b/g, (w) => (acronyms.has(w.toUpperCase()) ? w.toUpperCase() : w));
}

type DraftRegister = { parties: Map<string, Party>; dataCategories: Map<string, DataCategory> };
type Level = 'hoog' | 'middel' | 'laag';

/** What the draft says about itself as it is made: found, missing, to review, and how sure each field is. */
interface DraftLog {
  review: ImportResult['review'];
  found: string[];
  missing: string[];
  confidence: ImportResult['confidence'];
  guess(field: string, note: string): void;
  /** Records how sure a field is; below "hoog" it goes to the review list with its source line. */
  rate(field: string, level: Level, note: string, source?: string): void;
}

function draftLog(): DraftLog {
  const review: ImportResult['review'] = [];
  const confidence: ImportResult['confidence'] = [];
  const guess = (field: string, note: string) => review.push({ field, note });
  return {
    review,
    found: [],
    missing: [],
    confidence,
    guess,
    rate(field, level, note, source) {
      const quoted = source ? `"${source.replace(/\s+/g, ' ').trim().slice(0, 160)}"` : undefined;
      confidence.push({ field, level, ...(quoted ? { source: quoted } : {}) });
      if (level !== 'hoog') guess(field, `${note}${quoted ? `; bron: ${quoted}` : ''}`);
    },
  };
}

/**
 * Title and subject: the opening, up to the date or the first sentence of the protocol,
 * split at "in het kader van". The opening ends where the first element of the protocol
 * begins, whatever it is.
 */
function draftTitle(paragraphs: string[], log: DraftLog): { title: string; subject: string } {
  const openingEnd = paragraphs.findIndex(
    (p, i) =>
      i > 0 &&
      (/^(dit protocol|tussen|partijen|aanhef|de ondergetekenden|gelet op|overwegende|na te hebben|mededelende partij|\d+(?:\.\d+)*\.?\s|\d+°|[a-h]\)\s|artikel\s+\d|art\.\s*\d|hoofdstuk\s+\d)/i.test(
        p,
      ) ||
        /\b[01]\d{3}[. ]?\d{3}[. ]?\d{3}\b/.test(p) ||
        (firstDate(p) !== undefined && p.length < 60)),
  );
  const opening = paragraphs
    .slice(0, openingEnd > 0 ? Math.min(openingEnd, 6) : 2)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const split = /^(.*?)\s*\b(in het kader van .*)$/i.exec(opening);
  const rest = paragraphs.slice(openingEnd > 0 ? openingEnd : 2).join(' ');
  const title = titleCase(split ? split[1]! : opening, rest).slice(0, 400);
  const subject = titleCase(split ? split[2]! : 'in het kader van …', rest)
    .replace(/^IN HET KADER VAN/i, 'in het kader van')
    .slice(0, 400);
  if (!split) log.missing.push('onderwerp ("in het kader van …")');
  log.rate('title', split ? 'hoog' : 'laag', split ? 'titel uit de eerste regels' : 'geen "in het kader van" gevonden: titel en onderwerp nakijken', opening);
  if (opening === opening.toUpperCase()) log.guess('title', 'de bron schrijft de titel in hoofdletters: zet de hoofdletters zoals in een zin');
  return { title, subject };
}

function draftDocumentDate(paragraphs: string[], log: DraftLog): string | undefined {
  const dated = findDocumentDate(paragraphs);
  const documentDate = dated.date;
  // "Gevonden" only for what the text states; a derived date is in the review list instead.
  if (documentDate && /bovenaan|opgemaakt/.test(dated.how)) log.found.push(`datum van het document: ${documentDate} (${dated.how})`);
  else log.missing.push('datum van het document');
  log.rate('documentDate', /bovenaan|opgemaakt/.test(dated.how) ? 'hoog' : dated.date ? 'middel' : 'laag', dated.how, dated.source);
  return documentDate;
}

interface DraftParties {
  parties: PartyMatch[];
  /** Per party its slug: the known party's, or one made from its name for a drafted party file. */
  partyIds: string[];
  roles: ('sends' | 'receives' | 'both')[];
  newParties: ImportResult['newParties'];
}

/** The parties, matched against the register (a drafted file for each unknown one), and their roles. */
function draftParties(paragraphs: string[], flat: string, title: string, register: DraftRegister, log: DraftLog): DraftParties {
  const parties = findParties(paragraphs, register.parties);
  const newParties: ImportResult['newParties'] = [];
  const partyIds = unique(parties.map((p, i) => p.id ?? slugify(partyNameIn(p.block) || p.alias || `nieuwe partij ${i + 1}`)));
  parties.forEach((p, i) => {
    if (p.id) log.found.push(`partij ${p.id}${p.alias ? ` ("${p.alias}")` : ''}`);
    else {
      newParties.push({ slug: partyIds[i]!, file: draftParty(p) });
      log.missing.push(`partij "${p.alias ?? p.block.slice(0, 60)}" staat niet in het register: ontwerp in ${partyIds[i]}.yaml`);
    }
    for (const note of p.notes) log.guess(`parties[${i}].kboAsWritten`, note);
  });
  const names = parties.map((p) => {
    const known = p.id ? register.parties.get(p.id) : undefined;
    return [p.alias ?? '', known?.shortName ?? '', known?.name ?? '', ...(known?.aliases ?? []), ...(known?.formerNames ?? []).flatMap((f) => [f.name, f.shortName ?? ''])].filter(
      Boolean,
    );
  });
  const inferred = inferRoles(title, flat, names);
  const roles = parties.map((p, i) => p.role ?? inferred[i] ?? (i === 0 ? 'sends' : 'receives'));
  parties.forEach((p, i) => {
    if (p.role) log.rate(`parties[${i}].role`, 'hoog', 'rol uit het blok van de partij', p.block);
    else
      log.rate(
        `parties[${i}].role`,
        inferred[i] ? 'middel' : 'laag',
        inferred[i] ? 'rol afgeleid uit de titel of de tekst ("van … aan …", "meegedeeld door … aan …")' : 'rol niet gevonden: nakijken',
        inferred[i] ? title : undefined,
      );
  });
  return { parties, partyIds, roles, newParties };
}

function draftDataItems(paragraphs: string[], register: DraftRegister, parties: PartyMatch[], log: DraftLog) {
  const items = findDataItems(paragraphs, register.dataCategories);
  if (items.length) log.found.push(`${items.length} gegevens (${items.map((i) => i.label).join(', ')})`);
  else log.missing.push('gegevens ("Gegeven 1", …)');
  items.forEach((item, i) => {
    if (item.dataCategories.length === 0) log.guess(`flows[0].dataItems[${i}].dataCategories`, 'geen soort gegevens herkend: kies er een uit content/data-categories');
  });
  if (parties.some((p) => !p.role) || parties.length === 0) log.guess('flows', 'wie meedeelt en wie ontvangt volgt uit de rollen van de partijen');
  return items;
}

/** How the data travel: periodicity, and the flow's kind, trigger and authorising act (proposals only, never "hoog", never in `found`), and the channel. */
function draftExchange(flat: string, log: DraftLog) {
  const periodicity = findPeriodicity(flat);
  if (!periodicity) log.missing.push('periodiciteit');
  log.rate('periodicity', periodicity ? 'hoog' : 'laag', periodicity ? 'periodiciteit uit de tekst' : 'niet gevonden: "permanent" is een aanname', periodicity?.evidence);
  const flowKind = findFlowKind(flat);
  if (flowKind) {
    log.rate('flows[0].kind', flowKind.level, `soort stroom "${flowKind.kind}" voorgesteld uit de tekst (push, pull, batch of event): nakijken`, flowKind.evidence);
    if (flowKind.trigger) log.rate('flows[0].trigger', flowKind.level, 'aanleiding voorgesteld uit de tekst: schrijf ze in gewone woorden', flowKind.evidence);
  }
  const authorisingAct = findAuthorisingAct(flat);
  if (authorisingAct)
    log.rate('flows[0].authorisingAct', 'middel', 'akte die de mededeling toelaat, uit de rechtsgrond; vul de ELI alleen aan als je ze op ejustice vindt', authorisingAct.evidence);
  const channel = findChannel(flat);
  log.rate('channel', channel.evidence ? 'middel' : 'laag', channel.evidence ? 'kanaal afgeleid uit de tekst; vul de beschrijving aan' : 'geen kanaal gevonden', channel.evidence);
  return { periodicity, flowKind, authorisingAct, channel };
}

/** The legal grounds, retention, duration (entry into force and end), security measures and data subjects. */
function draftTerms(flat: string, documentDate: string | undefined, log: DraftLog) {
  const bases = findGdprBases(flat);
  if (!bases.length) log.missing.push('rechtsgrond in de AVG (artikel 6.1)');
  const articles = findLegalArticles(flat);
  const retention = findRetention(flat);
  if (!retention) log.missing.push('bewaartermijn');
  const duration = findDuration(flat, documentDate);
  if (!duration.entryIntoForce) log.missing.push('datum van inwerkingtreding');
  log.rate(
    'entryIntoForce.date',
    duration.entryIntoForce && duration.entryNote && firstDate(duration.entryNote) === duration.entryIntoForce ? 'hoog' : duration.entryIntoForce ? 'middel' : 'laag',
    duration.entryIntoForce ? 'datum van inwerkingtreding' : 'niet gevonden: vul de datum in',
    duration.entryNote,
  );
  log.rate(
    'end',
    duration.endDate || duration.indefinite ? 'hoog' : 'laag',
    duration.endDate || duration.indefinite ? 'einde uit de tekst' : 'einddatum, onbepaalde duur of eindvoorwaarde niet gevonden',
    duration.endNote,
  );
  const security = findSecurityMeasures(flat);
  const subjects = findDataSubjects(flat);
  return { bases, articles, retention, duration, security, subjects };
}

/** The parties of the frontmatter, each with the DPO advice whose text names it (by its "hierna" name, short name, name or aliases). */
function partyEntries({ parties, partyIds, roles }: DraftParties, flat: string, register: DraftRegister) {
  const advice = dpoAdviceSegments(flat);
  return parties.map((p, i) => {
    const known = p.id ? register.parties.get(p.id) : undefined;
    const forms = [p.alias, known?.shortName, known?.name, ...(known?.aliases ?? []), p.id ? undefined : partyNameIn(p.block)]
      .filter((f): f is string => Boolean(f && f.length >= 2))
      .map((f) => ` ${foldName(f)} `);
    const names = (text: string) => forms.some((f) => ` ${foldName(text)} `.includes(f));
    const dpo =
      advice.find((a) => names(a.before)) ??
      advice.find((a) => names(a.after) && !parties.some((q) => q !== p && q.alias && names(q.alias) === false && ` ${foldName(a.before)} `.includes(` ${foldName(q.alias)} `)));
    return {
      party: partyIds[i],
      ...(p.alias ? { alias: p.alias } : {}),
      role: roles[i],
      ...(p.kboAsWritten ? { kboAsWritten: p.kboAsWritten } : {}),
      ...(dpo ? { dpoAdviceDate: dpo.date } : {}),
    };
  });
}

/** Whatever the gate would still refuse is named in the review list: nothing unfinished looks done. */
function reviewWhatTheGateRefuses(data: Parameters<typeof publishGateIssues>[0]['data'], sourceName: string, review: ImportResult['review']): void {
  for (const issue of publishGateIssues({ file: sourceName, data })) {
    if (issue.field === 'review' || issue.field === 'draft' || review.some((r) => covers(r.field, issue.field))) continue;
    review.push({ field: issue.field, note: `[${issue.code}] ${issue.message.slice(0, 400)}; ${issue.fix}`.slice(0, 600) });
  }
}

export function draftProtocol(pages: string[], register: DraftRegister, sourceName: string): ImportResult {
  const text = withoutPageFurniture(pages);
  const paragraphs = splitParagraphs(text);
  const flat = paragraphs.join('\n');
  const log = draftLog();
  const { review, found, missing, confidence } = log;

  const { title, subject } = draftTitle(paragraphs, log);
  const documentDate = draftDocumentDate(paragraphs, log);
  const drafted = draftParties(paragraphs, flat, title, register, log);
  const { parties, partyIds, roles, newParties } = drafted;
  const items = draftDataItems(paragraphs, register, parties, log);
  const { periodicity, flowKind, authorisingAct, channel } = draftExchange(flat, log);
  const { bases, articles, retention, duration, security, subjects } = draftTerms(flat, documentDate, log);
  log.guess('summary', 'schrijf twee of drie zinnen in gewone taal');
  log.guess('purposes', 'de doelen staan in de tekst; zet ze per partij');

  const name = (i: number) => parties[i]?.alias ?? partyIds[i]!;
  const data = {
    title,
    subject,
    summary: `${
      parties
        .filter((_, i) => roles[i] !== 'receives')
        .map((_, i) => name(i))
        .join(', ') || 'De partijen'
    } geeft gegevens door ${subject}.`,
    documentDate: documentDate ?? '1970-01-01',
    legalFramework: 'Artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer (decreet eGov)',
    parties: partyEntries(drafted, flat, register),
    flows: [
      {
        from: partyIds.filter((_, i) => roles[i] !== 'receives'),
        to: partyIds.filter((_, i) => roles[i] !== 'sends'),
        mutual: roles.every((r) => r === 'both'),
        ...(flowKind ? { kind: flowKind.kind } : {}),
        ...(flowKind?.trigger ? { trigger: flowKind.trigger } : {}),
        ...(authorisingAct ? { authorisingAct: { title: authorisingAct.title } } : {}),
        dataItems: (items.length ? items : [{ label: 'Gegeven 1', description: 'Nog aan te vullen', dataCategories: [] }]).map((item) => ({
          label: item.label,
          description: item.description || 'Nog aan te vullen',
          dataCategories: item.dataCategories.length ? item.dataCategories : [[...register.dataCategories.keys()][0] ?? 'naam'],
          ...(item.proportionality ? { proportionality: item.proportionality } : {}),
        })),
      },
    ],
    dataSubjects: [subjects ?? 'Nog aan te vullen: over wie gaan de gegevens?'],
    purposes: [{ text: 'Nog aan te vullen: het doel van de ontvanger, zoals in de tekst.' }],
    legalBasis: { gdpr: bases.length ? bases : ['e'], articles },
    retention: { summary: retention ?? 'Nog aan te vullen.' },
    recipients: { internal: [], thirdParties: [] },
    periodicity: periodicity?.value ?? 'permanent',
    ...(periodicity && periodicity.evidence.length < 600 ? { periodicityNote: periodicity.evidence } : {}),
    channel: { type: channel.type, description: (channel.evidence || 'Nog aan te vullen.').slice(0, 600) },
    securityMeasures: security,
    entryIntoForce: { date: duration.entryIntoForce ?? documentDate ?? '1970-01-01', ...(duration.entryNote ? { note: duration.entryNote.slice(0, 600) } : {}) },
    end: {
      ...(duration.endDate ? { date: duration.endDate } : {}),
      indefinite: duration.indefinite,
      ...(duration.endNote && !duration.endDate && !duration.indefinite ? { note: duration.endNote.slice(0, 600) } : {}),
    },
    ...(duration.noticePeriod ? { noticePeriod: duration.noticePeriod } : {}),
    source: { file: sourceName },
    draft: true,
    review,
  };
  reviewWhatTheGateRefuses(data, sourceName, review);
  const slug = slugify(`${documentDate?.slice(0, 4) ?? 'jjjj'} ${partyIds.slice(0, 3).join(' ')} ${subject.replace(/^in het kader van\s*(de|het)?/i, '')}`);
  // Where the draft comes from is a YAML comment: it is for the editor, not for the page or the index.
  const file = `---\n# Ontwerp gemaakt door npm run import uit ${sourceName.replace(/[\r\n]/g, ' ')}; kijk de velden in "review" na tegen de bron.\n${stringify(data, { lineWidth: 0 })}---\n\n${toMarkdown(paragraphs)}\n`;
  return { slug, file, newParties, found, missing, review, confidence, data };
}

function draftParty(p: PartyMatch): string {
  const raw = partyNameIn(p.block);
  const name = raw.charAt(0).toUpperCase() + raw.slice(1);
  // Kind and level from the name ("Gemeente …", "Stad …", "Federale Overheidsdienst …"), else an agency of Flanders: to review.
  const local = /^(?:gemeente|stad|ocmw|lokaal bestuur|intercommunale|politiezone)\b/i.test(name);
  const federal = /^(?:federale overheidsdienst|fod|rijksdienst|programmatorische federale|federaal agentschap)\b/i.test(name);
  const kind = /^(?:gemeente|stad)\b/i.test(name) ? 'municipality' : /^intercommunale\b/i.test(name) ? 'association' : 'agency';
  return `# Ontwerp van npm run import: kind en governmentLevel zijn uit de naam geraden; kijk ze na.\n${stringify(
    {
      name,
      shortName: (p.alias && p.alias.length <= 60 && !/^(?:de|het)\s/i.test(p.alias) ? p.alias : name).slice(0, 60),
      kind,
      legalForm: 'Nog aan te vullen: rechtsvorm zoals in de bron',
      governmentLevel: local ? 'local' : federal ? 'federal' : 'flemish',
      policyDomain: 'Nog aan te vullen',
      // A valid number however it was written ("0507 873 093"), in the register's form; a wrong one stays out.
      ...(p.kboAsWritten && isValidKbo(p.kboAsWritten) ? { kbo: formatKbo(p.kboAsWritten) } : {}),
      description: `Nog aan te vullen: wat doet ${name}? (ontwerp uit de tekst: "${p.block.slice(0, 200)}")`.slice(0, 4000),
    },
    { lineWidth: 0 },
  )}`;
}
