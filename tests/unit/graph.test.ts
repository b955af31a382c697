import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildGraph, buildNetwork, clusterByDomain, edgeHref, edgeTitle, MAX_DETAILED_NODES } from '../../src/lib/graph.ts';
import { layoutGraph, strokeWidth, toDrawing } from '../../src/lib/graph-layout.ts';
import { buildRegister } from '../../src/lib/register.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { content, party, protocol, protocolData } from './fixtures/content.ts';

const item = (...dataCategories: string[]) => ({ label: 'G', description: 'd', dataCategories });
const roles = (senders: string[], receivers: string[], mutual = false) =>
  [...new Set([...senders, ...receivers])].map((id) => ({ party: id, role: mutual ? 'both' : senders.includes(id) ? 'sends' : 'receives' }));
const p = (id: string, from: string[], to: string[], extra: Record<string, unknown> = {}, categories = ['diploma']) =>
  protocol(id, protocolData({ parties: roles(from, to, Boolean(extra.mutual)), purposes: [{ text: 'Doel' }], flows: [{ from, to, mutual: Boolean(extra.mutual), dataItems: [item(...categories)] }], ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'mutual')) }));

function registerOf(protocols: ReturnType<typeof protocol>[], parties = ['a', 'b', 'c', 'd']) {
  const raw = content(protocols, { parties: parties.map((id, i) => party(id, { policyDomain: i % 2 ? 'Zorg' : 'Werk' })) });
  const result = validateContent(raw);
  expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  return buildRegister(result, '2026-11-22');
}
const edges = (g: ReturnType<typeof buildGraph>) => g.edges.map((e) => `${e.from}${e.mutual ? '<>' : '>'}${e.to}:${e.weight}`).sort();

describe('graph aggregation', () => {
  it('one-to-one: one edge from sender to receiver', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b'])]));
    expect(edges(g)).toEqual(['a>b:1']);
    expect(g.nodes.map((n) => n.href)).toEqual(['/partijen/a/', '/partijen/b/']);
  });
  it('one-to-many and many-to-one', () => {
    expect(edges(buildGraph(registerOf([p('p1', ['a'], ['b', 'c', 'd'])])))).toEqual(['a>b:1', 'a>c:1', 'a>d:1']);
    expect(edges(buildGraph(registerOf([p('p1', ['a', 'b'], ['c'])])))).toEqual(['a>c:1', 'b>c:1']);
  });
  it('mutual exchange: one edge per pair, marked mutual', () => {
    expect(edges(buildGraph(registerOf([p('p1', ['a', 'b', 'c'], ['a', 'b', 'c'], { mutual: true })])))).toEqual(['a<>b:1', 'a<>c:1', 'b<>c:1']);
  });
  it('two one-way protocols in opposite directions also make a mutual edge', () => {
    expect(edges(buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['b'], ['a'])])))).toEqual(['a<>b:2']);
  });
  it('weights an edge by the number of protocols behind it', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['b']), p('p3', ['a'], ['c'])]));
    expect(edges(g)).toEqual(['a>b:2', 'a>c:1']);
    expect(g.edges.find((e) => e.to === 'b')!.protocols).toEqual(['p1', 'p2']);
    expect(strokeWidth(2)).toBeGreaterThan(strokeWidth(1));
  });
  it('leaves ended protocols out of the in-force view', () => {
    const register = registerOf([p('old', ['a'], ['b'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }), p('new', ['a'], ['c'])]);
    expect(edges(buildGraph(register, { view: 'all' }))).toEqual(['a>b:1', 'a>c:1']);
    expect(edges(buildGraph(register, { view: 'in-force' }))).toEqual(['a>c:1']);
  });
  it('keeps only flows with the chosen data category', () => {
    const register = registerOf([p('p1', ['a'], ['b'], {}, ['insz']), p('p2', ['a'], ['c'], {}, ['diploma'])]);
    expect(edges(buildGraph(register, { category: 'insz' }))).toEqual(['a>b:1']);
    expect(buildGraph(register, { category: 'insz' }).nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });
  it('the neighbourhood of a party keeps its own edges only', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['c'], ['d']), p('p3', ['d'], ['a'])]);
    expect(edges(buildGraph(register, { party: 'a' }))).toEqual(['a>b:1', 'd>a:1']);
  });
  it('links an edge with one protocol to it, and one with several to its table row', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['c']), p('p3', ['a'], ['c'])]));
    expect(edgeHref(g.edges.find((e) => e.to === 'b')!)).toBe('/protocollen/p1/');
    expect(edgeHref(g.edges.find((e) => e.to === 'c')!)).toBe('#rel-a--c');
    expect(edgeTitle(g, g.edges.find((e) => e.to === 'c')!)).toBe('A → C: 2 protocollen');
  });
  it('collapses into policy domains, dropping flows within a domain', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['c'])]);
    const clustered = clusterByDomain(register, buildGraph(register));
    expect(clustered.nodes.map((n) => `${n.label}`)).toEqual(['Werk (2)', 'Zorg (1)']);
    expect(edges(clustered)).toEqual(['domein-werk>domein-zorg:1']);
  });
  it(`only collapses the whole network above ${MAX_DETAILED_NODES} parties`, () => {
    const ids = Array.from({ length: MAX_DETAILED_NODES + 2 }, (_, i) => `x${i}`);
    const protocols = ids.slice(1).map((id, i) => p(`q${i}`, ['x0'], [id]));
    const register = registerOf(protocols, ids);
    expect(buildNetwork(register).clustered).toBe(true);
    expect(buildNetwork(registerOf([p('p1', ['a'], ['b'])])).clustered).toBe(false);
  });
});

describe('graph layout', () => {
  it('places every node inside the drawing and routes every edge between its nodes', async () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b', 'c']), p('p2', ['b', 'c'], ['d']), p('p3', ['a', 'b'], ['a', 'b'], { mutual: true })]));
    const layout = await layoutGraph(g, { cacheDir: false });
    expect(layout.nodes).toHaveLength(4);
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    const drawing = toDrawing(g, layout, { edgeHref, edgeTitle: (e) => edgeTitle(g, e) });
    for (const e of drawing.edges) expect(e.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    // Senders are laid out left of their receivers (layered, left to right).
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('c')).toBeLessThan(x('d'));
  });
  it('caches a layout on disk by the hash of its input and reuses it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'layout-cache-'));
    const g = buildGraph(registerOf([p('p1', ['a'], ['b'])]));
    const first = await layoutGraph(g, { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const second = await layoutGraph(g, { cacheDir });
    expect(second).toEqual(first);
    await layoutGraph(buildGraph(registerOf([p('p1', ['a'], ['c'])])), { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });
});
