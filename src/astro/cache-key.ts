/**
 * The `cacheKey` of a page for Astro's incremental build (experimental.incrementalBuild): Astro
 * reuses the previous build's HTML of a page only when this key and the hash of the page's code
 * are both unchanged. A view holds everything its page shows (src/lib/views/); the layout adds
 * only the settings of `renderSettings`. So the key is the SHA-256 of both as JSON, and a change
 * to any value a page shows renders that page again.
 *
 * JSON.stringify without a replacer is V8's fast path (a replacer that checked every value cost
 * 36 s of a 20,000-protocol build; V8's serializer is as fast but writes equal strings and arrays
 * differently depending on how they were made, so equal views got other keys). JSON cannot see
 * into a Map, a Set or a class instance, so a view must be plain data: `plainDataProblem` names
 * what is not, and tests/unit/astro/views-plain.test.ts runs it over every view of the fixture
 * register. An undefined field and a missing one are the same to JSON, as they are to a page.
 */
import { createHash } from 'node:crypto';
import { pageCacheEnabled, renderSettings } from '../lib/site/config.node.ts';

let settings: string | undefined;

/** Where `value` holds something other than plain data (a Map, a Set, a Date, a class instance, a function, a non-finite number), or undefined. */
export function plainDataProblem(value: unknown, path = 'view'): string | undefined {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = plainDataProblem(item, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  const prototype = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) return `${path} is geen gewone data (${Object.prototype.toString.call(value)})`;
  for (const [key, item] of Object.entries(value as object)) {
    const problem = plainDataProblem(item, `${path}.${key}`);
    if (problem) return problem;
  }
  return undefined;
}

/** The cache key of a page that renders `view` (with the site's settings). */
export function pageCacheKey(view: unknown): string {
  settings ??= JSON.stringify(renderSettings());
  return createHash('sha256')
    .update(settings)
    .update('\n')
    .update(JSON.stringify(view) ?? 'undefined')
    .digest('hex');
}

/** `{ cacheKey }` for a path of getStaticPaths; nothing when the page cache is off (PAGE_CACHE=off), which then costs nothing. */
export function cacheKeyOf(view: unknown): { cacheKey?: string } {
  return pageCacheEnabled() ? { cacheKey: pageCacheKey(view) } : {};
}
