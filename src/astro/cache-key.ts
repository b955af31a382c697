/**
 * The `cacheKey` of a page for Astro's incremental build (experimental.incrementalBuild): Astro
 * reuses the previous build's HTML of a page only when this key and the hash of the page's code
 * are both unchanged. A view holds everything its page shows (src/lib/views/); the layout adds
 * only the settings of `renderSettings`. So the key is the SHA-256 of both, and a change to any
 * value a page shows renders that page again.
 */
import { createHash } from 'node:crypto';
import { pageCacheEnabled, renderSettings } from '../lib/site/config.node.ts';

let settings: string | undefined;

/**
 * Writes plain data as canonical text, piece by piece (a protocol's view holds its whole rendered
 * text: hashed as it is walked, no string of the whole view is built). Anything that JSON would
 * silently write as `{}` or leave out (a Map, a Set, a class instance, a function) is refused: its
 * contents would not be in the key, and a page whose data changed could be reused.
 */
function writeCanonical(value: unknown, write: (text: string) => void, path: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') write(JSON.stringify(value));
  else if (typeof value === 'number') write(Number.isFinite(value) ? JSON.stringify(value) : `"${String(value)}"`);
  else if (value === undefined) write('undefined');
  else if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      writeCanonical(item, write, `${path}[${i}]`);
    });
    write(']');
  } else if (typeof value === 'object' && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    write('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      writeCanonical(item, write, `${path}.${key}`);
    }
    write('}');
  } else throw new Error(`${path} is geen gewone data (${Object.prototype.toString.call(value)}): een paginasleutel kan er niet op steunen`);
}

/** Plain data as canonical text (see writeCanonical). */
export function plainText(value: unknown): string {
  const parts: string[] = [];
  writeCanonical(value, (text) => parts.push(text), 'view');
  return parts.join('');
}

const plainPrototypes = new Set([Object.prototype, null]);

/**
 * The same canonical text as plainText, written by JSON.stringify (two to three times faster than
 * the walk): the replacer sees each original value, writes undefined and non-finite numbers as
 * JSON cannot, and stops at anything that is not plain data, which plainText then names.
 */
function canonicalJson(view: unknown): string {
  try {
    return JSON.stringify({ view }, function (this: Record<string, unknown>, key, value) {
      const original = this[key];
      if (original === undefined) return '\u0000undefined';
      if (typeof original === 'number' && !Number.isFinite(original)) return `\u0000${original}`;
      if (typeof original === 'function' || typeof original === 'symbol' || typeof original === 'bigint') throw new NotPlain();
      if (typeof original === 'object' && original !== null && !Array.isArray(original) && !plainPrototypes.has(Object.getPrototypeOf(original))) throw new NotPlain();
      return value;
    });
  } catch (error) {
    if (error instanceof NotPlain) plainText(view); // throws, naming the value
    throw error;
  }
}

class NotPlain extends Error {}

/** The cache key of a page that renders `view` (with the site's settings). */
export function pageCacheKey(view: unknown): string {
  settings ??= canonicalJson(renderSettings());
  return createHash('sha256').update(settings).update('\n').update(canonicalJson(view)).digest('hex');
}

/** `{ cacheKey }` for a path of getStaticPaths; nothing when the page cache is off (PAGE_CACHE=off), which then costs nothing. */
export function cacheKeyOf(view: unknown): { cacheKey?: string } {
  return pageCacheEnabled() ? { cacheKey: pageCacheKey(view) } : {};
}
