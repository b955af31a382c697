/**
 * Text helpers shared by the whole code base: escaping for each output context, URL
 * allow-lists, spreadsheet-safe values. Content is written by outsiders, so every value that
 * leaves the register passes through one of these.
 */

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

/**
 * A content value as inert text on one line of Markdown (a pull request's summary, a CI log):
 * control and escape characters and bidirectional overrides are dropped, line breaks become
 * spaces, HTML is escaped (so "<!--" cannot hide what follows), every Markdown punctuation mark
 * is backslash-escaped and "@" cannot mention anyone. Long values are cut with "…".
 */
export function markdownText(value: string, max = 300): string {
  const flat = value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut
    .replace(/[\\`*_{}[\]()#+\-.!|~>:]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, '&#64;');
}

/** URL schemes a link in content may use. Relative links and fragments are allowed too. */
const linkSchemes = new Set(['https:', 'http:', 'mailto:']);

/**
 * True for links that cannot run script or load another document type: https, http, mailto,
 * and relative or fragment links. Control characters and whitespace tricks
 * ("java\tscript:") are caught because the scheme is read the way a browser reads it.
 */
export function isSafeLinkUrl(url: string): boolean {
  return linkProblem(url) === undefined;
}

/**
 * Why a link may not be published, in Dutch, or undefined. Besides the scheme: a mailto: link
 * may carry only a subject and a body (no cc/bcc that copies the reader's mail to someone else),
 * and a web address may not carry user info ("https://bank.be@other.example/" leads to
 * other.example while it reads as bank.be).
 */
export function linkProblem(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a browser ignores these in a scheme
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (!scheme) return cleaned.startsWith('//') || cleaned.startsWith('\\\\') || cleaned.startsWith('/\\') ? 'een link naar een andere website zonder https:// ervoor' : undefined;
  if (!linkSchemes.has(`${scheme}:`)) return 'alleen https:, http: en mailto: zijn toegelaten';
  if (scheme === 'mailto') {
    const query = cleaned.split('?').slice(1).join('?');
    const names = query ? query.split('&').map((pair) => decodeSafely(pair.split('=')[0] ?? '').toLowerCase()) : [];
    const extra = names.find((name) => name !== 'subject' && name !== 'body');
    if (extra !== undefined) return `een mailto:-link mag alleen "subject" en "body" meegeven, niet "${extra}"`;
    return undefined;
  }
  try {
    const parsed = new URL(cleaned);
    if (parsed.username || parsed.password) return `het adres bevat gebruikersgegevens vóór "@": het leidt naar ${parsed.hostname}, niet naar wat ervoor staat`;
  } catch {
    return 'geen geldig webadres';
  }
  return undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A value a spreadsheet would take for a formula (=, +, -, @, tab, carriage return at the
 * start) gets a leading apostrophe, so opening the CSV export never runs anything.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The words of an HTML fragment, for checks on a rendered body (tags dropped, entities read). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|nbsp);/gi, (_, code: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
      if (named[code.toLowerCase()]) return named[code.toLowerCase()]!;
      const number = code.toLowerCase().startsWith('#x') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(number) ? String.fromCodePoint(number) : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Lower case without accents, every run of other characters as one `separator`: the one form
 * used to match names and queries ("Écoles & CO" → "ecoles co") and to make slugs (`-`).
 */
export function fold(text: string, separator = ' '): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter(Boolean)
    .join(separator);
}

/** The values without repeats, in order of first appearance. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/**
 * Line and column (1-based) of offsets in one text, each found by binary search on the line
 * starts: linear in the text however many positions are asked for.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what is removed
const escapeSequence = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[P^_X][^\u001b]*(?:\u001b\\)?|\u001b[@-Z\\-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const controlOrInvisible = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A content value as it may appear in a terminal or CI log: escape sequences, control, bidi and
 * zero-width characters removed, line breaks shown as "⏎", so a value can never start a line of
 * its own (and never be read by CI as a workflow command) or repaint the terminal.
 */
export function inertLine(text: string): string {
  return String(text)
    .replace(escapeSequence, '')
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ⏎ ')
    .replace(controlOrInvisible, '');
}

/**
 * A whole report for a terminal or CI log: every line made inert, and a line that CI would read
 * as a command (GitHub's "::error::…", "##[…]") is shown behind "» " instead.
 */
export function inertReport(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const clean = line.replace(escapeSequence, '').replace(/\r/g, '').replace(controlOrInvisible, '');
      return /^\s*(::|##\[)/.test(clean) ? `» ${clean}` : clean;
    })
    .join('\n');
}
