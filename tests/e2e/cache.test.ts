// A wrong build cache can never change the output: the fixture register is built with an empty
// graph-layout cache, every cache file is then poisoned (reversed arrows, moved boxes, a shifted
// drawing, a layout of another graph, garbage), and a second build must be byte for byte the same.
// The same for the cache of checked and rendered bodies: cold, warm and poisoned (edited HTML,
// entries swapped between bodies, a problem where a text was, garbage) build the same site. And
// for Astro's page cache: a rebuild after a change equals a cold build, and an edited cache is refused.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureContentDir } from '../support/site.ts';
import { buildSite } from '../support/build.ts';
import { astroCacheFor } from '../../src/lib/site/page-cache.node.ts';

const root = resolve(import.meta.dirname, '../..');

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

interface Entry {
  key: string;
  layout: { width: number; height: number; nodes: { x: number; y: number }[]; edges: { points: { x: number; y: number }[] }[] };
}

const poisons: ((entry: Entry, other: Entry) => unknown)[] = [
  // Reversed arrows: every edge runs from its target to its source.
  (e) => ({ ...e, layout: { ...e.layout, edges: e.layout.edges.map((edge) => ({ ...edge, points: [...edge.points].reverse() })) } }),
  // Wrong coordinates: the boxes move, the lines stay.
  (e) => ({ ...e, layout: { ...e.layout, nodes: e.layout.nodes.map((n) => ({ ...n, x: n.x + 40, y: n.y + 7 })) } }),
  // A consistent but moved and larger drawing: everything shifted, the size grown to fit.
  (e) => ({
    ...e,
    layout: {
      width: e.layout.width + 200,
      height: e.layout.height + 100,
      nodes: e.layout.nodes.map((n) => ({ ...n, x: n.x + 200, y: n.y + 100 })),
      edges: e.layout.edges.map((edge) => ({ ...edge, points: edge.points.map((p) => ({ x: p.x + 200, y: p.y + 100 })) })),
    },
  }),
  // The layout of another graph under this graph's name (its key or this one's).
  (e, other) => ({ key: e.key, layout: other.layout }),
  (_e, other) => other,
  // Not a layout at all.
  () => ({ key: 'x', layout: { width: 'wide' } }),
];

describe('the graph-layout cache', () => {
  it('a poisoned cache does not change one byte of the built site', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-cache-'));
    const cache = join(work, 'graph-layout');
    const first = await buildSite(fixtureContentDir, join(work, 'first'), { GRAPH_LAYOUT_CACHE: cache });
    expect(first.status, first.output).toBe(0);
    const entries = readdirSync(cache).filter((name) => name.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(5);

    // Unpoisoned, the cache is used as it is: nothing is rejected.
    const again = await buildSite(fixtureContentDir, join(work, 'again'), { GRAPH_LAYOUT_CACHE: cache });
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain('uit de cache verworpen');

    const read = (name: string) => JSON.parse(readFileSync(join(cache, name), 'utf8')) as Entry;
    const originals = entries.map(read);
    entries.forEach((name, i) => {
      const entry = originals[i]!;
      const other = originals[(i + 1) % originals.length]!;
      const poison = poisons[i % poisons.length]!;
      writeFileSync(join(cache, name), i % poisons.length === poisons.length - 1 && i % 2 ? '{ niet af' : JSON.stringify(poison(entry, other)));
    });

    const second = await buildSite(fixtureContentDir, join(work, 'second'), { GRAPH_LAYOUT_CACHE: cache });
    expect(second.status, second.output).toBe(0);

    const built = files(join(work, 'first'));
    expect(files(join(work, 'second'))).toEqual(built);
    const differing = built.filter((file) => !readFileSync(join(work, 'first', file)).equals(readFileSync(join(work, 'second', file))));
    expect(differing).toEqual([]);
    expect(second.output).toContain('uit de cache verworpen');
    // The rejected files were laid out again and written back correctly.
    expect(entries.map(read)).toEqual(originals);
  });
});

/** Every file that differs between two built sites (both must have the same files). */
function differences(a: string, b: string): string[] {
  const built = files(a);
  expect(files(b)).toEqual(built);
  return built.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}

