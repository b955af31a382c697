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

/** The cache key of a page that renders `view` (with the site's settings). */
export function pageCacheKey(view: unknown): string {
  settings ??= plainText(renderSettings());
  const hash = createHash('sha256').update(settings).update('\n');
  // Hashed in pieces of about 64 KiB: one update per value would cost more than the hashing.
  let pending = '';
  writeCanonical(
    view,
    (text) => {
      pending += text;
      if (pending.length > 65_536) {
        hash.update(pending);
        pending = '';
      }
    },
    'view',
  );
  return hash.update(pending).digest('hex');
}
