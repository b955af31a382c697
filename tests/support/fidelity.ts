/**
 * Fidelity of a protocol file to the text of its source document (pure, no file access); used by
 * tests/unit/fidelity.test.ts only, so it lives with the tests.
 *
 * - `compareBodyToSource`: the body must be the source's text. Both are reduced to a stream of
 *   significant characters (whitespace, hyphens and dashes, Markdown headings, emphasis, list
 *   markers, table pipes, page numbers and PDF bullets dropped; typographic quotes unified), then
 *   walked side by side. Every place where they part is reported with a few words of context
 *   from both texts: text the body adds, text it leaves out, or text that differs (widened to
 *   whole words). Declared redaction markers in the body stand for the contact data the source
 *   has at that place (words with digits or "@", domain names), nothing else. A Markdown table
 *   is compared as a set of words with the source text it stands for (PDF extraction scrambles
 *   the order of cells), so inside a table an added word is found unless the same word occurs
 *   elsewhere in that table's source text. A source line holding only a web address (the PDF's
 *   link annotation) may be left out or placed as a link.
 * - `checkFacts`: every date, KBO number and party name in the frontmatter appears in the source
 *   (dates in any common Dutch form) or is covered by an editor's note whose `field` names it;
 *   the quote of an end tied to another document (`end.tiedTo.quote`) is the source's words.
 */
import type { Party, Protocol } from '../../src/lib/content/schemas.ts';
import { digitsOf, formatKbo, kboNumbersIn } from '../../src/lib/content/kbo.ts';

/** Section headings the file format adds to every body (docs/protocol-format.md); not source text. */
export const structuralHeadings = ['aanhef', 'partijen', 'na te hebben uiteengezet', 'wordt overeengekomen wat volgt', 'handtekeningen'];

export interface TextDifference {
  kind: 'added' | 'missing' | 'different';
  /** 1-based line in the body (for `added`/`different`), or in the source (for `missing`). */
  bodyLine: number;
  sourceLine: number;
  /** The passage of the body that the source does not have (added/different). */
  bodyText: string;
  /** The passage of the source that the body does not have (missing/different). */
  sourceText: string;
  /** A few words around the place, in the body and in the source. */
  bodyContext: string;
  sourceContext: string;
  message: string;
}

interface Stream {
  /** Significant characters. */
  chars: string;
  /** For every character: its offset in the original text. */
  offsets: number[];
  original: string;
}