describe('the cache of checked and rendered bodies', () => {
  it('a cold, a warm and a poisoned cache build the same site, byte for byte', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-body-cache-'));
    const cache = join(work, 'bodies');
    const env = { BODY_CACHE_DIR: cache, GRAPH_LAYOUT_CACHE: join(work, 'graph-layout') };
    const cold = await buildSite(fixtureContentDir, join(work, 'cold'), env);
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).toMatch(/Teksten: [1-9]\d* gecontroleerd en omgezet, 0 uit de cache\./);
    const entries = (readdirSync(cache, { recursive: true }) as string[]).filter((name) => name.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(3);

    const warm = await buildSite(fixtureContentDir, join(work, 'warm'), env);
    expect(warm.status, warm.output).toBe(0);
    expect(warm.output).toMatch(/Teksten: 0 gecontroleerd en omgezet, [1-9]\d* uit de cache\./);
    expect(differences(join(work, 'cold'), join(work, 'warm'))).toEqual([]);

    type BodyEntry = { key: string; sha256: string; result: { problems: unknown[]; rendered?: { html: string; headings: unknown[] } } };
    const read = (name: string) => JSON.parse(readFileSync(join(cache, name), 'utf8')) as BodyEntry;
    const originals = entries.map(read);
    const bodyPoisons: ((entry: BodyEntry, other: BodyEntry) => unknown)[] = [
      // Another text under this key, old checksum.
      (e) => ({ ...e, result: { ...e.result, rendered: { ...e.result.rendered!, html: '<p>Vervalst</p><script>alert(1)</script>' } } }),
      // Another body's entry (its key, its checksum) in this body's file.
      (_e, other) => other,
      // Another body's result with this body's key.
      (e, other) => ({ ...e, result: other.result }),
      // A problem instead of the text: the build would stop.
      (e) => ({ ...e, result: { problems: [{ code: 'B005', line: 1, column: 1, message: 'vervalst', fix: 'niets' }] } }),
      // Not an entry at all.
      () => ({ key: 'x', result: 'html' }),
    ];
    entries.forEach((name, i) => {
      const poison = bodyPoisons[i % bodyPoisons.length]!;
      writeFileSync(
        join(cache, name),
        i % 2 && i % bodyPoisons.length === bodyPoisons.length - 1 ? '{ niet af' : JSON.stringify(poison(originals[i]!, originals[(i + 1) % originals.length]!)),
      );
    });
    const poisoned = await buildSite(fixtureContentDir, join(work, 'poisoned'), env);
    expect(poisoned.status, poisoned.output).toBe(0);
    expect(poisoned.output).toContain(`${entries.length} cachebestand(en) uit de cache verworpen`);
    expect(differences(join(work, 'cold'), join(work, 'poisoned'))).toEqual([]);
    // The refused entries were made again, correctly.
    expect(entries.map(read)).toEqual(originals);
  });
});

describe('the page cache (Astro’s incremental build)', () => {
  it('a rebuild copies the unchanged pages and renders the changed ones, exactly as a cold build; a poisoned cache is thrown away', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-page-cache-'));
    const content = join(work, 'content');
    cpSync(fixtureContentDir, content, { recursive: true });
    const out = join(work, 'out');
    const env = { BODY_CACHE_DIR: join(work, 'bodies'), GRAPH_LAYOUT_CACHE: join(work, 'graph-layout') };
    const reused = (output: string) => (output.match(/\((cached|restored)\)/g) ?? []).length;

    const first = await buildSite(content, out, env);
    expect(first.status, first.output).toBe(0);
    expect(reused(first.output)).toBe(0);
    const firstCopy = join(work, 'first');
    cpSync(out, firstCopy, { recursive: true, dereference: true });

    // Nothing changed: every keyed page is copied, and the site is the same.
    const unchanged = await buildSite(content, out, env);
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(reused(unchanged.output)).toBeGreaterThan(50);
    expect(differences(firstCopy, out)).toEqual([]);

    // One protocol's title changes: its page and the pages that list it are rendered again, and the
    // result is byte for byte what a cold build of the same content gives (another output, no cache).
    const file = join(content, 'protocols', readdirSync(join(content, 'protocols')).find((name) => name.startsWith('2024-vdab'))!);
    const source = readFileSync(file, 'utf8');
    const title = /^title: (.+)$/m.exec(source)![1]!;
    writeFileSync(file, source.replace(/^title: .+$/m, `title: ${title.replace(/^(['"]?)/, '$1Herzien: ')}`));
    const changed = await buildSite(content, out, env);
    expect(changed.status, changed.output).toBe(0);
    expect(reused(changed.output)).toBeGreaterThan(0);
    expect(reused(changed.output)).toBeLessThan(reused(unchanged.output));
    const cold = await buildSite(content, join(work, 'cold'), env);
    expect(cold.status, cold.output).toBe(0);
    expect(reused(cold.output)).toBe(0);
    expect(differences(join(work, 'cold'), out)).toEqual([]);
    expect(readFileSync(join(out, 'partijen/vdab/index.html'), 'utf8')).toContain('Herzien: ');

    // A cached page edited in the cache: the whole cache is thrown away and the site is still right.
    const cache = astroCacheFor(root, content, out);
    const cachedPages = (readdirSync(join(cache, 'dist'), { recursive: true }) as string[]).filter((name) => name.endsWith('index.html'));
    expect(cachedPages.length).toBeGreaterThan(50);
    for (const name of cachedPages) writeFileSync(join(cache, 'dist', name), '<!doctype html><title>Vervalst</title><p>Vervalst</p>');
    const poisoned = await buildSite(content, out, env);
    expect(poisoned.status, poisoned.output).toBe(0);
    expect(poisoned.output).toContain('Paginacache verworpen');
    expect(reused(poisoned.output)).toBe(0);
    expect(differences(join(work, 'cold'), out)).toEqual([]);
  });
});
