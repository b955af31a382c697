// The graph's layout (elkjs), its cache and the shapes drawn from it.
// Built from small hand-written protocols, not from output of the code under test.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildGraph, collapseByDomain, directedPairs, edgeHref, edgeTitle, nodeTitle, type Graph } from '../../../src/lib/graph/model.ts';
import {
  drawnGraph,
  forgetLayouts,
  layoutKey,
  layoutCacheWritten,
  layoutGraph,
  layoutInput,
  LAYOUT_VERSION,
  pointAlong,
  strokeWidth,
  tipBox,
  toDrawing,
  trimEnd,
  wrapLabel,
  arrowSize,
  readingOrder,
} from '../../../src/lib/graph/layout.node.ts';
import { defined } from '../../support/defined.ts';
import { p, registerOf } from './fixture.ts';

describe('graph layout (elkjs)', () => {
  const sample = () => buildGraph(registerOf([p('p1', ['a'], ['b', 'c']), p('p2', ['b', 'c'], ['d']), p('p3', ['a', 'b'], ['a', 'b'], { mutual: true })]));

  it('places every node inside the drawing, with finite coordinates', async () => {
    const g = sample();
    const layout = await layoutGraph(g, { cacheDir: false });
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const n of layout.nodes) {
      for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isFinite(v)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const e of layout.edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      for (const pt of e.points) {
        expect(pt.x).toBeGreaterThanOrEqual(0);
        expect(pt.x).toBeLessThanOrEqual(layout.width);
        expect(pt.y).toBeGreaterThanOrEqual(0);
        expect(pt.y).toBeLessThanOrEqual(layout.height);
      }
    }
    // Layered left to right: a receiver lies right of its sender.
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('c')).toBeLessThan(x('d'));
  });

  it('turns the layout into shapes: arrows, mutual edges with two heads, dashed when not in force', async () => {
    const register = registerOf([
      p('p1', ['a'], ['b']),
      p('p2', ['a'], ['b']),
      p('p3', ['b', 'c'], ['b', 'c'], { mutual: true }),
      p('p4', ['c'], ['d'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }),
    ]);
    const g = buildGraph(register);
    const drawing = toDrawing(g, await layoutGraph(g, { cacheDir: false }), { edgeHref, nodeTitle, edgeTitle: (e) => edgeTitle(g, e) });
    const edge = (id: string) => drawing.edges.find((e) => e.id === id)!;
    for (const e of drawing.edges) expect(e.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    expect(edge('a--b')).toMatchObject({ mutual: false, dashed: false, weight: 2, href: '#rel-a--b', title: 'A naar B: 2 protocollen' });
    expect(edge('a--b').width).toBeGreaterThan(edge('c--d').width);
    expect(edge('a--b').labelAt).toBeDefined();
    expect(edge('b--c')).toMatchObject({ mutual: true, dashed: false });
    expect(edge('c--d')).toMatchObject({ dashed: true, href: '/protocollen/p4/' });
    const b = drawing.nodes.find((n) => n.id === 'b')!;
    expect(b).toMatchObject({ href: '/partijen/b/', title: 'B: Agentschap B', lines: [{ text: 'B' }] });
    expect(b.neighbours.sort()).toEqual(['a', 'c']);
    for (const n of drawing.nodes) {
      expect(n.tip.x).toBeGreaterThanOrEqual(0);
      expect(n.tip.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('draws a bipartite graph as two columns: every edge runs from the left column to the right one', async () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['b'], ['a']), p('p3', ['a'], ['c'])]);
    const g = collapseByDomain(register, directedPairs(register), { layout: 'bipartite' });
    const input = layoutInput(g);
    expect(input.children.map((c) => c.id).sort()).toEqual(['domein-werk|naar', 'domein-werk|van', 'domein-zorg|naar', 'domein-zorg|van']);
    const layout = await layoutGraph(g, { cacheDir: false });
    const drawing = toDrawing(g, layout, { edgeHref, nodeTitle, edgeTitle: (e) => edgeTitle(g, e) });
    const left = drawing.nodes.filter((n) => n.side === 'van');
    const right = drawing.nodes.filter((n) => n.side === 'naar');
    expect(left).toHaveLength(2);
    expect(right).toHaveLength(2);
    expect(Math.max(...left.map((n) => n.x + n.width))).toBeLessThan(Math.min(...right.map((n) => n.x)));
    expect(drawing.columns.map((c) => c.text)).toEqual(['Deelt gegevens mee', 'Ontvangt ze']);
    expect(drawing.edges.every((e) => !e.mutual)).toBe(true);
  });

  it('caches a layout on disk by the hash of its input and reuses it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'layout-cache-'));
    const g = buildGraph(registerOf([p('p1', ['a'], ['b'])]));
    const first = await layoutGraph(g, { cacheDir });
    await layoutCacheWritten();
    const files = readdirSync(cacheDir);
    expect(files).toEqual([`${layoutKey(g)}.json`]);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const cached = JSON.parse(readFileSync(join(cacheDir, defined(files[0])), 'utf8'));
    expect(cached.key).toBe(layoutKey(g));
    expect(cached.layout.nodes.map((n: { x: number }) => n.x)).toEqual(first.nodes.map((n) => n.x));
    const second = await layoutGraph(g, { cacheDir });
    await layoutCacheWritten();
    expect(second).toEqual(first);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    // Another graph of the same shape and sizes shares the layout; another shape does not.
    const same = await layoutGraph(buildGraph(registerOf([p('p1', ['c'], ['d'])])), { cacheDir });
    await layoutCacheWritten();
    expect(same.nodes.map((n) => n.id)).toEqual(['c', 'd']);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    await layoutGraph(buildGraph(registerOf([p('p1', ['a'], ['b', 'c'])])), { cacheDir });
    await layoutCacheWritten();
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it("a cached file that is this input's layout is used as is (a hit does not lay out again); any other is laid out again", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'layout-cache-'));
    const g = buildGraph(registerOf([p('p1', ['c'], ['d']), p('p2', ['d'], ['a'])]));
    const laidOut = await layoutGraph(g, { cacheDir });
    await layoutCacheWritten();
    const file = join(cacheDir, defined(readdirSync(cacheDir)[0]));
    const entry = JSON.parse(readFileSync(file, 'utf8'));
    // One pixel wider still fits the input: used as it is.
    writeFileSync(file, JSON.stringify({ ...entry, layout: { ...entry.layout, width: entry.layout.width + 1 } }));
    forgetLayouts();
    expect((await layoutGraph(g, { cacheDir })).width).toBe(laidOut.width + 1);
    // Not this input's layout: ignored, laid out again and written back.
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const fake of [
        { key: entry.key, layout: { width: 1, height: 2, nodes: [], edges: [] } },
        // Reversed arrows under the right key.
        { key: entry.key, layout: { ...entry.layout, edges: entry.layout.edges.map((e: { points: unknown[] }) => ({ ...e, points: [...e.points].reverse() })) } },
        { width: 1, height: 2, nodes: [], edges: [] },
      ]) {
        writeFileSync(file, JSON.stringify(fake));
        forgetLayouts();
        expect(await layoutGraph(g, { cacheDir })).toEqual(laidOut);
        await layoutCacheWritten();
        expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(entry);
      }
    } finally {
      console.warn = warn;
    }
  });

  it('the cache key names the elkjs version in use', () => {
    const installed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../node_modules/elkjs/package.json'), 'utf8')).version;
    expect(LAYOUT_VERSION).toContain(`elkjs-${installed}/`);
  });

  it('limits the drawn edges of a large graph and says how many are left out', () => {
    const ids = ['a', 'b', 'c'];
    const all = ids.flatMap((from, i) => ids.map((to, j) => ({ from, to, weight: 10 + i * 3 + j, mutual: false, protocols: [], categories: [], statuses: [] })));
    const graph: Graph = { nodes: [], clustered: true, layout: 'bipartite', edges: all };
    const drawn = drawnGraph(graph, 2);
    expect(drawn.edges.length).toBeLessThan(all.length);
    expect(drawn.hiddenEdges).toBe(all.length - drawn.edges.length);
    // The two strongest are kept, and every node keeps a line on both sides.
    expect(drawn.edges.map((e) => `${e.from}>${e.to}`)).toEqual(expect.arrayContaining(['c>c', 'c>b']));
    for (const id of ids) {
      expect(drawn.edges.some((e) => e.from === id)).toBe(true);
      expect(drawn.edges.some((e) => e.to === id)).toBe(true);
    }
    expect(drawnGraph(graph, 100).hiddenEdges).toBe(0);
  });
});

