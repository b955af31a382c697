// Builds the Pagefind index for a built site folder. Any indexing error is thrown, so the
// build fails instead of publishing a site without (or with a partial) search index.
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { searchIndexSettings } from '../src/lib/site/config.node.ts';
import { folderDigests, sealDifference } from '../src/lib/site/seal.node.ts';

const pagefindVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
/** Bumped when what this module writes into a slice changes. */
const indexerVersion = 2;

/** The folders of the content pages (one per record) and the register's own pages that answer a question. */
const recordFolders = ['protocollen', 'partijen', 'gegevens', 'betrokkenen'];
const registerPages = ['uw-rechten', 'begrippen', 'over', 'toegankelijkheid'];

/** The pages the search covers: the content pages and, unless left out, the register's own pages that answer a question. */
export function searchablePages(siteDir: string, sharedPages = true): string[] {
  const pages: string[] = [];
  for (const folder of recordFolders) {
    if (!existsSync(join(siteDir, folder))) continue;
    for (const name of readdirSync(join(siteDir, folder)).sort()) if (existsSync(join(siteDir, folder, name, 'index.html'))) pages.push(`${folder}/${name}/index.html`);
  }
  if (sharedPages) for (const name of registerPages) if (existsSync(join(siteDir, name, 'index.html'))) pages.push(`${name}/index.html`);
  return pages;
}

/**
 * The pages split into slices of at most `slicePages`, by a hash of their path: a page stays in
 * its slice as long as the number of slices stays the same, so a change to one page leaves the
 * other slices as they were.
 */
export function slicesOf(pages: string[], slicePages: number): string[][] {
  const count = Math.max(1, Math.ceil(pages.length / slicePages));
  const slices: string[][] = Array.from({ length: count }, () => []);
  for (const page of pages) slices[createHash('sha256').update(page).digest().readUInt32BE(0) % count]!.push(page);
  return slices;
}

/** Where slice `i` (from 0) of the index goes in the site: the first in pagefind/, the others in pagefind/deel-<i+1>/. */
export const sliceFolder = (i: number) => (i === 0 ? 'pagefind' : `pagefind/deel-${i + 1}`);

/**
 * The cache key of a slice (Pagefind's version, this indexer's and every page's path and HTML) and
 * its pages that mark their text for the search (data-pagefind-body): Pagefind would index every
 * word of a page without that mark, a redirect page for instance, if its slice had no marked page.
 */
function readSlice(siteDir: string, pages: string[]): { key: string; marked: string[] } {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion}\nindexer ${indexerVersion}\n`);
  const marked: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(siteDir, page));
    hash.update(`${page}\0`).update(html).update('\0');
    if (html.includes('data-pagefind-body')) marked.push(page);
  }
  return { key: hash.digest('hex'), marked };
}

/**
 * A slice from the cache, copied into the site and then compared with its seal (seal.node.ts):
 * used only when the copy is exactly as sealed. Anything else (no seal, a file changed, added or
 * missing, an entry removed while copying) removes the copy and the entry, and the slice is
 * indexed again.
 */
function fromCache(entry: string, target: string): boolean {
  try {
    const sealed = JSON.parse(readFileSync(join(entry, 'seal.json'), 'utf8')) as Record<string, string>;
    cpSync(join(entry, 'index'), target, { recursive: true });
    if (sealed && typeof sealed === 'object' && Object.keys(sealed).length > 0 && sealDifference(folderDigests(target), sealed) === undefined) return true;
  } catch {
    // Unreadable or gone: indexed again below.
  }
  rmSync(target, { recursive: true, force: true });
  rmSync(entry, { recursive: true, force: true });
  return false;
}

function toCache(entry: string, source: string): void {
  const tmp = `${entry}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  cpSync(source, join(tmp, 'index'), { recursive: true });
  writeFileSync(join(tmp, 'seal.json'), JSON.stringify(folderDigests(join(tmp, 'index'))));
  rmSync(entry, { recursive: true, force: true });
  mkdirSync(dirname(entry), { recursive: true });
  renameSync(tmp, entry);
}

