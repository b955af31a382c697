/**
 * A cache of checked and rendered bodies, keyed by content hash: a rebuild after a change to one
 * protocol parses, checks and renders that protocol's body only (`processBody` is the slowest
 * step of the check). The cache is a folder outside the repository (the setting `bodyCacheDir`
 * in site/config.node.ts, default node_modules/.cache/protocollenregister/bodies), with one file
 * per body, `<key>.json`.
 *
 * The key is the sha256 of the renderer's version and the body's text. The renderer's version
 * (`rendererVersion`) is a hash of everything a result depends on besides the body: the source of
 * body.ts and of every module it imports, directly or not (the glossary's terms and patterns,
 * the link allow-list, the limits, the rule codes), the lockfile (the versions of the parser,
 * the renderer and their dependencies), the Node version and this cache's format. A change to any
 * of them gives every body a new key.
 *
 * A wrong cache can never change the output: an entry is used only when it parses, has exactly
 * the expected shape (known body rule codes, positive line and column, an HTML string, headings
 * with depth 2–6), names the key it is stored under and carries the sha256 of that key and its
 * result. Anything else (a torn write, garbage, an entry copied under another key, an edited
 * result) is ignored, the body is processed again and the entry rewritten. Entries are written
 * to a temporary file and renamed into place, so a reader never sees half an entry. Whoever can
 * write this folder could also write node_modules: it is as trusted as the installed packages,
 * and nothing in the repository or a pull request reaches it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyProblem, RenderedBody } from './body.ts';
import { rules } from './rules/index.ts';

export type BodyResult = { problems: BodyProblem[]; rendered?: RenderedBody };

/** Bumped when the entry format changes. */
export const cacheFormat = 1;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const bodyCodes = new Set<string>(rules.map((rule) => rule.code).filter((code) => code.startsWith('B')));

/** The relative imports of a module's source text (`import … from './x.ts'`, `export … from`, `import './x.ts'`). */
export function relativeImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/g)) found.add(match[1]!);
  return [...found];
}

/** The files of a module and everything it imports relatively, each once, sorted. */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) stack.push(resolve(dirname(file), specifier));
  }
  return [...seen].sort();
}

let version: string | null | undefined;

/**
 * The renderer's version: a hash of the source of body.ts and its import closure, the lockfile,
 * the Node version and the cache format. Null when the sources cannot be read (e.g. bundled
 * code): then nothing is cached.
 */
export function rendererVersion(): string | null {
  if (version !== undefined) return version;
  try {
    const body = fileURLToPath(new URL('./body.ts', import.meta.url));
    const root = resolve(dirname(body), '../../..');
    const files = importClosure(body);
    const lockfile = join(root, 'package-lock.json');
    const parts = [`format ${cacheFormat}`, `node ${process.version}`, ...files.map((file) => `${file.slice(root.length)}\n${readFileSync(file, 'utf8')}`)];
    parts.push(existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : 'no lockfile');
    version = sha256(parts.join('\0'));
  } catch {
    version = null;
  }
  return version;
}

/** The key of a body: sha256 of the renderer's version and the body's text. */
export function bodyKey(body: string, renderer: string): string {
  return sha256(`${renderer}\0${body}`);
}

/** The text of an entry for `key`: the key, the result and the sha256 of both. */
export function serializeEntry(key: string, result: BodyResult): string {
  const payload = JSON.stringify(normalise(result));
  return JSON.stringify({ format: cacheFormat, key, sha256: sha256(`${key}\0${payload}`), result: JSON.parse(payload) });
}

/** The same result with exactly the keys a fresh one has (what JSON keeps). */
function normalise(result: BodyResult): BodyResult {
  const problems = result.problems.map(({ code, line, column, message, fix }) => ({ code, line, column, message, fix }));
  if (!result.rendered) return { problems };
  return { problems, rendered: { html: result.rendered.html, headings: result.rendered.headings.map(({ depth, slug, text }) => ({ depth, slug, text })) } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).sort().join() === [...keys].sort().join();
const isPosition = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;

function isProblem(value: unknown): value is BodyProblem {
  return (
    isRecord(value) &&
    hasKeys(value, ['code', 'line', 'column', 'message', 'fix']) &&
    typeof value.code === 'string' &&
    bodyCodes.has(value.code) &&
    isPosition(value.line) &&
    isPosition(value.column) &&
    typeof value.message === 'string' &&
    typeof value.fix === 'string'
  );
}

function isRendered(value: unknown): value is RenderedBody {
  return (
    isRecord(value) &&
    hasKeys(value, ['html', 'headings']) &&
    typeof value.html === 'string' &&
    Array.isArray(value.headings) &&
    value.headings.every(
      (h) =>
        isRecord(h) &&
        hasKeys(h, ['depth', 'slug', 'text']) &&
        Number.isInteger(h.depth) &&
        (h.depth as number) >= 2 &&
        (h.depth as number) <= 6 &&
        typeof h.slug === 'string' &&
        h.slug.startsWith('tekst-') &&
        typeof h.text === 'string',
    )
  );
}

/**
 * The result in an entry's text, only when it is an entry for `key` with the expected shape and
 * an intact checksum; undefined otherwise. A result has problems or a rendered body, never both.
 */
export function parseEntry(text: string, key: string): BodyResult | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(entry) || !hasKeys(entry, ['format', 'key', 'sha256', 'result']) || entry.format !== cacheFormat || entry.key !== key) return undefined;
  const result = entry.result;
  if (!isRecord(result) || !Array.isArray(result.problems) || !result.problems.every(isProblem)) return undefined;
  if (result.rendered === undefined) {
    if (!hasKeys(result, ['problems']) || result.problems.length === 0) return undefined;
  } else if (!hasKeys(result, ['problems', 'rendered']) || result.problems.length > 0 || !isRendered(result.rendered)) return undefined;
  const parsed = normalise(result as unknown as BodyResult);
  if (entry.sha256 !== sha256(`${key}\0${JSON.stringify(parsed)}`)) return undefined;
  return parsed;
}

export interface BodyCache {
  /** The cached result of a body, or undefined (nothing cached, or an entry that was refused). */
  get(body: string): BodyResult | undefined;
  set(body: string, result: BodyResult): void;
  /** Entries found but refused (unreadable, malformed, for another key, checksum wrong). */
  readonly refused: number;
}

/** The cache in `dir`; without a renderer version (sources not readable) a cache that holds nothing. */
export function openBodyCache(dir: string, renderer: string | null = rendererVersion()): BodyCache {
  let refused = 0;
  const file = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(body) {
      if (!renderer) return undefined;
      const key = bodyKey(body, renderer);
      let text: string;
      try {
        text = readFileSync(file(key), 'utf8');
      } catch {
        return undefined;
      }
      const result = parseEntry(text, key);
      if (!result) refused++;
      return result;
    },
    set(body, result) {
      if (!renderer) return;
      const key = bodyKey(body, renderer);
      const target = file(key);
      const temporary = `${target}.${process.pid}-${randomUUID()}.tmp`;
      try {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(temporary, serializeEntry(key, result));
        renameSync(temporary, target);
      } catch {
        // A cache that cannot be written only makes the next build slower.
        try {
          rmSync(temporary, { force: true });
        } catch {
          // Nothing was written.
        }
      }
    },
    get refused() {
      return refused;
    },
  };
}