const quoteMap: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'", '`': "'", '´': "'" };

/** Characters that never count: whitespace of any kind, hyphens and dashes, soft hyphens, PDF bullets. */
const ignored = /[\s\u00a0\u00ad\u200b-\u200f\u2060\ufeff\-‐‑‒–—―\uf000-\uf8ff•●○▪◦·|*#]/;

/** Lines that are layout, not text: page numbers, separator rows, signature lines, bare mailto links. */
function isLayoutLine(line: string): boolean {
  const t = line.trim();
  return /^(pagina\s*)?\d{1,3}(\s*(\/|van)\s*\d{1,3})?$/i.test(t) || /^\|?[\s:|-]*-{3,}[\s:|-]*\|?$/.test(t) || /^[_\s.]{3,}$/.test(t) || /^mailto:\S+$/i.test(t);
}

/**
 * Reduces a text (source or Markdown body) to its significant characters, remembering where
 * each came from. `body` also drops the structural headings of the file format and MDX escapes.
 */
/** A whole line that is only the name of a structural section ("NA TE HEBBEN UITEENGEZET", "Handtekeningen:"). */
function isStructuralLine(line: string): boolean {
  const text = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .trim()
    .replace(/[:.]$/, '')
    .trim()
    .toLowerCase();
  return structuralHeadings.includes(text);
}

/** Sentinels in a stream: a declared redaction marker, and a Markdown table (compared as a set of words). */
const MARK = '\u0000';
const TABLE = '\u0001';

interface Streamed extends Stream {
  markerAt: Map<number, string>;
  /** Stream position of a table sentinel → the table's text. */
  tableAt: Map<number, { text: string; line: number }>;
  /** Source only: stream position where a line holding nothing but a web address starts → its end. */
  bareUrlAt: Map<number, number>;
}

/** Markdown links and line breaks as plain text: "[tekst](https://…)" is "tekst", "<br />" a space. */
function flattenMarkdown(line: string): string {
  return line.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))+\)/g, '$1').replace(/<br\s*\/?>|&lt;br\s*\/?&gt;/gi, ' ');
}

/**
 * Reduces a text (source or Markdown body) to its significant characters, remembering where
 * each came from. `body` also drops Markdown syntax and MDX escapes, and takes tables out of
 * the stream (they are compared as sets of words: PDF extraction scrambles the order of cells).
 */
function toStream(original: string, options: { body: boolean; markers?: readonly string[] }): Streamed {
  const chars: string[] = [];
  const offsets: number[] = [];
  const markerAt = new Map<number, string>();
  const tableAt = new Map<number, { text: string; line: number }>();
  const bareUrlAt = new Map<number, number>();
  let lineStart = 0;
  let lineNumber = 0;
  let table: { text: string; line: number } | undefined;
  for (const rawLine of original.split('\n')) {
    const lineOffset = lineStart;
    lineStart += rawLine.length + 1;
    lineNumber++;
    let line = rawLine.replace(/\r$/, '');
    if (options.body && /^\s*\|/.test(line)) {
      if (!table) {
        table = { text: '', line: lineNumber };
        tableAt.set(chars.length, table);
        chars.push(TABLE);
        offsets.push(lineOffset);
      }
      if (!isLayoutLine(line)) table.text += `${flattenMarkdown(line)}\n`;
      continue;
    }
    table = undefined;
    if (isLayoutLine(line) || isStructuralLine(line)) continue;
    if (options.body) line = line.replace(/^\s*(?:>\s?)+/, (m) => ' '.repeat(m.length));
    const flat = options.body ? flattenMarkdown(line) : line;
    // Offsets of a flattened line are approximate within the line; good enough for context.
    const shift = (i: number) => Math.min(i, line.length);
    line = flat;
    let start = 0;
    // List markers at the start of a line: "- ", "* ", "o " (PDF sub-bullets), "1." stays text.
    const marker = /^\s*(?:[-*+•●▪◦o\uf0b7\uf0a7](?=\s)|#{1,6}(?=\s))\s*/.exec(line);
    if (marker) start = marker[0].length;
    const before = chars.length;
    for (let i = start; i < line.length; i++) {
      const here = lineOffset + shift(i);
      if (options.body && options.markers) {
        const found = options.markers.find((m) => line.startsWith(m, i));
        if (found) {
          markerAt.set(chars.length, found);
          chars.push(MARK);
          offsets.push(here);
          i += found.length - 1;
          continue;
        }
      }
      let c = line[i] ?? '';
      if (options.body) {
        if (c === '\\' && i + 1 < line.length && /[{}<>*_[\]#|\\`]/.test(line[i + 1] ?? '')) {
          i++;
          c = line[i] ?? '';
        } else if (c === '&') {
          const entity = /^&(lt|gt|amp|quot|nbsp);/.exec(line.slice(i));
          if (entity) {
            c = ({ lt: '<', gt: '>', amp: '&', quot: '"', nbsp: ' ' } as Record<string, string>)[entity[1] ?? ''] ?? c;
            i += entity[0].length - 1;
          }
        }
      }
      if (c === '_' && (line[i + 1] === '_' || line[i - 1] === '_')) continue;
      if (ignored.test(c)) continue;
      c = quoteMap[c] ?? c;
      if (c === '…') {
        for (let k = 0; k < 3; k++) {
          chars.push('.');
          offsets.push(here);
        }
        continue;
      }
      chars.push(c);
      offsets.push(here);
    }
    if (!options.body && /^\s*(?:https?:\/\/|mailto:|www\.)\S+\s*$/i.test(line) && chars.length > before) bareUrlAt.set(before, chars.length);
  }
  return { chars: chars.join(''), offsets, original, markerAt, tableAt, bareUrlAt };
}

