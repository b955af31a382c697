import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { processBody } from '../../../src/lib/content/body.ts';
import { bodyKey, importClosure, openBodyCache, parseEntry, relativeImports, rendererVersion, serializeEntry, type BodyResult } from '../../../src/lib/content/body-cache.node.ts';
import { processBodies, type BodyStats } from '../../../src/lib/content/parallel.node.ts';
import { loadContent } from '../../../src/lib/repository/load.node.ts';

const root = resolve(import.meta.dirname, '../../..');
const good = `## Artikel 1\n\nDe verwerker ontvangt het rijksregisternummer via https://example.org/pad. ${'Tekst van het protocol. '.repeat(12)}\n`;
const bad = `Een tekst met een {uitdrukking} erin. ${'Tekst van het protocol. '.repeat(12)}\n`;
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.json'));

describe('the renderer version', () => {
  it('covers body.ts and every module it imports, also indirectly (glossary, routes, limits, rule codes)', () => {
    const closure = importClosure(join(root, 'src/lib/content/body.ts')).map((file) => relative(root, file));
    for (const file of [
      'src/lib/content/body.ts',
      'src/lib/content/glossary.ts',
      'src/lib/site/routes.ts',
      'src/lib/text.ts',
      'src/lib/content/limits.ts',
      'src/lib/content/rules/index.ts',
    ])
      expect(closure).toContain(file);
  });
  it('reads the relative imports of a source, type-only and re-exports included, not words in comments or strings', () => {
    const source = `// import nothing from './comment.ts'\nimport a from './a.ts';\nimport type {\n  B,\n} from '../b.ts';\nexport { c } from './c.ts';\nimport 'unified';\nconst s = 'import x from "./no.ts"';\n`;
    expect(relativeImports(source).sort()).toEqual(['../b.ts', './a.ts', './c.ts']);
  });
  it('is a sha256, the same on every call; the key changes with the renderer and with the body', () => {
    const version = rendererVersion();
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(rendererVersion()).toBe(version);
    expect(bodyKey(good, 'v1')).not.toBe(bodyKey(good, 'v2'));
    expect(bodyKey(good, 'v1')).not.toBe(bodyKey(`${good} `, 'v1'));
  });
});

describe('cache entries', () => {
  const rendered = processBody(good);
  const refused = processBody(bad);
  const key = bodyKey(good, 'v');
  it('round-trip a rendered body and a refused one', () => {
    expect(rendered.rendered?.html).toContain('<a href="/begrippen/');
    expect(refused.problems[0]?.code).toBe('B005');
    expect(parseEntry(serializeEntry(key, rendered), key)).toEqual(rendered);
    expect(parseEntry(serializeEntry(key, refused), key)).toEqual(refused);
  });

  const entry = () => JSON.parse(serializeEntry(key, rendered)) as { key: string; sha256: string; result: BodyResult & Record<string, unknown> };
  const poisons: [string, (e: ReturnType<typeof entry>) => unknown][] = [
    ['another key', (e) => ({ ...e, key: bodyKey(bad, 'v') })],
    ['edited HTML, old checksum', (e) => ({ ...e, result: { ...e.result, rendered: { ...e.result.rendered!, html: '<script>alert(1)</script>' } } })],
    ['a checksum that is not one', (e) => ({ ...e, sha256: 'x' })],
    ['problems and HTML at once', (e) => ({ ...e, result: { ...e.result, problems: refused.problems } })],
    ['neither problems nor HTML', (e) => ({ ...e, result: { problems: [] } })],
    ['an unknown rule code', (e) => ({ ...e, result: { problems: [{ ...refused.problems[0]!, code: 'Z999' }] } })],
    ['a heading without the tekst- prefix', (e) => ({ ...e, result: { problems: [], rendered: { html: '', headings: [{ depth: 2, slug: 'main', text: 'x' }] } } })],
    ['an extra field', (e) => ({ ...e, result: { ...e.result, extra: 1 } })],
    ['another format', (e) => ({ ...e, format: 99 })],
    ['not an object', () => [1, 2, 3]],
    ['null', () => null],
  ];
  for (const [what, poison] of poisons)
    it(`refuses an entry with ${what}`, () => {
      expect(parseEntry(JSON.stringify(poison(entry())), key)).toBeUndefined();
    });
  it('refuses text that is not JSON or cut short', () => {
    expect(parseEntry('{ niet af', key)).toBeUndefined();
    expect(parseEntry(serializeEntry(key, rendered).slice(0, 50), key)).toBeUndefined();
    expect(parseEntry('', key)).toBeUndefined();
  });
});

