/**
 * Recognisers for the parts of a protocol text. Each one works on the cleaned paragraphs of any
 * protocol following the decree and the supervisory authority's template (titles, "hierna"
 * names, KBO numbers, "Gegeven N", article headings), not on the layout of one document.
 * Every value found here is a proposal that an editor reviews.
 */
import { dutchMonths } from '../format.ts';
import { digitsOf, formatKbo, isValidKbo } from '../content/kbo.ts';
import type { DataCategory, Party } from '../content/schemas.ts';
import { foldName } from './text.ts';
import type { ChannelType, Periodicity } from '../enums.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const monthPattern = dutchMonths.join('|');

/** Every date in a text, in order: "15 december 2025", "04/10/2023", "4.10.2023", "2023-10-04". */
export function datesIn(text: string): { index: number; iso: string; text: string }[] {
  const found: { index: number; iso: string; text: string }[] = [];
  const add = (index: number, y: number, m: number, d: number, raw: string) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y < 1990 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return;
    found.push({ index, iso: `${y}-${pad(m)}-${pad(d)}`, text: raw });
  };
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:ste|de|e)?\\s+(${monthPattern})\\s+(\\d{4})\\b`, 'gi')))
    add(m.index, Number(m[3]), dutchMonths.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]), m[0]);
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g)) add(m.index, Number(m[3]), Number(m[2]), Number(m[1]), m[0]);
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) add(m.index, Number(m[1]), Number(m[2]), Number(m[3]), m[0]);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Is the date at `index` part of the citation of a legal text or another document ("het decreet
 * van 18 juli 2008", "de wet van 30 juli 2018", "het besluit van de Vlaamse Regering van …")?
 * Such a date is never the date of the protocol, of an advice or of a signature.
 */
export function isCitationDate(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 90), index);
  return /\b(?:decreet|decreten|wet|wetten|besluit|besluiten|verordening|richtlijn|ordonnantie|samenwerkingsakkoord|akkoord|omzendbrief|programmawet|KB|BVR|codex|overeenkomst|convenant)\b[^.;:()]{0,70}?\b(?:van|d\.d\.)\s*$/i.test(
    before,
  );
}

/** The dates of a text that are not part of a citation, in order. */
export function ownDatesIn(text: string): { index: number; iso: string; text: string }[] {
  return datesIn(text).filter((d) => !isCitationDate(text, d.index));
}

export function firstDate(text: string): string | undefined {
  return ownDatesIn(text)[0]?.iso;
}

/** Dates of signatures: "Getekend op …", "ondertekend op …", electronic time stamps. */
export function signatureDates(text: string): string[] {
  const dates = [...text.matchAll(/\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/\b(?:getekend|ondertekend|handtekening)\s+(?:op|d\.d\.)\s+([^\n;\t]{6,30})/gi)) {
    const date = datesIn(m[1]!)[0];
    if (date) dates.push(date.iso);
  }
  return dates.sort();
}

/**
 * The date of the document, by its role: a date standing alone in the opening ("15 december
 * 2025", "Brussel, 12 september 2024", "Versie van …", "Datum: …"), else the date the text
 * says it was made ("Opgemaakt te … op …", "Datum: …"), else the last signature, else the first
 * date of the opening that is not part of a citation.
 */
export function findDocumentDate(paragraphs: string[]): { date?: string; how: string; source?: string } {
  const opening = paragraphs.slice(0, 25);
  for (const p of opening) {
    const t = p.trim();
    if (t.length <= 60 && /^(?:(?:versie|datum|stand)\b[^\d]{0,20}|[A-Z][a-zà-ÿ-]+,\s*)?\d{1,2}(?:\s+[a-z]+\s+|[/.-]\d{1,2}[/.-])\d{4}\.?$/i.test(t)) {
      const date = firstDate(t);
      if (date) return { date, how: 'datum bovenaan het document', source: t };
    }
  }
  for (const p of paragraphs) {
    const m = /\b(?:opgemaakt|gedaan)\b[^.]{0,60}?\b(?:op|d\.d\.)\s+([^.;]{6,30})|^datum\s*:\s*(.{6,30})$/i.exec(p.trim());
    const date = m && firstDate(m[1] ?? m[2] ?? '');
    if (date) return { date, how: '"opgemaakt op" of "datum:"', source: p.trim().slice(0, 160) };
  }
  const signed = signatureDates(paragraphs.join('\n')).at(-1);
  if (signed) return { date: signed, how: 'datum van de laatste handtekening' };
  const first = opening.map((p) => ({ p, date: firstDate(p) })).find((x) => x.date);
  return first ? { date: first.date, how: 'eerste datum in de aanhef die geen wetsverwijzing is', source: first.p.slice(0, 160) } : { how: 'niet gevonden' };
}

/**
 * DPO advice per date: in each sentence about a DPO's advice, every date that is not a citation,
 * with the text before it (since the previous date) and after it, where the party is named
 * ("die van AgII op 3 oktober 2023, die van Atlas op …").
 */
export function dpoAdviceSegments(text: string): { before: string; after: string; date: string }[] {
  const out: { before: string; after: string; date: string }[] = [];
  for (const sentence of sentences(text.replace(/\s+/g, ' '))) {
    if (!/functionaris|\bDPO\b|\bFG\b/i.test(sentence) || !/advies/i.test(sentence)) continue;
    const dates = ownDatesIn(sentence);
    dates.forEach((d, i) => {
      const start = i === 0 ? 0 : dates[i - 1]!.index + dates[i - 1]!.text.length;
      const end = i + 1 < dates.length ? dates[i + 1]!.index : sentence.length;
      out.push({ before: sentence.slice(start, d.index), after: sentence.slice(d.index + d.text.length, end), date: d.iso });
    });
  }
  return out;
}

export interface PartyMatch {
  id?: string;
  /** The name used for the party in the text ("hierna: …", or an acronym in brackets). */
  alias?: string;
  role?: 'sends' | 'receives' | 'both';
  kboAsWritten?: string;
  /** The paragraph the party was found in, for a drafted party file and for the report. */
  block: string;
  notes: string[];
}

/** Names by which a known party can appear in a text, longest first. */
function namesOf(party: Party): string[] {
  return [party.name, party.shortName, ...party.aliases, ...party.formerNames.flatMap((f) => [f.name, f.shortName ?? ''])]
    .filter((n) => n.length >= 3)
    .map(foldName)
    .sort((a, b) => b.length - a.length);
}

/** The known party a block of text names: by a valid, unique KBO number, else by its longest name. */
export function matchParty(block: string, parties: Map<string, Party>, kbo?: { digits: string; valid: boolean }): string | undefined {
  const text = ` ${foldName(block)} `;
  let best: { id: string; length: number } | undefined;
  for (const [id, party] of parties) {
    for (const name of namesOf(party)) {
      if (text.includes(` ${name} `) && (!best || name.length > best.length)) best = { id, length: name.length };
    }
  }
  if (best) return best.id;
  if (kbo?.valid) {
    const byKbo = [...parties].filter(([, p]) => p.kbo && digitsOf(p.kbo) === kbo.digits);
    if (byKbo.length === 1) return byKbo[0]![0];
  }
  return undefined;
}

const aliasPatterns = [/hierna(?:\s+genoemd)?\s*(?::|,)?\s*(?:de\s+|het\s+)?[“"‘'„]([^”"’'“]{2,60})[”"’'“]/i, /\((?:hierna\s*:?\s*)?[“"‘']?([A-Z][A-Za-z&]{1,14})[”"’']?\)/];

function roleIn(text: string): PartyMatch['role'] {
  const t = foldName(text);
  const sends = /\b(meedeelt|meedelen|mededelende|deelt .* mee|delen .* mee|verstrekt|levert)\b/.test(t);
  const receives = /\b(ontvangt|ontvangen|ontvangende|opvraagt|vraagt .* op|verkrijgt)\b/.test(t);
  if (sends && receives) return 'both';
  if (sends) return 'sends';
  if (receives) return 'receives';
  return undefined;
}

/** "1° het agentschap …", "a) …", "Mededelende partij: …", "De …": the words before a party's name. */
const partyLead = /^(?:\d+°|[a-h]\)|[-•·*])?\s*(?:(?:mededelende|ontvangende)\s+partij\s*:\s*)?(?:tussen\s*:?\s*)?(?:en\s+)?(?:de|het)?\s*/i;

/** The name a block gives a party: its first cell, or its words up to the first comma or address. */
export function partyNameIn(block: string): string {
  const first = block.split('\t')[0]!;
  return first
    .replace(partyLead, '')
    .split(/,|\s+(?:met (?:maatschappelijke )?zetel|met ondernemingsnummer|ingeschreven|vertegenwoordigd|KBO|ondernemingsnummer)\b/i)[0]!
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .slice(0, 200);
}

/**
 * The parties: each paragraph or table row of the opening (before the first article or the
 * considerations) that holds an enterprise number is a party's block, whatever the layout
 * ("TUSSEN … EN …", "De ondergetekenden: 1° … 2° …", "a) … b) …", a table of parties). Its name
 * is matched to a known party (by name, alias or former name, else by a unique valid KBO
 * number); its "hierna" name or acronym and its role ("die de gegevens meedeelt", "ontvangende
 * partij") come from the same block. Several numbers in one block are several parties.
 */
export function findParties(paragraphs: string[], parties: Map<string, Party>): PartyMatch[] {
  const end = paragraphs.findIndex(
    (p, i) =>
      i > 2 &&
      /^(na te hebben uiteengezet|wordt (het volgende |wat volgt )?overeengekomen|komen (het volgende|wat volgt) overeen|overwegende|overwegingen|artikel 1\b|art\. 1\b|hoofdstuk 1\b)/i.test(
        p.trim(),
      ),
  );
  // Paragraphs, and table rows one by one; the opening stops at the first article.
  const rows = paragraphs
    .slice(0, end > 0 ? end : Math.min(paragraphs.length, 60))
    .flatMap((p) => (p.includes('\t') ? p.split('\n') : [p.replace(/\n/g, ' ')]))
    .map((r) => r.trim())
    .filter(Boolean);
  const kboPattern = /\b[01]\d{3}[. ]?\d{3}[. ]?\d{3}\b/g;
  const hasKbo = (row: string) => new RegExp(kboPattern.source).test(row);
  // Clauses: a party's clause starts at "EN", "TUSSEN", "1°", "a)", "Mededelende partij", "en de …" or a table row.
  const separator = /^(?:tussen|en|de ondergetekenden|partijen)\s*:?\s*$/i;
  const opens = /^(?:tussen\b|en\s|\d+°|[a-h]\)\s|(?:mededelende|ontvangende)\s+partij\b)/i;
  const clauses: string[][] = [[]];
  for (const row of rows) {
    if (separator.test(row)) {
      clauses.push([]);
      continue;
    }
    if (opens.test(row) || row.includes('\t')) clauses.push([]);
    clauses.at(-1)!.push(row);
  }
  // A clause with several numbers holds several parties: each row with a number starts one.
  const blocks = clauses.flatMap((clause) => {
    if (clause.filter(hasKbo).length <= 1) return [clause.join(' ')];
    const out: string[][] = [];
    for (const row of clause) {
      if (hasKbo(row) || !out.length) out.push([]);
      out.at(-1)!.push(row);
    }
    return out.map((b) => b.join(' '));
  });
  const found: PartyMatch[] = [];
  for (const block of blocks) {
    const numbers = [...block.matchAll(kboPattern)];
    numbers.forEach((m, i) => {
      // Several numbers in one sentence ("A, 0316…, en B, 0534…"): each party's text runs from the previous number.
      const from = i === 0 ? 0 : numbers[i - 1]!.index + numbers[i - 1]![0].length;
      const to = i + 1 < numbers.length ? numbers[i + 1]!.index : block.length;
      // The name stands before the number; alias and role follow it, up to where the next party's text begins.
      const nextStart = block.slice(m.index + m[0].length, to).search(/\s(?:Het|De)\s+[a-zA-Z]|\s\d+°|\s[a-h]\)\s/);
      const segment = numbers.length > 1 ? block.slice(from, nextStart >= 0 ? m.index + m[0].length + nextStart : to) : block;
      const kbo = { written: m[0], digits: digitsOf(m[0]), valid: isValidKbo(digitsOf(m[0])) };
      // A second number of the same party (an establishment unit written like one) is not a party.
      if (i > 0 && /^\s*(?:en|,)\s*$/.test(block.slice(numbers[i - 1]!.index + numbers[i - 1]![0].length, m.index))) return;
      const id = matchParty(segment, parties, kbo);
      if (id && found.some((f) => f.id === id)) return;
      const alias = aliasPatterns[0]!.exec(segment)?.[1]?.trim() ?? aliasPatterns[1]!.exec(segment)?.[1]?.trim();
      const notes: string[] = [];
      if (!kbo.valid) {
        const likely = id ? ` Vermoedelijk ${parties.get(id)?.shortName} (${parties.get(id)?.kbo ?? 'zie KBO'}).` : '';
        notes.push(`het ondernemingsnummer ${kbo.written} heeft een fout controlegetal.${likely}`);
      }
      found.push({ id, alias, role: roleIn(segment), kboAsWritten: kbo.written, block: segment.replace(/[ \r\n]+/g, ' ').trim(), notes });
    });
  }
  return found;
}

/**
 * Who sends and who receives, from how the text says it: "van X aan Y" in the title, "meegedeeld
 * door X en Y aan Z" in the text, or an exchange ("uitwisseling", "onderling") where all do both.
 */
export function inferRoles(title: string, text: string, names: string[][]): ('sends' | 'receives' | 'both' | undefined)[] {
  const mentions = (part: string, forms: string[]) => forms.some((form) => form.length >= 2 && ` ${foldName(part)} `.includes(` ${foldName(form)} `));
  if (/\b(uitwisseling|onderling|wederzijds)\b/i.test(title)) return names.map(() => 'both');
  const sources = [
    /\bvan (.+?) (?:aan|naar) (.+)$/i.exec(title),
    /(?:meegedeeld|medegedeeld|doorgegeven|verstrekt|bezorgd|overgemaakt) (?:worden )?door (.+?) aan (.+?)(?:[,.;]|$)/i.exec(text.replace(/\s+/g, ' ')),
  ];
  for (const match of sources) {
    if (!match) continue;
    const roles = names.map((forms) => {
      const sends = mentions(match[1]!, forms);
      const receives = mentions(match[2]!, forms);
      return sends && receives ? 'both' : sends ? 'sends' : receives ? 'receives' : undefined;
    });
    if (roles.some((r) => r === 'sends') && roles.some((r) => r === 'receives')) return roles;
  }
  return names.map(() => undefined);
}

/** "niet via een dienstenintegrator": a cue right after a negation, unless "maar" turns it around. */
export const negated = (sentence: string, at: number) => {
  const before = sentence.slice(Math.max(0, at - 30), at);
  // "in afwachting van een oplossing via de dienstenintegratoren": a future channel, not this one.
  if (/\bin afwachting van\b[^.;]{0,100}$/i.test(sentence.slice(Math.max(0, at - 130), at))) return true;
  return /\b(niet|geen)\b[^.]{0,25}$/i.test(before) && !/\bmaar\b/i.test(before.slice(before.search(/\b(niet|geen)\b/i)));
};

/** Sentences of a text (for cues that must not be negated). */
export function sentences(text: string): string[] {
  // A heading (a short line without a full stop) is not part of the sentence under it.
  const parts: string[] = [];
  for (const line of text.split('\n')) {
    const last = parts.at(-1);
    const lastLine = last?.split('\n').at(-1)?.trim() ?? '';
    if (last !== undefined && !(lastLine.length < 80 && !/[.;:,]$/.test(lastLine) && /^[A-Z0-9]/.test(line))) parts[parts.length - 1] = `${last}\n${line}`;
    else parts.push(line);
  }
  return parts.flatMap((part) => part.split(/(?<=[.;:])\s+(?=[A-Z0-9(])/));
}

export function findPeriodicity(text: string): { value: Periodicity; evidence: string } | undefined {
  const cues: [RegExp, Periodicity][] = [
    // "eenmalig meegedeeld na de inschatting van de inburgeraar": once per event, so on-event.
    [/\beenmalig\b(?=[^.;]{0,40}?\b(?:na (?:de|het)|nadat|telkens|per (?:dossier|aanvraag|betrokkene|cli[eë]nt|persoon))\b)/i, 'on-event'],
    [/\beenmalig/i, 'one-off'],
    [/\b(telkens|bij elke|wanneer .* zich voordoet|op vraag|ad hoc)\b/i, 'on-event'],
    [/\b(dagelijks|wekelijks|maandelijks|driemaandelijks|jaarlijks|periodiek)/i, 'periodic'],
    [/\b(permanent|doorlopend|continu|structureel|real[- ]?time)/i, 'permanent'],
  ];
  // The first cue in the article on periodicity wins: that is what the text says first.
  for (const sentence of sentences(periodicitySection(text))) {
    let best: { at: number; value: Periodicity } | undefined;
    for (const [pattern, value] of cues) {
      const m = pattern.exec(sentence);
      if (m && !negated(sentence, m.index) && (!best || m.index < best.at)) best = { at: m.index, value };
    }
    if (best) return { value: best.value, evidence: sentence.trim() };
  }
  return undefined;
}

/** The article on periodicity if the text has one, else the whole text. */
function periodicitySection(text: string): string {
  const m = /(artikel \d+\s*[-–.:]?\s*periodiciteit[\s\S]{0,1500})/i.exec(text);
  return m ? m[1]! : text;
}

export function findChannel(text: string): { type: ChannelType; evidence: string } {
  const cues: [RegExp, ReturnType<typeof findChannel>['type']][] = [
    // The Flemish service integrator (MAGDA) and the federal one, the Crossroads Bank for Social Security (KSZ / BCSS).
    [/dienstenintegrator|MAGDA|kruispuntbank van de sociale zekerheid|\bKSZ\b|\bBCSS\b/i, 'service-integrator'],
    [/drop\s*server|dropserver|sftp/i, 'drop-server'],
    // An inventory of applications ("Applicaties: Outlook, Word, PowerBi, …") shared by the
    // parties is a shared application, even when Power BI is one of them.
    [/(?:\b(?:Outlook|Word|Excel|PowerPoint|Power\s?BI|Power\s?Automate|SharePoint|Teams|OneDrive|Dynamics|Databricks|Azure)\b[^.;]{0,40}?){3}/i, 'shared-application'],
    [/power\s*bi/i, 'power-bi'],
    [/\b(api|webservice|web service|koppeling)\b/i, 'api'],
    [/\b(e-?mail|mail)\b/i, 'email'],
    [/\b(toepassing|applicatie|platform)\b/i, 'shared-application'],
  ];
  for (const [pattern, type] of cues) {
    for (const sentence of sentences(text)) {
      const m = pattern.exec(sentence);
      if (m && !negated(sentence, m.index)) return { type, evidence: sentence.trim() };
    }
  }
  return { type: 'other', evidence: '' };
}

/**
 * GDPR art. 6.1 letters cited, in the many ways texts write them ("artikel 6, eerste lid, e)
 * AVG", "art. 6, e) van de AVG", "6 1. e van de AVG", "artikel 6.1.c"), in a sentence that
 * names the AVG (GDPR).
 */
export function findGdprBases(text: string): ('a' | 'b' | 'c' | 'd' | 'e' | 'f')[] {
  const letters = new Set<string>();
  for (const sentence of sentences(text)) {
    if (!/\b(AVG|GDPR|algemene verordening gegevensbescherming)\b/i.test(sentence)) continue;
    for (const m of sentence.matchAll(
      /(?:^|[^\d])6\s*(?:[.,]\s*|\s+)(?:(?:eerste\s+lid|lid\s*1|§\s*1|1)\s*[.,]?\s*)?(?:punt\s*)?\(?([a-f])(?:\)|\b)(?:\s*(?:en|,|of)\s*\(?([a-f])\))?/gi,
    )) {
      letters.add(m[1]!.toLowerCase());
      if (m[2]) letters.add(m[2].toLowerCase());
    }
  }
  // The grounds written out in the words of the GDPR itself ("De verwerking is noodzakelijk om te
  // voldoen aan een wettelijke verplichting …").
  const phrases: [RegExp, string][] = [
    [/toestemming gegeven voor de verwerking/i, 'a'],
    [/uitvoering van een overeenkomst/i, 'b'],
    [/wettelijke verplichting die op de verwerkingsverantwoordelijke rust/i, 'c'],
    [/vitale belangen van de betrokkene/i, 'd'],
    [/taak van algemeen belang|uitoefening van het openbaar gezag/i, 'e'],
    [/gerechtvaardigde belangen van de verwerkingsverantwoordelijke/i, 'f'],
  ];
  for (const sentence of sentences(text.replace(/\s+/g, ' '))) {
    if (!/verwerking is noodzakelijk/i.test(sentence)) continue;
    for (const [pattern, letter] of phrases) if (pattern.test(sentence)) letters.add(letter);
  }
  return [...letters].sort() as ('a' | 'b' | 'c' | 'd' | 'e' | 'f')[];
}

/** Legal texts cited, as written: "Artikel 20 van het decreet van 30 april 2009 …", "Decreet van 8 juli 2022 …". */
export function findLegalArticles(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(
    // A RegExp from a template: the months are filled in (a regex literal would look for "${…}").
    new RegExp(
      String.raw`((?:(?:het )?artikel(?:en)? [\d/§,. en-]+(?:, (?:eerste|tweede|derde) lid,?)? (?:van )?)?(?:het |de )?(?:decreet|besluit van de Vlaamse Regering|wet|koninklijk besluit|verordening) van \d{1,2} (?:${monthPattern}) \d{4}[^.;()]{0,140})`,
      'gi',
    ),
  )) {
    const cited = m[1]!
      .replace(/\s+/g, ' ')
      .replace(/[,\s]+$/, '')
      .trim();
    if (/elektronische bestuurlijke gegevensverkeer/i.test(cited)) continue;
    if (!found.some((f) => foldName(f) === foldName(cited))) found.push(cited.charAt(0).toUpperCase() + cited.slice(1));
  }
  return found.slice(0, 12);
}

/** The retention: the first sentence that says how long data are kept. */
export function findRetention(text: string): string | undefined {
  for (const sentence of sentences(text)) {
    if (
      /\b(bewaard|bewaren|bewaartermijn|vernietigd|gewist)\b/i.test(sentence) &&
      /\b(jaar|jaren|maand|maanden|dagen|week|weken|termijn|zolang|niet bewaard|onmiddellijk)\b/i.test(sentence)
    )
      return sentence.trim();
  }
  return undefined;
}

export interface DataItemDraft {
  label: string;
  description: string;
  proportionality?: string;
  dataCategories: string[];
}

/** Data categories from the vocabulary whose label or synonyms occur in a description. */
export function proposeCategories(description: string, vocabulary: Map<string, DataCategory>): string[] {
  const text = ` ${foldName(description)} `;
  const found: string[] = [];
  for (const [id, category] of vocabulary) {
    const words = [category.label, ...category.synonyms].map(foldName).filter((w) => w.length >= 3);
    // "niet het rijksregisternummer", "geen INSZ": a negated mention is not the data item.
    const mentioned = (w: string) =>
      [` ${w} `, ` ${w}s `].some((needle) => {
        for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
          if (!/\b(?:niet|geen)\s+(?:het\s+|de\s+|een\s+)?$/.test(text.slice(Math.max(0, at - 20), at + 1))) return true;
        return false;
      });
    if (words.some(mentioned)) found.push(id);
  }
  return found;
}

/**
 * A table's row label set vertically ("Gegeven 1" rotated) comes out of a PDF as fragments, one
 * short line each ("G", "eg", "ev", "en", "1"); joined, they are the label again.
 */
const isFragment = (p: string) =>
  p.trim().length <= 6 &&
  p
    .trim()
    .split(/\s+/)
    .every((w) => w.length <= 3);

export function joinRotatedLabels(given: string[]): string[] {
  // Fragments may also open a paragraph, one per line, before the cell's text.
  const paragraphs = given.flatMap((p, i) => {
    // … or close the previous cell's text ("… over de diplomatitel. G eg", then "ev en").
    const tail = /^(.*[.:;])\s+(\S{1,3}(?: \S{1,3})?)$/s.exec(p);
    if (tail && isFragment((given[i + 1] ?? '').split('\n')[0]!)) return [tail[1]!, tail[2]!];
    const lines = p.split('\n');
    let k = 0;
    while (k < lines.length - 1 && isFragment(lines[k]!)) k++;
    const afterFragment = /(?:^|[.:;]\s+)\S{1,3}(?: \S{1,3})?$/.test(given[i - 1] ?? '');
    return k > 1 || (k === 1 && afterFragment) ? [...lines.slice(0, k), lines.slice(k).join('\n')] : [p];
  });
  const out: string[] = [];
  let numbered = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    let joined = '';
    let j = i;
    while (j < paragraphs.length && isFragment(paragraphs[j]!) && joined.length < 10 && !/^gegeven\d+$/i.test(joined)) joined += paragraphs[j++]!.replace(/\s+/g, '');
    if (j > i + 1 && /^gegeven$/i.test(joined)) {
      // The number may lead the next paragraph ("4 De volgende filters …").
      const next = /^(\d+)\s+(.*)$/s.exec(paragraphs[j] ?? '');
      if (next) {
        out.push(`Gegeven ${next[1]}`, next[2]!);
        numbered = Number(next[1]);
        i = j;
        continue;
      }
      // A number on a line of its own may have gone with the page numbers: rows count up.
      if (joined === 'Gegeven' && paragraphs[j] && !/^verantwoording|^proportionaliteit/i.test(paragraphs[j]!)) {
        out.push(`Gegeven ${++numbered}`);
        i = j - 1;
        continue;
      }
    }
    const m = /^gegeven(\d+)$/i.exec(joined);
    if (j > i + 1 && m) {
      out.push(`Gegeven ${m[1]}`);
      numbered = Number(m[1]);
      i = j - 1;
      continue;
    }
    out.push(paragraphs[i]!);
  }
  return out;
}

const guidancePhrase = (words: string) =>
  words
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.?()]/g, '\\$&'))
    .join('\\s+');
const templateGuidance = new RegExp(
  [
    'Het concrete gegeven dat wordt opgevraagd.',
    'Als er veel gegevens zijn, kunnen ze in clusters worden vermeld.',
    'Waarom is dit gegeven noodzakelijk voor het beoogde doel?',
    'Als in artikel \\d+ verschillende doeleinden zijn opgegeven, geef dan aan voor welk doel het gegeven wordt opgevraagd.',
  ]
    .map(guidancePhrase)
    .join('|'),
  'gi',
);

/**
 * Data items: "Gegeven 1 …" blocks (description, then the justification of proportionality),
 * or, without them, the rows of the data table (first cell the item, last the justification).
 */
export function findDataItems(allParagraphs: string[], vocabulary: Map<string, DataCategory>): DataItemDraft[] {
  const items: DataItemDraft[] = [];
  // The supervisory authority's template leaves its guidance in the table ("Het concrete gegeven
  // dat wordt opgevraagd. …", "Waarom is dit gegeven noodzakelijk …?"): that is not the item.
  const paragraphs = joinRotatedLabels(allParagraphs);
  // A data table (rows rebuilt from the PDF's positions): "Gegeven N" or a number in the first
  // cell, the item in the next, the justification in the last when there are three or more.
  for (const paragraph of paragraphs) {
    if (!paragraph.includes('\t')) continue;
    const rows = paragraph.split('\n').map((r) => r.split('\t').map((c) => c.trim()));
    const numbered = /^(?:nr\.?|nummer|gegeven|#)$/i.test(rows[0]?.[0] ?? '');
    for (const cells of rows) {
      const m = /^gegeven\s*(\d+)\s*[:.]?$/i.exec(cells[0] ?? '') ?? (numbered ? /^(\d+)\.?$/.exec(cells[0] ?? '') : null);
      if (!m || !cells[1]) continue;
      const label = `Gegeven ${m[1]}`;
      if (items.some((item) => item.label === label)) continue;
      const description = cells[1].slice(0, 1200);
      const proportionality = cells.length >= 3 ? cells.at(-1)?.slice(0, 1200) : undefined;
      items.push({ label, description, proportionality: proportionality || undefined, dataCategories: proposeCategories(description, vocabulary) });
    }
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const m = /^Gegeven\s+(\d+)\b\s*[:.\-–]?\s*(.*)$/i.exec(paragraphs[i]!);
    if (!m) continue;
    const label = `Gegeven ${m[1]}`;
    if (items.some((item) => item.label === label)) continue;
    // The item's text runs to the next item or heading; short lines (a table cell broken over
    // lines) count as one paragraph each, so the window is measured in characters.
    const following: string[] = [];
    for (const p of paragraphs.slice(i + 1)) {
      if (/^Gegeven\s+\d+/i.test(p) || /^(?:Artikel\s+\d+|[a-z]\.\s+[A-Z]|\d+(?:\.\d+)*\.?\s+[A-Z][a-z]+\s*$)/.test(p)) break;
      following.push(p);
      if (following.join(' ').replace(templateGuidance, '').length > 1500 || following.length >= 40) break;
      if (following.filter((q) => q.length > 200).length >= 3) break;
    }
    const rest = [m[2], ...following].filter(Boolean).join(' ').replace(/\s+/g, ' ').replace(templateGuidance, '').replace(/\s+/g, ' ');
    const split = /(.*?)(?:\s*(?:Proportionaliteit|Verantwoording|Motivering)\s*:?\s*)(.*)/i.exec(rest);
    const description = (split ? split[1] : rest)!.trim().slice(0, 1200);
    const proportionality = split?.[2]?.trim().slice(0, 1200);
    items.push({ label, description, proportionality: proportionality || undefined, dataCategories: proposeCategories(`${description}`, vocabulary) });
  }
  return items;
}

/** Security measures: the items of the security article, one per sentence or list item. */
export function findSecurityMeasures(text: string): string[] {
  const m = /artikel \d+\s*[-–.:]?\s*(?:beveiliging|veiligheid)[^\n]*\n?([\s\S]{0,2500}?)(?=artikel \d+\s*[-–.:]|$)/i.exec(text);
  if (!m) return [];
  return sentences(m[1]!)
    .map((s) => s.replace(/^[-•·*]\s*/, '').trim())
    .filter((s) => s.length > 25 && s.length < 600)
    .slice(0, 8);
}

/**
 * "Treedt in werking op de datum van ondertekening": signed electronically, the last signature's
 * time stamp ("2021-10-11T19:34:13+0200") is that date; never one before the document's date.
 */
function lastSignature(text: string, documentDate?: string): string | undefined {
  return signatureDates(text)
    .filter((d) => !documentDate || d >= documentDate)
    .at(-1);
}

/** Entry into force, end, notice period, with the sentence each comes from. */
export function findDuration(text: string, documentDate?: string) {
  const result: { entryIntoForce?: string; entryNote?: string; endDate?: string; indefinite: boolean; endNote?: string; noticePeriod?: string } = { indefinite: false };
  for (const sentence of sentences(text)) {
    const s = sentence.trim();
    if (!result.entryIntoForce && /treedt in werking|in werking (?:treedt|vanaf)|van kracht vanaf|gaat in op/i.test(s)) {
      const date = firstDate(s);
      result.entryIntoForce = date ?? (/ondertekening/i.test(s) ? (lastSignature(text, documentDate) ?? documentDate) : undefined);
      result.entryNote = s;
    }
    // An end date only from a sentence about the protocol itself, not a period of the data.
    if (!result.endDate && /\b(tot en met|eindigt op|loopt tot|geldig tot)\b/i.test(s) && /\b(protocol|looptijd|van kracht|eindigt)\b/i.test(s)) {
      const dates = ownDatesIn(s);
      if (dates.length) result.endDate = dates[dates.length - 1]!.iso;
    }
    if (/onbepaalde (?:duur|tijd)/i.test(s)) result.indefinite = true;
    if (!result.endNote && /\b(eindigt|beëindigd|van rechtswege)\b/i.test(s)) result.endNote = s;
    const notice = /opzeg(?:gings)?termijn van ([^.,;]{3,40})/i.exec(s);
    if (notice && !result.noticePeriod) result.noticePeriod = notice[1]!.trim();
  }
  if (result.endDate && result.entryIntoForce && result.endDate < result.entryIntoForce) result.endDate = undefined;
  if (result.endDate) result.indefinite = false;
  return result;
}

/** DPO advice dates: "De functionaris voor gegevensbescherming van X heeft op <datum> advies …". */
export function findDpoAdvice(text: string): { party: string; date: string }[] {
  const found: { party: string; date: string }[] = [];
  for (const sentence of sentences(text)) {
    if (!/functionaris|DPO|\bFG\b/i.test(sentence) || !/advies/i.test(sentence)) continue;
    const date = firstDate(sentence);
    // "De functionaris voor gegevensbescherming (FG) van VLAIO, FIO en TBT heeft …": one DPO for
    // several parties; the names run up to the verb.
    const dpo = /(?:functionaris voor (?:de )?gegevensbescherming|DPO|FG)(?: \((?:FG|DPO)\))? (?:van )?(?:het |de )?/i;
    const who =
      new RegExp(`${dpo.source}([^.;]{2,120}?) (?:heeft|hebben|gaf|gaven|verleende|verleenden)\\b`, 'i').exec(sentence) ??
      new RegExp(`${dpo.source}([^,]{2,80}?)(?: heeft| gaf| verleende|,)`, 'i').exec(sentence);
    if (date && who) found.push({ party: who[1]!.trim(), date });
  }
  return found;
}

/** Data subjects: the sentence that names whose data these are. */
export function findDataSubjects(text: string): string | undefined {
  for (const sentence of sentences(text)) {
    if (/\bbetrokkenen\b|\bcategorie(?:ën)? van personen\b|gegevens van (?:de )?[a-z]/i.test(sentence) && sentence.length < 500) {
      const m = /(?:betrokkenen|personen)\s*(?:zijn|:)\s*(.+)/i.exec(sentence);
      if (m) return m[1]!.trim().replace(/\.$/, '');
    }
  }
  return undefined;
}

export { formatKbo };
