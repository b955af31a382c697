/**
 * From extracted text to clean paragraphs: page headers, footers and page numbers removed,
 * words broken over two lines joined, hard line breaks inside a paragraph joined. Nothing else
 * is changed: the body must stay the source's text.
 */
import { fold } from '../text.ts';

/** Lines that repeat at the top or bottom of most pages (a running header or footer). */
export function repeatedEdgeLines(pages: string[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    // The first and last line of a page; the second ones too on pages long enough to have both.
    const depth = lines.length >= 8 ? 2 : 1;
    const edges = new Set([...lines.slice(0, depth), ...lines.slice(-depth)].map(normaliseEdge).filter(Boolean));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  // On every page of a short document, on most pages of a longer one.
  return new Set([...counts].filter(([, n]) => n >= (pages.length < 3 ? pages.length : Math.max(3, pages.length * 0.6))).map(([line]) => line));
}

/** Page numbers vary per page; compare edges without digits. */
const normaliseEdge = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');

const pageNumber = /^\s*(?:pagina|p\.|blz\.?|page)?\s*\d{1,3}\s*(?:(?:\/|van|of)\s*\d{1,3})?\s*$/i;

/** The text of all pages, without repeated headers and footers or page numbers. */
export function withoutPageFurniture(pages: string[]): string {
  const split = pages.map((page) => page.replace(/\r/g, '').split('\n'));
  const repeated = repeatedEdgeLines(split.map((lines) => lines.filter((l) => l.trim())));
  return split.map((lines) => lines.filter((line) => !repeated.has(normaliseEdge(line)) && !pageNumber.test(line)).join('\n')).join('\n\n');
}

/**
 * Joins the hard line breaks of an extraction into paragraphs (blank lines separate them) and a
 * word hyphenated at the end of a line ("persoons-\ngegevens") into one word.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .reduce((joined, line) => (joined === '' ? line : /[a-zà-ÿ]-$/.test(joined) && /^[a-zà-ÿ]/.test(line) ? joined.slice(0, -1) + line : `${joined} ${line}`), '')
        .replace(/[ \t]{2,}/g, ' '),
    )
    .filter(Boolean);
}

/** A name folded for matching (see fold in text.ts), with "&" read as "en" as agencies write it both ways. */
export function foldName(text: string): string {
  return fold(text.replace(/&/g, ' en '));
}