describe('openBodyCache', () => {
  it('returns what was stored, counts what it refuses, and holds nothing without a renderer version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
    const cache = openBodyCache(dir, 'v');
    expect(cache.get(good)).toBeUndefined();
    cache.set(good, processBody(good));
    expect(cache.get(good)).toEqual(processBody(good));
    const [file] = files(dir);
    writeFileSync(join(file!.parentPath, file!.name), '{ niet af');
    expect(cache.get(good)).toBeUndefined();
    expect(cache.refused).toBe(1);
    // Another renderer version never reads this one's entries.
    cache.set(good, processBody(good));
    expect(openBodyCache(dir, 'w').get(good)).toBeUndefined();
    const none = openBodyCache(dir, null);
    none.set(bad, processBody(bad));
    expect(none.get(good)).toBeUndefined();
    expect(files(dir)).toHaveLength(1);
  });
  it('a cache that cannot be written only costs time', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'body-cache-')), 'a-file');
    writeFileSync(file, '');
    const cache = openBodyCache(file, 'v');
    expect(() => cache.set(good, processBody(good))).not.toThrow();
    expect(cache.get(good)).toBeUndefined();
  });
});

describe('processBodies with a cache', () => {
  const entries = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, body: i === 3 ? bad : `${good}Nummer ${i}.` }));
  it('processes only what the cache lacks, with the same results, cold, warm and poisoned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
    const without = await processBodies(entries);
    const stats: BodyStats = { processed: 0, cached: 0, refused: 0 };
    expect(await processBodies(entries, openBodyCache(dir, 'v'), stats)).toEqual(without);
    expect(stats).toEqual({ processed: 5, cached: 0, refused: 0 });
    expect(await processBodies(entries, openBodyCache(dir, 'v'), stats)).toEqual(without);
    expect(stats).toEqual({ processed: 0, cached: 5, refused: 0 });
    // Poisoned: every entry swapped with the next one's, one cut short.
    const found = files(dir).map((d) => join(d.parentPath, d.name));
    const texts = found.map((f) => readFileSync(f, 'utf8'));
    for (const [i, f] of found.entries()) writeFileSync(f, i === 0 ? texts[0]!.slice(0, 40) : texts[(i + 1) % texts.length]!);
    const poisoned = await processBodies(entries, openBodyCache(dir, 'v'), stats);
    expect([...poisoned.keys()]).toEqual([...without.keys()]);
    expect(poisoned).toEqual(without);
    expect(stats).toEqual({ processed: 5, cached: 0, refused: 5 });
    // Rewritten correctly.
    expect(found.map((f) => readFileSync(f, 'utf8')).sort()).toEqual([...texts].sort());
  });
  it('loadContent gives the same content with a cold and a warm cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'body-cache-'));
    const fixture = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(root, 'tests/fixtures/content'), fixture, { recursive: true });
    const plain = await loadContent(fixture, { parallel: true });
    const stats: BodyStats = { processed: 0, cached: 0, refused: 0 };
    expect(await loadContent(fixture, { parallel: true, bodyCache: dir, bodyStats: stats })).toEqual(plain);
    expect(stats.processed).toBeGreaterThan(0);
    expect(await loadContent(fixture, { parallel: true, bodyCache: dir, bodyStats: stats })).toEqual(plain);
    expect(stats).toMatchObject({ processed: 0, refused: 0 });
    expect(stats.cached).toBeGreaterThan(0);
  });
});
