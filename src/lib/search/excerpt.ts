/**
 * The excerpt of a search result, built from Pagefind's page text and match positions.
 * Pagefind's own excerpt takes the stretch with the most matches, and on a page that is often
 * the hidden list of search words ("INSZ, INSZ-nummer, rijksregisternummer, …"): words that must
 * find the page, not text to read. This excerpt leaves that list out.
 */
import { escapeHtml } from '../text.ts';

/** Pagefind splits page text into words on whitespace (its `word_separators`). */
const separators = /[^\S\uFEFF]+/;

export interface ExcerptInput {
  /** The indexed text of the page (Pagefind's `content`, not HTML). */
  content: string;
  /** Word positions of the matches in `content` (Pagefind's `locations`). */
  locations: number[];
  /** The hidden search words as they stand in `content` (the `trefwoorden` meta); left out. */
  keywords?: string;
  /** Words in the excerpt. */
  length?: number;
}

/** The word range [start, end) that the hidden search words take up in the page text, if found. */
export function keywordRange(content: string, keywords: string | undefined): [number, number] | undefined {
  const text = keywords?.trim();
  if (!text) return undefined;
  const at = content.lastIndexOf(text);
  if (at < 0) return undefined;
  const before = content.slice(0, at).trim();
  const start = before ? before.split(separators).length : 0;
  return [start, start + text.split(separators).length];
}

/**
 * HTML: `length` words of the page text around the densest run of matches outside the search
 * words, each match in <mark>, everything escaped; "…" where text is cut. Without a match outside
 * the search words: the start of the page.
 */
export function buildExcerpt({ content, locations, keywords, length = 30 }: ExcerptInput): string {
  const words = content.trim().split(separators);
  const range = keywordRange(content, keywords);
  const outside = (i: number) => !range || i < range[0] || i >= range[1];
  const readable = words.map((_, i) => i).filter(outside);
  const hits = new Set(locations.filter((i) => i >= 0 && i < words.length && outside(i)));
  // Positions in `readable` of the matches; the window starts where it holds the most of them.
  const marks = readable.map((i) => hits.has(i));
  let bestStart = 0;
  let best = -1;
  let count = 0;
  for (let i = 0; i < marks.length; i++) {
    if (marks[i]) count++;
    if (i >= length && marks[i - length]) count--;
    const start = Math.max(0, i - length + 1);
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  // Start a few words before the first match, so it does not open the excerpt.
  const first = marks.indexOf(true, bestStart);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - 4, readable.length - length));
  const slice = readable.slice(start, start + length);
  const body = slice.map((i) => (hits.has(i) ? `<mark>${escapeHtml(words[i]!)}</mark>` : escapeHtml(words[i]!))).join(' ');
  return `${start > 0 ? '… ' : ''}${body}${start + length < readable.length ? ' …' : ''}`;
}
