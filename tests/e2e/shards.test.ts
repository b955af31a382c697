// The build in shards: `npm run build -- --shard i/N` renders a slice of the per-record pages with
// its own search index, scripts/merge-shards.ts puts the outputs together, and the search page
// merges the indexes (Pagefind's mergeIndex). Two shards of the fixture register give the same
// pages, byte for byte, as the one build of the global setup, and search finds pages of both.
// Shard 1 writes its index in slices of at most 10 pages (SEARCH_SLICE_PAGES, scripts/search-index.ts),
// so the search page merges slices of a shard and shards at once, and finds what one index finds.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureContentDir, testSiteDir } from '../support/site.ts';
import { buildSite, runNode } from '../support/build.ts';
import { allResultsFor, useSite } from './fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'register-shards-'));
const merged = join(work, 'site');
const site = useSite(merged);
const oneBuild = useSite();

/** Every file under `dir` outside the search indexes, relative, sorted. */
function pages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (d !== dir || !/^pagefind(-\d+)?$/.test(name)) walk(path);
      } else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}
const pageCount = (index: string) =>
  Object.values((JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages).reduce(
    (sum, language) => sum + language.page_count,
    0,
  );

beforeAll(async () => {
  for (const i of [1, 2]) {
    const result = await buildSite(fixtureContentDir, join(work, `shard-${i}`), i === 1 ? { SEARCH_SLICE_PAGES: '10' } : {}, ['--shard', `${i}/2`]);
    expect(result.status, result.output).toBe(0);
  }
  const merge = await runNode([resolve(root, 'scripts/merge-shards.ts'), merged, join(work, 'shard-1'), join(work, 'shard-2')]);
  expect(merge.status, merge.output).toBe(0);
});

describe('the build in two shards', () => {
  it('each shard renders part of the protocol pages; together the same site as one build, byte for byte', () => {
    const protocolsOf = (dir: string) => readdirSync(join(dir, 'protocollen')).filter((name) => /^\d{4}-/.test(name));
    const [one, two] = [protocolsOf(join(work, 'shard-1')), protocolsOf(join(work, 'shard-2'))];
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(one.filter((name) => two.includes(name))).toEqual([]);

    const built = pages(testSiteDir);
    expect(pages(merged)).toEqual(built);
    expect(built.filter((file) => !readFileSync(join(merged, file)).equals(readFileSync(join(testSiteDir, file))))).toEqual([]);
    // One search index per shard, together covering what the one build indexed.
    const indexes = JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8')) as string[];
    const shardSlices = JSON.parse(readFileSync(join(work, 'shard-1', 'pagefind/shards.json'), 'utf8')) as string[];
    expect(shardSlices.length).toBeGreaterThan(0);
    expect(indexes).toEqual([...shardSlices.map((_, i) => `/pagefind/deel-${i + 2}/`), '/pagefind-2/']);
    const total = [join(merged, 'pagefind'), ...indexes.map((path) => join(merged, path))].reduce((sum, index) => sum + pageCount(index), 0);
    expect(total).toBe(pageCount(join(testSiteDir, 'pagefind')));
    // Only the first slice ships Pagefind's script and WebAssembly.
    expect(readdirSync(join(merged, 'pagefind/deel-2')).filter((name) => /\.js$|^wasm\./.test(name))).toEqual([]);
    expect(JSON.parse(readFileSync(join(testSiteDir, 'pagefind/shards.json'), 'utf8'))).toEqual([]);
  });

  it('the search page finds pages of both shards', async () => {
    const expected = [
      '/partijen/vdab/',
      '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/',
      '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/',
      '/gegevens/insz/',
    ];
    const shardOf = (url: string) => (existsSync(join(work, 'shard-1', url, 'index.html')) ? 1 : 2);
    expect(new Set(expected.map(shardOf)).size).toBe(2);
    for (const [query, url] of [
      ['VDAB', expected[0]],
      ['arbeidsongeschiktheid', expected[1]],
      ['diploma', expected[2]],
      ['rijksregisternummer', expected[3]],
    ] as const) {
      const { page, external } = await site.open(`/zoeken/?q=${encodeURIComponent(query)}`);
      const results = await allResultsFor(page);
      expect(results, `${query} (shard ${shardOf(url!)})`).toContain(url);
      expect(external).toEqual([]);
      // Every page one index of everything finds. Not only those: a slice without the word answers
      // with near matches (Pagefind falls back to a shorter prefix: "arbeidsongeschiktheid" also finds
      // "Arbeidsbemiddeling"), which is why one index is the default (searchIndexSettings).
      const one = await oneBuild.open(`/zoeken/?q=${encodeURIComponent(query)}`);
      const oneResults = await allResultsFor(one.page);
      expect(oneResults.length).toBeGreaterThan(0);
      expect(results, query).toEqual(expect.arrayContaining(oneResults));
      await one.page.context().close();
      await page.context().close();
    }
  });
});
