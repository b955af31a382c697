// Builds the Pagefind index for a built site folder. Any indexing error is thrown, so the
// build fails instead of publishing a site without (or with a partial) search index.
import * as pagefind from 'pagefind';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { searchIndexSettings } from '../src/lib/site/config.node.ts';
import { routes } from '../src/lib/site/routes.ts';
import { folderDigests, sealDifference } from '../src/lib/site/seal.node.ts';

const pagefindVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
/** Bumped when what this module writes into a slice changes. */
const indexerVersion = 1;

/**
 * Pagefind joins the text of adjacent elements without a space, so `<dt>Adres</dt><dd>Brussel</dd>`
 * is indexed as one word "AdresBrussel": it cannot be found and reads badly in an excerpt. A space
 * between a term and its description changes nothing on screen; it is written into the party
 * pages (the only ones that set `</dt><dd>` on one line) before they are indexed.
 */
export function separateTerms(siteDir: string): number {
  const dir = join(siteDir, 'partijen');
  if (!existsSync(dir)) return 0;
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const spaced = spaceTerms(`partijen/${name}/index.html`, html);
    if (spaced !== html) {
      writeFileSync(file, spaced);
      changed++;
    }
  }
  return changed;
}

/** A page's HTML as it is indexed and published: party pages with a space between a term and its description (separateTerms). */
const spaceTerms = (page: string, html: string) => (page.startsWith('partijen/') ? html.replaceAll('</dt><dd', '</dt> <dd') : html);

/**
 * The order pages are indexed in, which decides Pagefind's output (the same pages added in another
 * order give other files): by folder, then by name, a path's "/" before any other character
 * (`partijen/a/` before `partijen/a-b/`). Astro renders the record pages in that order too
 * (src/astro/paths.ts), so that an index fed while Astro runs (feedSearchIndex) rarely waits.
 */
export function byIndexOrder(a: string, b: string): number {
  const [x, y] = [a.replaceAll('/', '\0'), b.replaceAll('/', '\0')];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The folders of the content pages (one per record) and the register's own pages that answer a question. */
const recordFolders = ['protocollen', 'partijen', 'gegevens', 'betrokkenen'];
const registerPages = ['uw-rechten', 'begrippen', 'over', 'toegankelijkheid'];

/** The pages the search covers: the content pages and, unless left out, the register's own pages that answer a question. */
export function searchablePages(siteDir: string, sharedPages = true): string[] {
  const pages: string[] = [];
  for (const folder of recordFolders) {
    if (!existsSync(join(siteDir, folder))) continue;
    for (const name of readdirSync(join(siteDir, folder))) if (existsSync(join(siteDir, folder, name, 'index.html'))) pages.push(`${folder}/${name}/index.html`);
  }
  if (sharedPages) for (const name of registerPages) if (existsSync(join(siteDir, name, 'index.html'))) pages.push(`${name}/index.html`);
  return pages.sort(byIndexOrder);
}

/** The searchable pages the content will have (the register's own pages included), in index order: what feedSearchIndex waits for. */
export function expectedSearchPages(content: {
  protocols: { id: string }[];
  parties: { id: string }[];
  dataCategories: { id: string }[];
  dataSubjectGroups: { id: string }[];
}): string[] {
  const page = (path: string) => `${path.slice(1)}index.html`;
  return [
    ...content.protocols.map((p) => page(routes.protocol(p.id))),
    ...content.parties.map((p) => page(routes.party(p.id))),
    ...content.dataCategories.map((c) => page(routes.dataCategory(c.id))),
    ...content.dataSubjectGroups.map((g) => page(routes.dataSubjectGroup(g.id))),
    ...registerPages.map((name) => `${name}/index.html`),
  ].sort(byIndexOrder);
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

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function newIndex(): Promise<Index> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
  return index;
}

const isMarked = (html: string) => html.includes('data-pagefind-body');
const digestOf = (html: string) => createHash('sha256').update(html).digest('hex');

async function addPage(index: Index, page: string, html: string): Promise<void> {
  const added = await index.addHTMLFile({ sourcePath: page, content: spaceTerms(page, html) });
  if (added.errors.length) throw new Error(`${page}: ${added.errors.join('; ')}`);
}

/** Writes an index of the whole site into pagefind/ and returns the number of pages it holds. */
async function writeWholeIndex(index: Index, siteDir: string, pages: number): Promise<number> {
  if (pages === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  removeUnused(join(siteDir, 'pagefind'), true);
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), '[]\n');
  return pages;
}

