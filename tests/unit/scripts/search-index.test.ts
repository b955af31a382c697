// The search index in slices, each cached by the content of its pages: a slice is taken from the
// cache only when its pages are unchanged and its cached files are exactly as sealed.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { indexSite, searchablePages, sliceLinks, slicesOf } from '../../../scripts/search-index.ts';
import { folderDigests } from '../../../src/lib/site/seal.node.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><nav>menu</nav><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of six protocol pages, a party page, a redirect page without a search mark and an unsearched page. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [i, word] of ['diploma', 'studietoelage', 'kinderopvang', 'inburgering', 'werkzoekende', 'energiepremie'].entries()) {
    mkdirSync(join(dir, 'protocollen', `p${i}`), { recursive: true });
    writeFileSync(join(dir, 'protocollen', `p${i}`, 'index.html'), page(`Protocol ${i}`, `Gegevens over ${word}.`));
  }
  mkdirSync(join(dir, 'partijen/vdab'), { recursive: true });
  writeFileSync(join(dir, 'partijen/vdab/index.html'), page('VDAB', 'Vlaamse Dienst voor Arbeidsbemiddeling'));
  mkdirSync(join(dir, 'partijen/oude-naam'), { recursive: true });
  writeFileSync(join(dir, 'partijen/oude-naam/index.html'), '<!doctype html><html lang="nl"><title>Verhuisd</title><p>Deze pagina staat nu op /partijen/vdab/</p></html>');
  mkdirSync(join(dir, 'graaf'), { recursive: true });
  writeFileSync(join(dir, 'graaf/index.html'), page('Netwerk', 'netwerk'));
  return dir;
}

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('slicesOf', () => {
  it('puts every page in exactly one slice, the same one every time', () => {
    const pages = Array.from({ length: 50 }, (_, i) => `protocollen/p${i}/index.html`);
    const slices = slicesOf(pages, 10);
    expect(slices).toHaveLength(5);
    expect(slices.flat().sort()).toEqual([...pages].sort());
    expect(slicesOf([...pages].reverse(), 10).map((slice) => [...slice].sort())).toEqual(slices.map((slice) => [...slice].sort()));
    expect(slicesOf(pages, Number.POSITIVE_INFINITY)).toEqual([pages]);
  });
});

describe('indexSite', () => {
  it('writes one index of everything by default, without a cache (any change would change it)', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    process.env.SEARCH_CACHE_DIR = cache;
    const dir = site();
    expect(await indexSite(dir)).toEqual({ pages: 7, slices: 1, fromCache: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/shards.json'), 'utf8'))).toEqual([]);
    expect(readdirSync(join(dir, 'pagefind')).filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('indexes the content pages only, in slices, and takes unchanged slices from the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-cache-'));
    process.env.SEARCH_SLICE_PAGES = '3';
    process.env.SEARCH_CACHE_DIR = cache;
    const first = site();
    expect(searchablePages(first)).not.toContain('graaf/index.html');
    const made = await indexSite(first);
    expect(made).toEqual({ pages: 7, slices: 3, fromCache: 0 });
    // Pagefind read each slice from a folder of links beside the site, removed afterwards.
    expect(existsSync(sliceLinks(first))).toBe(false);
    const slices = JSON.parse(readFileSync(join(first, 'pagefind/shards.json'), 'utf8')) as string[];
    expect(slices).toEqual(['/pagefind/deel-2/', '/pagefind/deel-3/']);
    // The redirect page has no search mark: it is in no index (7 marked pages in all).
    const counted = ['pagefind', 'pagefind/deel-2', 'pagefind/deel-3'].reduce(
      (sum, folder) =>
        sum + (JSON.parse(readFileSync(join(first, folder, 'pagefind-entry.json'), 'utf8')) as { languages: { nl: { page_count: number } } }).languages.nl.page_count,
      0,
    );
    expect(counted).toBe(7);
    expect(readdirSync(join(first, 'pagefind/deel-2')).filter((name) => /\.js$|^wasm\./.test(name))).toEqual([]);

    // The same pages again: every slice from the cache, the same files.
    const second = site();
    expect(await indexSite(second)).toEqual({ pages: 7, slices: 3, fromCache: 3 });
    expect(folderDigests(join(second, 'pagefind'))).toEqual(folderDigests(join(first, 'pagefind')));

    // One page changed: only its slice is indexed again.
    const third = site();
    writeFileSync(join(third, 'protocollen/p0/index.html'), page('Protocol 0', 'Gegevens over diploma en kwalificatie.'));
    expect(await indexSite(third)).toMatchObject({ fromCache: 2 });

    // A cached file edited: that slice is indexed again, and the index is what it was.
    const entries = (readdirSync(cache, { recursive: true }) as string[]).filter((name) => /pagefind-entry\.json$/.test(name));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const name of entries) writeFileSync(join(cache, name), '{"version":"1.6.0","languages":{}}');
    const fourth = site();
    expect(await indexSite(fourth)).toEqual({ pages: 7, slices: 3, fromCache: 0 });
    expect(folderDigests(join(fourth, 'pagefind'))).toEqual(folderDigests(join(first, 'pagefind')));
  });
});
