/**
 * Seals for the build caches that hold whole files (the page cache, page-cache.node.ts, and the
 * search-index slices, scripts/search-index.ts): the sha256 of every file in a folder, compared
 * with what was recorded when the cache was written. A cached file is used only when its folder
 * is exactly as sealed: no file missing, added or changed, and nothing that is not a plain file
 * (a symbolic link could point anywhere).
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const notAPlainFile = 'geen gewoon bestand';

/** The sha256 of a plain file, or `notAPlainFile`. */
export function fileDigest(path: string): string {
  return lstatSync(path).isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : notAPlainFile;
}

/** Every file under `dir`, by its path relative to `base` (default `dir`), with its sha256. */
export function folderDigests(dir: string, base = dir): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(base, path).split('\\').join('/')] = fileDigest(path);
    }
  };
  walk(dir);
  return files;
}

/** What differs between the files found and the sealed ones, in words; undefined when nothing does. */
export function sealDifference(found: Record<string, string>, sealed: Record<string, string>): string | undefined {
  const changed = Object.keys(found).find((name) => sealed[name] !== found[name]);
  if (changed) return `${changed} ${changed in sealed ? 'is gewijzigd' : 'hoort er niet bij'}`;
  const missing = Object.keys(sealed).find((name) => !(name in found));
  return missing ? `${missing} ontbreekt` : undefined;
}