/** Indexes `pages` (in index order) into one index of the whole site; returns the number of pages it holds. */
async function indexWhole(index: Index, siteDir: string, pages: string[]): Promise<number> {
  let marked = 0;
  for (const page of pages) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    if (!isMarked(html)) continue;
    await addPage(index, page, html);
    marked++;
  }
  return writeWholeIndex(index, siteDir, marked);
}

/**
 * A page's HTML once Astro has written all of it: read again every 25 ms until it ends with
 * `</html>`, or, once Astro has ended, as it is (undefined when it is not there). A page taken too
 * early is caught by the check in `finish`.
 */
async function writtenPage(file: string, astroEnded: () => boolean): Promise<string | undefined> {
  for (;;) {
    const ended = astroEnded();
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html !== undefined && (ended || html.trimEnd().endsWith('</html>'))) return html;
    if (ended) return undefined;
    await new Promise((next) => setTimeout(next, 25));
  }
}

/** The first difference between the marked pages of the site and those fed to the index, or undefined. */
function fedDifference(siteDir: string, pages: string[], fed: { page: string; digest: string }[]): string | undefined {
  let next = 0;
  for (const page of pages) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    if (!isMarked(html)) continue;
    const taken = fed[next++];
    if (taken?.page !== page) return `${page} werd niet (op zijn plaats) geïndexeerd`;
    if (taken.digest !== digestOf(html)) return `${page} veranderde nadat hij geïndexeerd werd`;
  }
  return next < fed.length ? `${fed[next]!.page} werd geïndexeerd maar staat niet (meer) op de site` : undefined;
}

export interface SearchFeed {
  /** Call once Astro has ended well: indexes the pages left, checks every page against what was indexed and writes the index. */
  finish(): Promise<{ pages: number; slices: number; fromCache: number }>;
}

/**
 * One index of the whole site, filled while Astro writes it: each of the `expected` pages
 * (expectedSearchPages, in index order) is added as soon as Astro has written it, so Pagefind works
 * on the second core while Astro renders on the first (at 5,000 protocols about half of the index
 * time). The output is that of `indexSite` on the finished site: `finish` compares every
 * searchable page of the site with what was added (same pages, same order, same bytes) and, on
 * any difference (a page expected but not written, one not expected, one changed after it was added), throws
 * the fed index away and indexes the finished site instead.
 */
export function feedSearchIndex(siteDir: string, expected: string[]): SearchFeed {
  let astroEnded = false;
  let missing: string | undefined;
  const fed: { page: string; digest: string }[] = [];
  const index = newIndex();
  const filling = (async () => {
    const target = await index;
    for (const page of expected) {
      const html = await writtenPage(join(siteDir, page), () => astroEnded);
      if (html === undefined) {
        missing = page;
        return;
      }
      if (!isMarked(html)) continue;
      await addPage(target, page, html);
      fed.push({ page, digest: digestOf(html) });
    }
  })();
  // A failure is reported by finish(); until then it must not end the build as an unhandled rejection.
  filling.catch(() => {});
  return {
    async finish() {
      astroEnded = true;
      try {
        await filling;
        const pages = searchablePages(siteDir);
        const difference = missing ? `${missing} werd niet gemaakt` : fedDifference(siteDir, pages, fed);
        separateTerms(siteDir);
        if (difference === undefined) return { pages: await writeWholeIndex(await index, siteDir, fed.length), slices: 1, fromCache: 0 };
        console.log(`Zoekindex opnieuw gemaakt: ${difference}.`);
        await (await index).deleteIndex();
        return { pages: await indexWhole(await newIndex(), siteDir, pages), slices: 1, fromCache: 0 };
      } finally {
        await pagefind.close();
      }
    },
  };
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

/** Indexes one slice with its own Pagefind process, which ends afterwards (and so frees its memory). */
async function indexSlice(siteDir: string, pages: string[], target: string, first: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  try {
    if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(siteDir, page), 'utf8') });
      if (added.errors.length) throw new Error(`${page}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
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
  separateTerms(siteDir);
  const { cacheDir, slicePages } = searchIndexSettings();
  const pages = searchablePages(siteDir, options.sharedPages !== false);
  if (pages.length === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
  const slices = slicesOf(pages, slicePages);
  // One index of everything (the default): any change to any page changes it, so a cache would
  // only cost time.
  if (slices.length === 1) {
    try {
      return { pages: await indexWhole(await newIndex(), siteDir, pages), slices: 1, fromCache: 0 };
    } finally {
      await pagefind.close();
    }
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
