/**
 * The `cacheKey` of a page for Astro's incremental build (experimental.incrementalBuild): Astro
 * reuses the previous build's HTML of a page only when this key and the hash of the page's code
 * are both unchanged. A view holds everything its page shows (src/lib/views/); the layout adds
 * only the settings of `renderSettings`. So the key is the SHA-256 of both, and a change to any
 * value a page shows renders that page again.
 */
import { createHash } from 'node:crypto';
import { renderSettings } from '../lib/site/config.node.ts';

let settings: string | undefined;

/**
 * Plain data as canonical text. Anything that JSON would silently write as `{}` or leave out (a
 * Map, a Set, a class instance, a function) is refused: its contents would not be in the key, and
 * a page whose data changed could be reused.
 */
export function plainText(value: unknown, path = 'view'): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : `"${String(value)}"`;
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map((item, i) => plainText(item, `${path}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null))
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}:${plainText(item, `${path}.${key}`)}`)
      .join(',')}}`;
  throw new Error(`${path} is geen gewone data (${Object.prototype.toString.call(value)}): een paginasleutel kan er niet op steunen`);
}

/** The cache key of a page that renders `view` (with the site's settings). */
export function pageCacheKey(view: unknown): string {
  settings ??= plainText(renderSettings());
  return createHash('sha256').update(settings).update('\n').update(plainText(view)).digest('hex');
}