describe('geometry helpers', () => {
  it('stroke width grows with weight, relative to the heaviest edge; arrowheads grow with it', () => {
    expect(strokeWidth(1)).toBe(1.5);
    expect(strokeWidth(2)).toBe(3);
    expect(strokeWidth(16)).toBe(7.5);
    expect(strokeWidth(10_000)).toBe(7.5);
    expect(strokeWidth(100, 10_000)).toBeLessThan(strokeWidth(100, 100));
    expect(arrowSize(strokeWidth(1))).toBe('s');
    expect(arrowSize(strokeWidth(10_000))).toBe('l');
  });

  it('trims a path end for its arrowhead and finds points along it', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(trimEnd(line, 10)).toEqual([
      { x: 0, y: 0 },
      { x: 90, y: 0 },
    ]);
    expect(
      trimEnd(
        [
          { x: 0, y: 0 },
          { x: 50, y: 0 },
          { x: 50, y: 5 },
        ],
        10,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 45, y: 0 },
    ]);
    expect(
      trimEnd(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
        ],
        10,
      ),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 6, y: 0 },
    ]);
    expect(
      pointAlong(
        [
          { x: 0, y: 0 },
          { x: 10, y: 0 },
          { x: 10, y: 10 },
        ],
        0.75,
      ),
    ).toEqual({ x: 10, y: 5 });
  });

  it('wraps long labels and keeps the full-name box inside the drawing', () => {
    expect(wrapLabel('Werk, Economie, Wetenschap, Innovatie en Sociale Economie (5)')).toEqual(['Werk, Economie,', 'Wetenschap, Innovatie en', 'Sociale Economie (5)']);
    expect(wrapLabel('VDAB')).toEqual(['VDAB']);
    const tip = tipBox({ x: 0, y: 0, width: 50, height: 30 }, 'Een heel lange volledige naam van een agentschap', { width: 500, height: 200 });
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.y).toBeGreaterThan(30);
    expect(tip.x + tip.width).toBeLessThanOrEqual(500);
  });
});

describe('reading order', () => {
  it('visits boxes column by column, each from top to bottom', () => {
    const box = (id: string, x: number, y: number) => ({ id, x, y, width: 50, height: 30 });
    const boxes = [box('right-top', 300, 0), box('left-bottom', 12, 200), box('left-top', 16, 10), box('middle', 150, 50)];
    expect(readingOrder(boxes).map((b) => b.id)).toEqual(['left-top', 'left-bottom', 'middle', 'right-top']);
  });
});
