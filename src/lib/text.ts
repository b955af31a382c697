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
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (!scheme) return !cleaned.startsWith('//');
  return linkSchemes.has(`${scheme.toLowerCase()}:`);
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
