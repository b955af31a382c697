/**
 * Parsed YAML by the sha256 of its text, kept between runs: the check reads every frontmatter
 * and the history every old version of it, and parsing YAML was the largest part of both (2.4 of
 * the check's 5.5 s at 5,000 protocols). A text's parse never changes, so a run parses only texts
 * it has not seen; JSON.parse reads the rest.
 *
 * One file per user (the check, the history), cache format and version of the `yaml` package, in
 * a folder outside the repository (`yamlCacheDir` in site/config.node.ts, default
 * node_modules/.cache/protocollenregister/yaml): a line with the sha256 of the entries, then the
 * entries as JSON. A file whose checksum does not fit (torn, edited) is ignored. `save` rewrites
 * its user's file with exactly the texts this process parsed or read, so it never outgrows the
 * content and its history. Each user has its own file because each keeps only its own texts: in
 * one shared file the history (committed protocols only) dropped the check's parties,
 * vocabularies and uncommitted texts. Only values JSON keeps exactly are cached; a text that
 * does not parse is parsed again (its error, with its line, comes from the parser). Like the body
 * cache it is as trusted as node_modules: nothing of a pull request reaches it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Bumped when what an entry holds changes. */
const cacheFormat = 1;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Whether JSON keeps `value` exactly (what YAML gives, except non-finite numbers). */
export function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonSafe);
  return false;
}

export interface YamlCache {
  /** The parse of `text` by `parse` (always the same parser for one cache): from the cache, or parsed and kept. Throws what `parse` throws. */
  parse(text: string, parse: (text: string) => unknown): unknown;
  /** Writes the texts of this process to the folder (nothing without a folder). */
  save(): void;
}

/** Who keeps a cache: each has its own file in the folder. */
export type YamlCacheUser = 'check' | 'history';

/** `user`'s cache in `dir`, as its last `save` left it; without a folder, a cache that keeps nothing. */
export function yamlCache(dir: string | undefined, user: YamlCacheUser): YamlCache {
  if (!dir) return { parse: (text, parse) => parse(text), save() {} };
  let version: string;
  try {
    version = (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  } catch {
    return yamlCache(undefined, user);
  }
  const file = join(dir, `yaml-${user}-${cacheFormat}-${version}.json`);
  let known: Record<string, unknown> = {};
  try {
    const stored = readFileSync(file, 'utf8');
    const newline = stored.indexOf('\n');
    const entries = stored.slice(newline + 1);
    if (newline === 64 && stored.slice(0, 64) === sha256(entries)) {
      const parsed = JSON.parse(entries) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) known = parsed as Record<string, unknown>;
    }
  } catch {
    // No cache yet, or an unreadable one: every text is parsed.
  }
  // The JSON of every text this process used: a caller may change the value it was given.
  const used = new Map<string, string>();
  return {
    parse(text, parse) {
      const key = sha256(text);
      const seen = used.get(key);
      if (seen !== undefined) return JSON.parse(seen);
      if (Object.hasOwn(known, key)) {
        const value = known[key];
        delete known[key];
        used.set(key, JSON.stringify(value));
        return value;
      }
      const value = parse(text);
      if (jsonSafe(value)) used.set(key, JSON.stringify(value));
      return value;
    },
    save() {
      const entries = `{${[...used].map(([key, json]) => `"${key}":${json}`).join(',')}}`;
      const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, `${sha256(entries)}\n${entries}`);
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only makes the next run slower.
        rmSync(temporary, { force: true });
      }
    },
  };
}
