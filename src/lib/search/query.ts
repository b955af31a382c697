/**
 * The search page's own logic, run in the browser by src/client/search.ts: the filter keys,
 * reading and writing /zoeken/ URLs, Pagefind's filter object, "Bedoelde u …?" and other word
 * forms. Browser-safe: it imports nothing but text helpers (no zod, no Astro, no Node). What the
 * pages put into the index is built at build time in search.ts.
 */
import { fold } from '../text.ts';

/** The filter keys as they appear in the index and in /zoeken/ URLs. */
export const filterKeys = ['type', 'van', 'naar', 'gegevens', 'status', 'periodiciteit', 'jaar', 'onderdelen'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** Reads the query and filters from a /zoeken/ URL (?q=…&van=VDAB&status=Van+kracht). */
export function parseSearchParams(params: URLSearchParams): { query: string; filters: Partial<Record<FilterKey, string[]>> } {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes the query and filters back into URL parameters, in a stable order. */
export function toSearchParams(query: string, filters: Partial<Record<FilterKey, string[]>>): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const key of filterKeys) for (const value of filters[key] ?? []) params.append(key, value);
  return params;
}

/** Pagefind filter object: all selected values of one key must match ("any" within a key). */
export function toPagefindFilters(filters: Partial<Record<FilterKey, string[]>>): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) if (filters[key]?.length) result[key] = { any: filters[key]! };
  return result;
}

export interface Shortcut {
  label: string;
  url: string;
  kind: string;
}

/** Damerau-Levenshtein distance (adjacent swaps count as one edit), for "Bedoelde u …?". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** How many typing errors a word of this length may hold and still be recognised. */
const tolerance = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

/**
 * The known term a query most likely meant, when it is not itself a known term: the closest
 * name, acronym, former name or synonym within a few typing errors. No external service.
 */
export function suggestTerm(query: string, terms: Iterable<string>): string | undefined {
  const q = fold(query);
  if (!q) return undefined;
  let best: { term: string; distance: number } | undefined;
  for (const term of terms) {
    if (term === q) return undefined;
    if (Math.abs(term.length - q.length) > tolerance(q.length)) continue;
    const distance = editDistance(q, term);
    if (distance <= tolerance(Math.min(q.length, term.length)) && (!best || distance < best.distance || (distance === best.distance && term < best.term)))
      best = { term, distance };
  }
  return best?.term;
}

/**
 * Other Dutch forms of a query, for when it finds nothing: singular and plural ("studietoelage"
 * ↔ "studietoelagen", "diploma" ↔ "diploma's"/"diplomas"). Pagefind's Dutch stemmer does not
 * always bring both forms to one stem (it indexes "studietoelagen" as "studietoelaag"), so the
 * search page tries these forms in turn. Every word of the query gets the same change; words of
 * three letters or fewer (acronyms, "en") stay as they are.
 */
export function queryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const forms = (word: string): string[] => {
    const lower = word.toLowerCase();
    if (word.length <= 3) return [];
    if (lower.endsWith("'s")) return [word.slice(0, -2)];
    if (lower.endsWith('en')) return [word.slice(0, -1), word.slice(0, -2)];
    if (lower.endsWith('e')) return [`${word}n`, `${word}s`];
    if (lower.endsWith('s')) return [word.slice(0, -1)];
    return [`${word}en`, `${word}s`];
  };
  const all = words.map(forms);
  const variants = [0, 1].map((i) => all.map((f, w) => f[i] ?? f[0] ?? words[w]!).join(' '));
  const original = words.join(' ');
  return [...new Set(variants)].filter((v) => v !== original);
}
