/**
 * The seal on Astro's incremental-build cache (experimental.incrementalBuild, see
 * src/astro/cache-key.ts). Astro keeps a copy of every keyed page it rendered in
 * `<cacheDir>/dist/` and a manifest, `<cacheDir>/incremental-build.json`, and on the next build
 * copies a page from there when its key and code are unchanged. Astro itself never checks those
 * copies, so an edited or damaged copy would be published as it is.
 *
 * So the build seals the cache after Astro succeeds (`sealPageCache`: the sha256 of the manifest
 * and of every cached file) and, before Astro runs, keeps the cache only when it matches its seal
 * exactly (`openPageCache`): no file missing, added or changed. Otherwise the whole cache is
 * removed and every page is rendered again, as in a first build. The seal is removed while Astro
 * runs, so a build that stops half-way leaves a cache that the next build throws away. Like the
 * body cache, it is as trusted as node_modules: the seal catches damage, a torn write and files
 * copied in, not someone who rewrites both a copy and its seal.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileDigest, folderDigests, sealDifference } from './seal.node.ts';

/**
 * Astro's cache folder for a build of `contentDir` into `outDir`: one per content folder, output
 * and schema, because Astro's content-layer cache keeps entries parsed with an older schema (a
 * new field with a default would be missing), and so that builds of the real and a synthetic
 * corpus never share pages.
 */
export function astroCacheFor(root: string, contentDir: string, outDir: string): string {
  const schemas = ['src/lib/content/schemas.ts', 'src/content.config.ts'].map((file) => readFileSync(resolve(root, file), 'utf8'));
  const key = [contentDir, outDir, ...schemas].join('\n');
  return resolve(root, '.cache/astro', createHash('sha256').update(key).digest('hex').slice(0, 12));
}

const manifestName = 'incremental-build.json';
const outputName = 'dist';
const sealName = 'incremental-seal.json';
const sealFormat = 1;

interface Seal {
  format: number;
  files: Record<string, string>;
}

/** Every cached file (the manifest and the copies), by its path relative to the cache folder, with its sha256. */
function cachedFiles(cacheDir: string): Record<string, string> {
  const files = folderDigests(join(cacheDir, outputName), cacheDir);
  if (existsSync(join(cacheDir, manifestName))) files[manifestName] = fileDigest(join(cacheDir, manifestName));
  return files;
}

function readSeal(cacheDir: string): Seal | undefined {
  try {
    const seal = JSON.parse(readFileSync(join(cacheDir, sealName), 'utf8')) as Seal;
    return seal && seal.format === sealFormat && seal.files && typeof seal.files === 'object' ? seal : undefined;
  } catch {
    return undefined;
  }
}

function removeCache(cacheDir: string): void {
  rmSync(join(cacheDir, outputName), { recursive: true, force: true });
  rmSync(join(cacheDir, manifestName), { force: true });
  rmSync(join(cacheDir, sealName), { force: true });
}

/**
 * Before Astro runs: keeps the page cache only if it is exactly as sealed, else removes it. Then
 * removes the seal (a build that does not finish leaves an unsealed cache). Says what it did.
 */
export function openPageCache(cacheDir: string): { state: 'empty' | 'kept' | 'discarded'; pages: number; reason?: string } {
  const found = cachedFiles(cacheDir);
  const names = Object.keys(found);
  if (names.length === 0) {
    rmSync(join(cacheDir, sealName), { force: true });
    return { state: 'empty', pages: 0 };
  }
  const seal = readSeal(cacheDir);
  let reason: string | undefined;
  if (!seal) reason = 'zonder geldig zegel (een onderbroken build of een beschadigd zegel)';
  else reason = sealDifference(found, seal.files);
  if (reason) {
    removeCache(cacheDir);
    return { state: 'discarded', pages: 0, reason };
  }
  rmSync(join(cacheDir, sealName), { force: true });
  return { state: 'kept', pages: names.length - (manifestName in found ? 1 : 0) };
}

/** After Astro succeeded: seals what is now in the cache. */
export function sealPageCache(cacheDir: string): void {
  if (!existsSync(cacheDir)) return;
  const seal: Seal = { format: sealFormat, files: cachedFiles(cacheDir) };
  writeFileSync(join(cacheDir, sealName), `${JSON.stringify(seal)}\n`);
}