/** Indexes the whole site in one Pagefind process that reads the pages itself; returns the number of pages indexed. */
async function indexFolder(siteDir: string, sharedPages: boolean): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  let pages = 0;
  try {
    if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
    const globs = [`{${recordFolders.join(',')}}/*/index.html`, ...(sharedPages ? [`{${registerPages.join(',')}}/index.html`] : [])];
    for (const glob of globs) {
      const added = await index.addDirectory({ path: siteDir, glob });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      pages += added.page_count;
    }
    if (pages === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  removeUnused(join(siteDir, 'pagefind'), true);
  // Pagefind's count of added files includes pages without the mark, which it leaves out: the index says how many it holds.
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The site uses Pagefind's JS API only: the UI bundles would be shipped and never loaded. The
 * other slices are merged into the first, which alone loads the script and WebAssembly.
 */
function removeUnused(folder: string, first: boolean): void {
  for (const name of readdirSync(folder)) {
    if (/^pagefind-(ui|modular-ui|highlight|component-ui)[.-]/.test(name) || (!first && /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/.test(name)))
      rmSync(join(folder, name), { force: true });
  }
}

/** The folder of hard links that indexSlice hands to Pagefind, beside the site (removed with the build's other temporary files). */
export const sliceLinks = (siteDir: string) => `${siteDir}.slice-${process.pid}`;

/**
 * Indexes one slice with its own Pagefind process, which ends afterwards (and so frees its memory).
 * Pagefind reads the slice's pages itself from a folder of hard links to them (at the same paths,
 * so the URLs are the same): that is about 2.5 times faster than handing it each page (1,179 pages:
 * 1.8 s against 4.7 s).
 */
async function indexSlice(siteDir: string, pages: string[], target: string, first: boolean): Promise<void> {
  const links = sliceLinks(siteDir);
  rmSync(links, { recursive: true, force: true });
  for (const page of pages) {
    mkdirSync(dirname(join(links, page)), { recursive: true });
    try {
      linkSync(join(siteDir, page), join(links, page));
    } catch {
      // Another file system (or none that links): a copy does the same.
      copyFileSync(join(siteDir, page), join(links, page));
    }
  }
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  try {
    if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
    const added = await index.addDirectory({ path: links });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count !== pages.length) throw new Error(`Pagefind las ${added.page_count} van de ${pages.length} pagina's van een deel van de zoekindex`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
    rmSync(links, { recursive: true, force: true });
  }
  removeUnused(target, first);
}

/**
 * Indexes a built site, in slices of at most `slicePages` pages (searchIndexSettings; default one
 * slice): one Pagefind process per slice, one after the other, so that memory stays that of one
 * slice (at 20,000 protocols one index of everything takes about 9 GB). The search page merges the slices again
 * (Pagefind's mergeIndex; pagefind/shards.json lists them). A slice whose pages are unchanged is
 * taken from the cache (searchIndexSettings().cacheDir), so a rebuild after a change to one page
 * indexes only that page's slice. `sharedPages: false` leaves out the register's own pages (rights,
 * words, about, accessibility), which every shard renders: only the first shard indexes them, so a
 * merged search lists each once.
 */
export async function indexSite(siteDir: string, options: { sharedPages?: boolean } = {}): Promise<{ pages: number; slices: number; fromCache: number }> {
  const { cacheDir, slicePages } = searchIndexSettings();
  const pages = searchablePages(siteDir, options.sharedPages !== false);
  if (pages.length === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
  const slices = slicesOf(pages, slicePages);
  // One index of everything (the default): any change to any page changes it, so a cache would
  // only cost time; Pagefind reads the files itself, which is faster than handing them over.
  if (slices.length === 1) {
    const written = await indexFolder(siteDir, options.sharedPages !== false);
    writeFileSync(join(siteDir, 'pagefind', 'shards.json'), '[]\n');
    return { pages: written, slices: 1, fromCache: 0 };
  }
  let cached = 0;
  let indexed = 0;
  for (const [i, slice] of slices.entries()) {
    const target = join(siteDir, sliceFolder(i));
    const { key, marked } = readSlice(siteDir, slice);
    indexed += marked.length;
    const entry = cacheDir && join(cacheDir, key.slice(0, 2), `${key}${i === 0 ? '-eerste' : ''}`);
    if (entry && existsSync(entry) && fromCache(entry, target)) {
      cached++;
      continue;
    }
    if (marked.length === 0) throw new Error(`geen enkele pagina van deel ${i + 1} van de zoekindex is doorzoekbaar gemarkeerd (data-pagefind-body)`);
    await indexSlice(siteDir, marked, target, i === 0);
    if (entry) toCache(entry, target);
  }
  // The first slice's folder holds the others; the cached copy of the first holds none of them.
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), `${JSON.stringify(slices.slice(1).map((_, i) => `/${sliceFolder(i + 1)}/`))}\n`);
  return { pages: indexed, slices: slices.length, fromCache: cached };
}