/** Words of a text for the table comparison, each reduced like the streams. */
function wordsOf(text: string): string[] {
  return text
    .split(/[\s|]+/)
    .map((w) =>
      [...w]
        .filter((c) => !ignored.test(c))
        .map((c) => quoteMap[c] ?? c)
        .join('')
        .replace(/…/g, '...'),
    )
    .filter((w) => w.length > 0 && !/^[_.]+$/.test(w));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The original text between two stream positions, whitespace collapsed. With `words`, widened
 * to whole words, so "zestig" against "dertig" is reported as such and not as "zes" against "der".
 */
function passage(stream: Stream, from: number, to: number, words = false): string {
  if (from >= to || from >= stream.offsets.length) return '';
  let start = stream.offsets[from] ?? 0;
  let end = (to >= stream.offsets.length ? undefined : stream.offsets[to]) ?? stream.original.length;
  if (words) {
    const text = stream.original;
    while (start > 0 && !/\s/.test(text[start - 1] ?? ' ')) start--;
    if (end > start && /\s/.test(text[end - 1] ?? ' ')) {
      // The passage already ends at a word boundary.
    } else while (end < text.length && !/\s/.test(text[end] ?? ' ')) end++;
  }
  return stream.original.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * Can this passage of the source be what a redaction marker replaces? Only contact data:
 * every word holds a digit or an "@" or is a domain name ("0499 11 22 33", "jan.voorbeeld@voor"
 * "beeld.be"); a line holding a web address (a PDF link annotation) may be in between.
 */
function looksRedactable(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w && !/^(?:https?:\/\/|mailto:|www\.)/i.test(w));
  return words.length > 0 && words.every((w) => /[\d@]/.test(w) || /^[\w-]+(?:\.[\w-]+)+[.,;]?$/.test(w));
}

/** A few words before and after a stream position, in the original text. */
function context(stream: Stream, at: number, words = 6): string {
  const offset = at < stream.offsets.length ? stream.offsets[at] : stream.original.length;
  const before = stream.original.slice(0, offset).replace(/\s+/g, ' ').split(' ').slice(-words).join(' ');
  const after = stream.original.slice(offset).replace(/\s+/g, ' ').trim().split(' ').slice(0, words).join(' ');
  return `${before} ⟨…⟩ ${after}`.trim();
}

const quote = (text: string, max = 160) => `"${text.length > max ? `${text.slice(0, max)}…` : text}"`;

/** Length of the run that must agree for two streams to count as back in step. */
const SYNC = 24;
/** How far ahead to look for the place where the texts agree again. */
const WINDOW = 6000;

/** The state of one comparison: both streams and the position reached in each. */
interface Walk {
  body: string;
  source: string;
  b: Streamed;
  s: Streamed;
  /** Position in the body's stream and in the source's stream. */
  i: number;
  j: number;
  /** The declared redaction markers, as the protocol lists them. */
  markers: readonly string[];
  differences: TextDifference[];
}

/** What a stage of the walk did: go on from the new positions, or stop comparing. */
type Step = 'next' | 'stop';

/** A redaction replaces a value (an address, a number): at most this many significant characters. */
const REDACTED_MAX = 80;

/** Do body and source agree on the next `n` characters from these positions? */
function agrees({ b, s }: Walk, bi: number, sj: number, n = SYNC): boolean {
  for (let k = 0; k < n; k++) {
    const bc = b.chars[bi + k];
    const sc = s.chars[sj + k];
    if (bc === undefined && sc === undefined) return true;
    if (bc === undefined || sc === undefined || bc === MARK || bc === TABLE || bc !== sc) return false;
  }
  return true;
}

/** How many characters of the body from `bi` can be compared (up to the next sentinel or SYNC). */
function comparable({ b }: Walk, bi: number): number {
  let n = 0;
  while (n < SYNC && bi + n < b.chars.length && b.chars[bi + n] !== MARK && b.chars[bi + n] !== TABLE) n++;
  return n;
}

/** The smallest skip of the source from `sj` after which it agrees with the body at `bi`. */
function resync(walk: Walk, bi: number, sj: number, window: number): number {
  const { b, s } = walk;
  const n = comparable(walk, bi);
  if (n === 0) return bi >= b.chars.length ? (s.chars.length - sj <= window ? s.chars.length : -1) : sj;
  const wanted = b.chars.slice(bi, bi + n);
  const atEnd = bi + n >= b.chars.length;
  for (let at = s.chars.indexOf(wanted, sj); at >= 0 && at - sj <= window; at = s.chars.indexOf(wanted, at + 1)) {
    // A short run at the very end of the body must be the end of the source too.
    if (n >= SYNC || !atEnd || at + n === s.chars.length) return at;
  }
  return -1;
}

/**
 * Like `agrees`, but lines of the source that hold only a web address may be skipped
 * (`resync` with indexOf needs the text to be contiguous in the source).
 */
function agreesLoosely({ b, s }: Walk, bi: number, sj: number, n: number): boolean {
  let q = sj;
  for (let k = 0; k < n; k++) {
    const bc = b.chars[bi + k];
    if (bc === undefined) return q === s.chars.length;
    if (bc !== s.chars[q]) {
      const end = s.bareUrlAt.get(q);
      if (end === undefined || bc !== s.chars[end]) return false;
      q = end;
    }
    q++;
  }
  return true;
}

/** Records a difference at these stream positions. */
function push(walk: Walk, kind: TextDifference['kind'], bi: number, sj: number, bodyText: string, sourceText: string, message: string): void {
  const { b, s, body, source } = walk;
  walk.differences.push({
    kind,
    bodyLine: lineOf(body, b.offsets[bi] ?? body.length),
    sourceLine: lineOf(source, s.offsets[sj] ?? source.length),
    bodyText,
    sourceText,
    bodyContext: context(b, bi),
    sourceContext: context(s, sj),
    message,
  });
}

/** Records the passage the body adds, leaves out or replaces, with its message. */
function reportPassage(walk: Walk, kind: TextDifference['kind'], bi: number, bEnd: number, sj: number, sEnd: number): void {
  const { b, s } = walk;
  const bodyText = passage(b, bi, bEnd, kind === 'different');
  const sourceText = passage(s, sj, sEnd, kind === 'different');
  const message =
    kind === 'added'
      ? `de tekst voegt ${quote(bodyText)} toe die niet in de bron staat (bij: ${quote(context(b, bi), 200)})`
      : kind === 'missing'
        ? `de tekst laat ${quote(sourceText)} uit de bron weg (bij: ${quote(context(s, sj), 200)})`
        : `de tekst heeft ${quote(bodyText)} waar de bron ${quote(sourceText)} heeft (bij: ${quote(context(b, bi), 200)})`;
  push(walk, kind, bi, sj, bodyText, sourceText, message);
}

/** Stage: a declared redaction marker. The source has a short value here; go on where they agree again. */
function stepOverRedaction(walk: Walk): Step {
  const { b, s, i, j } = walk;
  let next = resync(walk, i + 1, j, REDACTED_MAX);
  if (next < 0) {
    const n = Math.max(comparable(walk, i + 1), 1);
    for (let k = 0; k <= REDACTED_MAX && j + k <= s.chars.length; k++) {
      if (agreesLoosely(walk, i + 1, j + k, n)) {
        next = j + k;
        break;
      }
    }
  }
  if (next >= 0 && !looksRedactable(passage(s, j, next))) next = -1;
  if (next < 0) {
    // Nothing short in the source stands where the marker is: report it and go on.
    const marker = b.markerAt.get(i) ?? '';
    push(
      walk,
      'added',
      i,
      j,
      marker,
      '',
      `de markering ${quote(marker)} staat op een plaats waar de bron geen kort gegeven heeft dat ze kan vervangen (bij: ${quote(context(b, i), 200)})`,
    );
    walk.i++;
    return 'next';
  }
  walk.i++;
  walk.j = next;
  return 'next';
}

/** Stage: a Markdown table. The source holds its cells somewhere up to where the text after it resumes; compared as sets of words. */
function stepOverTable(walk: Walk): Step {
  const { b, s, i, j } = walk;
  const table = b.tableAt.get(i)!;
  // Where does the text after the table resume in the source? If nowhere, the body adds
  // text after the table: skip it (and report it) until the texts agree again.
  let next = -1;
  let skipped = 0;
  for (; skipped <= 4000 && i + 1 + skipped <= b.chars.length; skipped++) {
    if (b.chars[i + 1 + skipped] === MARK || b.chars[i + 1 + skipped] === TABLE) break;
    next = resync(walk, i + 1 + skipped, j, 40000);
    if (next >= 0) break;
  }
  if (next < 0) {
    push(walk, 'different', i, j, table.text, '', `de tekst na de tabel op regel ${table.line} staat niet in de bron (bij: ${quote(context(b, i + 1), 200)})`);
    return 'stop';
  }
  const segment = passage(s, j, next);
  const markers = walk.markers.filter((m) => m.trim() && table.text.includes(m));
  const tableWords = wordsOf(markers.reduce((text, m) => text.split(m).join(' '), table.text)).map((w) => w.toLowerCase());
  const sourceWords = wordsOf(segment).map((w) => w.toLowerCase());
  const tableChars = tableWords.join('');
  const sourceChars = sourceWords.join('');
  const sourceSet = new Set(sourceWords);
  const tableSet = new Set(tableWords);
  // A word split by the PDF ("organisa-" "tie") or joined in a cell still counts as present.
  const added = [...tableSet].filter((w) => !sourceSet.has(w) && !sourceChars.includes(w));
  // A declared redaction in a table covers the contact data it replaces (an address or a
  // number, possibly split over several lines of the PDF).
  const redacted = (w: string) => markers.length > 0 && (/@/.test(w) || /\d{6,}/.test(w.replace(/[ ./]/g, '')) || /^[a-z0-9-]+\.[a-z]{2,}$/.test(w));
  const missing = [...sourceSet].filter((w) => !tableSet.has(w) && !tableChars.includes(w) && !redacted(w));
  if (added.length > 0) push(walk, 'added', i, j, added.join(' '), '', `de tabel op regel ${table.line} bevat woorden die niet in de bron staan: ${quote(added.join(' '))}`);
  if (missing.length > 0)
    push(
      walk,
      'missing',
      i,
      j,
      '',
      missing.join(' '),
      `de tabel op regel ${table.line} laat woorden uit de bron weg: ${quote(missing.join(' '))} (bij: ${quote(context(s, j), 200)})`,
    );
  if (skipped > 0) reportPassage(walk, 'added', i + 1, i + 1 + skipped, next, next);
  walk.i += 1 + skipped;
  walk.j = next;
  return 'next';
}

/**
 * Stage: a line of the source that holds only a web address is often the PDF's link annotation;
 * the body may leave it out (or have it as a link). True when it was skipped.
 */
function skippedBareUrl(walk: Walk): boolean {
  const { b, s, i, j } = walk;
  const urlEnd = s.bareUrlAt.get(j);
  if (urlEnd === undefined || agrees(walk, i, j, comparable(walk, i)) || !(i >= b.chars.length || agrees(walk, i, urlEnd, comparable(walk, i)))) return false;
  walk.j = urlEnd;
  return true;
}

/** Stage: the same character in both. True when both moved on. */
function matchedCharacter(walk: Walk): boolean {
  const { b, s, i, j } = walk;
  if (i >= b.chars.length || j >= s.chars.length || b.chars[i] !== s.chars[j]) return false;
  walk.i++;
  walk.j++;
  return true;
}

/**
 * Stage: they part here. Find the nearest place where they agree again: text added to the body,
 * text left out of it, or a passage replaced by another (the smallest total skip wins).
 */
function stepToAgreement(walk: Walk): Step {
  const { b, s, i, j } = walk;
  let best: { di: number; dj: number } | undefined;
  search: for (let total = 1; total <= WINDOW; total++) {
    for (let di = 0; di <= total; di++) {
      const dj = total - di;
      if (i + di > b.chars.length || j + dj > s.chars.length) continue;
      if (i + di === b.chars.length && j + dj === s.chars.length) {
        best = { di, dj };
        break search;
      }
      const n = comparable(walk, i + di);
      if (n === 0 && b.chars[i + di] !== MARK && b.chars[i + di] !== TABLE) continue;
      if (n === 0 || agrees(walk, i + di, j + dj, n)) {
        if (n > 0 && n < SYNC && i + di + n >= b.chars.length && j + dj + n !== s.chars.length) continue;
        best = { di, dj };
        break search;
      }
    }
  }
  if (!best) {
    reportPassage(walk, 'different', i, Math.min(i + 80, b.chars.length), j, Math.min(j + 80, s.chars.length));
    return 'stop';
  }
  const kind = best.dj === 0 ? 'added' : best.di === 0 ? 'missing' : 'different';
  reportPassage(walk, kind, i, i + best.di, j, j + best.dj);
  walk.i += best.di;
  walk.j += best.dj;
  return 'next';
}

/** One step of the walk: the stage that applies at the current positions. */
function step(walk: Walk): Step {
  const at = walk.b.chars[walk.i];
  if (at === MARK) return stepOverRedaction(walk);
  if (at === TABLE) return stepOverTable(walk);
  if (skippedBareUrl(walk) || matchedCharacter(walk)) return 'next';
  return stepToAgreement(walk);
}

/**
 * Walks body and source side by side and reports each place where they part (at most `limit`).
 * An empty list means the body is the source's text (up to layout and declared redactions).
 */
export function compareBodyToSource(body: string, source: string, options: { markers?: readonly string[]; limit?: number } = {}): TextDifference[] {
  const walk: Walk = {
    body,
    source,
    b: toStream(body, { body: true, markers: options.markers?.filter((m) => m.trim()) }),
    s: toStream(source, { body: false }),
    i: 0,
    j: 0,
    markers: options.markers ?? [],
    differences: [],
  };
  const limit = options.limit ?? 20;
  while ((walk.i < walk.b.chars.length || walk.j < walk.s.chars.length) && walk.differences.length < limit) {
    if (step(walk) === 'stop') break;
  }
  return walk.differences;
}

// ---------------------------------------------------------------------------------------------
// Facts in the frontmatter

export interface FactIssue {
  kind: 'date' | 'kbo' | 'name' | 'quote';
  /** Dotted path of the frontmatter field, e.g. `parties[1].dpoAdviceDate`. */
  field: string;
  value: string;
  message: string;
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The ways a Dutch document writes a date: "15 december 2025", "15/12/2025", "1/04/2025", "15.12.2025", "2025-12-15". */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  const day = String(Number(d));
  const month = String(Number(m));
  const forms = new Set<string>([iso, `${day} ${months[Number(m) - 1]} ${y}`, `${d} ${months[Number(m) - 1]} ${y}`]);
  for (const dd of [d, day]) for (const mm of [m, month]) for (const sep of ['/', '.', '-']) forms.add(`${dd}${sep}${mm}${sep}${y}`);
  if (day === '1') forms.add(`1ste ${months[Number(m) - 1]} ${y}`).add(`1e ${months[Number(m) - 1]} ${y}`);
  return [...forms];
}

/** Source text for fact lookups: lowercase, whitespace collapsed, quotes unified, hyphenation at line ends undone. */
export function normaliseForFacts(text: string): string {
  return text
    .replace(/[\u00a0\u00ad]/g, ' ')
    .replace(/([a-zà-ÿ])-\s*\n\s*([a-zà-ÿ])/gi, '$1$2')
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function containsDate(normalisedSource: string, iso: string): boolean {
  // Bounded by non-digits, so "1/04/2025" does not match inside "11/04/2025".
  return dateForms(iso).some((form) => new RegExp(`(^|[^0-9])${form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}([^0-9]|$)`).test(normalisedSource));
}

/** Is `field` named by an editor's note? A note may name several fields, separated by commas. */
export function noteCovers(notes: Protocol['editorNotes'], ...fields: string[]): boolean {
  return notes.some((note) => {
    if (!note.field) return false;
    const named = note.field.split(/\s*[,;]\s*/);
    return fields.some((field) => named.includes(field));
  });
}

/**
 * Checks the facts of the frontmatter against the source text: each date in the source in some
 * Dutch form, each KBO number (as written and the party's own) in the source, each party's
 * name as written or alias in the source; otherwise an editor's note must name the field.
 */
export function checkFacts(protocol: Protocol, source: string, parties: ReadonlyMap<string, Pick<Party, 'name' | 'shortName' | 'kbo' | 'aliases'>>): FactIssue[] {
  const issues: FactIssue[] = [];
  const text = normaliseForFacts(source);
  const notes = protocol.editorNotes;
  const dates: { field: string; value?: string }[] = [
    { field: 'documentDate', value: protocol.documentDate },
    { field: 'entryIntoForce.date', value: protocol.entryIntoForce.date },
    { field: 'end.date', value: protocol.end.date },
    ...protocol.parties.map((p, i) => ({ field: `parties[${i}].dpoAdviceDate`, value: p.dpoAdviceDate })),
    ...protocol.signatures.map((s, i) => ({ field: `signatures[${i}].date`, value: s.date })),
  ];
  for (const { field, value } of dates) {
    if (!value || containsDate(text, value) || noteCovers(notes, field)) continue;
    issues.push({
      kind: 'date',
      field,
      value,
      message: `${field} = ${value} staat niet in de bron (gezocht als ${dateForms(value)
        .slice(1, 4)
        .map((f) => `"${f}"`)
        .join(', ')} …) en geen redactienoot noemt dit veld`,
    });
  }
  const quote = protocol.end.tiedTo?.quote;
  if (quote && !text.includes(normaliseForFacts(quote)) && !noteCovers(notes, 'end.tiedTo.quote')) {
    issues.push({ kind: 'quote', field: 'end.tiedTo.quote', value: quote, message: `end.tiedTo.quote staat niet letterlijk in de bron: "${quote}"` });
  }
  const kbos = new Set(kboNumbersIn(source).map((kbo) => kbo.digits));
  protocol.parties.forEach((p, i) => {
    const field = `parties[${i}].kboAsWritten`;
    const covered = noteCovers(notes, field, `parties[${i}].kbo`, `parties[${i}].party`);
    if (p.kboAsWritten && !kbos.has(digitsOf(p.kboAsWritten).padStart(10, '0')) && !covered) {
      issues.push({ kind: 'kbo', field, value: p.kboAsWritten, message: `${field} = ${p.kboAsWritten} staat niet in de bron en geen redactienoot noemt dit veld` });
    }
    const party = parties.get(p.party);
    if (party?.kbo && !kbos.has(digitsOf(party.kbo)) && !covered) {
      issues.push({
        kind: 'kbo',
        field,
        value: party.kbo,
        message: `het ondernemingsnummer van ${party.shortName} (${formatKbo(party.kbo)}, uit het partijbestand) staat niet in de bron en geen redactienoot noemt ${field}`,
      });
    }
    const names = [
      ...(p.nameAsWritten ? [{ field: `parties[${i}].nameAsWritten`, value: p.nameAsWritten }] : []),
      ...(p.alias ? [{ field: `parties[${i}].alias`, value: p.alias }] : []),
    ];
    if (names.length === 0 && party) {
      const candidates = [party.name, party.shortName, ...party.aliases];
      if (!candidates.some((name) => text.includes(normaliseForFacts(name))) && !noteCovers(notes, `parties[${i}].party`, `parties[${i}].nameAsWritten`)) {
        issues.push({
          kind: 'name',
          field: `parties[${i}].nameAsWritten`,
          value: party.name,
          message: `de bron noemt ${party.name} onder geen van zijn namen (${candidates.join(', ')}); vul parties[${i}].nameAsWritten in zoals in de bron of schrijf een redactienoot`,
        });
      }
    }
    for (const { field: nameField, value } of names) {
      if (!text.includes(normaliseForFacts(value)) && !noteCovers(notes, nameField)) {
        issues.push({ kind: 'name', field: nameField, value, message: `${nameField} = "${value}" staat niet in de bron en geen redactienoot noemt dit veld` });
      }
    }
  });
  return issues;
}

export interface FidelityReport {
  text: TextDifference[];
  facts: FactIssue[];
}

/** Both checks for one protocol against its source text. */
export function checkFidelity(
  protocol: Protocol,
  body: string,
  source: string,
  parties: ReadonlyMap<string, Pick<Party, 'name' | 'shortName' | 'kbo' | 'aliases'>>,
): FidelityReport {
  return {
    text: compareBodyToSource(body, source, { markers: protocol.redactions.map((r) => r.marker) }),
    facts: checkFacts(protocol, source, parties),
  };
}
