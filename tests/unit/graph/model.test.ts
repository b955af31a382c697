// The data-flow graph: aggregation (pure), layout (elkjs) and the shapes drawn from it.
// Built from small hand-written protocols, not from output of the code under test.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import {
  buildDomainGraph,
  buildGraph,
  buildNetwork,
  buildPartyGraph,
  collapseByDomain,
  directedPairs,
  domainParts,
  edgeHref,
  partyEdgeHref,
  edgeTitle,
  flowSentence,
  graphDescription,
  nodeTitle,
  selectDrawnEdges,
  tableRows,
  DOMAIN_PART_SIZE,
  MAX_DETAILED_NODES,
  MAX_PARTY_NEIGHBOURS,
  type Graph,
} from '../../../src/lib/graph/model.ts';
import {
  drawnGraph,
  forgetLayouts,
  layoutKey,
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
import { escapeXml, renderSvg } from '../../../src/lib/graph/svg.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';
import { defined } from '../../support/defined.ts';

const item = (...dataCategories: string[]) => ({ label: 'G', description: 'd', dataCategories });
const roles = (senders: string[], receivers: string[], mutual = false) =>
  [...new Set([...senders, ...receivers])].map((id) => ({ party: id, role: mutual ? 'both' : senders.includes(id) ? 'sends' : 'receives' }));
/** A protocol in which `from` send to `to` (all pairs), carrying `categories`. */
const p = (id: string, from: string[], to: string[], extra: Record<string, unknown> = {}, categories = ['diploma']) =>
  protocol(
    id,
    protocolData({
      title: `Protocol ${id}`,
      parties: roles(from, to, Boolean(extra.mutual)),
      purposes: [{ party: to[0], text: 'Doel' }],
      recipients: { internal: [] },
      flows: [{ from, to, mutual: Boolean(extra.mutual), dataItems: [item(...categories)] }],
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'mutual')),
    }),
  );

/** Parties a, b, c, d: a and c in domain "Werk", b and d in "Zorg" (unless given). */
function registerOf(protocols: ReturnType<typeof protocol>[], parties: string[] | ReturnType<typeof party>[] = ['a', 'b', 'c', 'd']) {
  const entries = parties.map((x, i) => (typeof x === 'string' ? party(x, { policyDomain: i % 2 ? 'Zorg' : 'Werk' }) : x));
  const raw = content(protocols, { parties: entries });
  const result = validateContent(raw);
  expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  return buildRegister(result, '2026-11-22');
}
const edges = (g: Graph) => g.edges.map((e) => `${e.from}${e.mutual ? '<>' : '>'}${e.to}:${e.weight}`).sort();

describe('graph aggregation', () => {
  it('describes a drawing in words: parties, connections, mutual ones, and how to read it', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['c', 'd'], ['c', 'd'], { mutual: true })]));
    expect(graphDescription(g)).toMatch(/^4 partijen en 2 verbindingen, waarvan 1 wederzijds\. .+ De tabel onder de tekening bevat dezelfde gegevens\.$/);
    expect(graphDescription(buildGraph(registerOf([p('p1', ['a'], ['b'])])))).toMatch(/^2 partijen en 1 verbinding\. /);
  });

  it('one-to-one: one edge from sender to receiver, nodes link to party pages', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b'])]));
    expect(edges(g)).toEqual(['a>b:1']);
    expect(g.nodes.map((n) => [n.id, n.label, n.name, n.href, n.group])).toEqual([
      ['a', 'A', 'Agentschap A', '/partijen/a/', 'Werk'],
      ['b', 'B', 'Agentschap B', '/partijen/b/', 'Zorg'],
    ]);
    expect(g.edges[0]).toMatchObject({ protocols: ['p1'], categories: ['diploma'], statuses: ['in-force'], mutual: false });
  });

  it('one-to-many (seed 003) and many-to-one (seed 001)', () => {
    expect(edges(buildGraph(registerOf([p('p1', ['a'], ['b', 'c', 'd'])])))).toEqual(['a>b:1', 'a>c:1', 'a>d:1']);
    expect(edges(buildGraph(registerOf([p('p1', ['a', 'b'], ['c'])])))).toEqual(['a>c:1', 'b>c:1']);
  });

  it('mutual exchange (seed 002): one edge per pair, marked mutual, no party sends to itself', () => {
    expect(edges(buildGraph(registerOf([p('p1', ['a', 'b', 'c'], ['a', 'b', 'c'], { mutual: true })])))).toEqual(['a<>b:1', 'a<>c:1', 'b<>c:1']);
  });

  it('two one-way protocols in opposite directions also make a mutual edge', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['b'], ['a'])]));
    expect(edges(g)).toEqual(['a<>b:2']);
    expect(g.edges[0]?.protocols).toEqual(['p1', 'p2']);
  });

  it('weights an edge by the number of protocols behind it', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['b']), p('p3', ['a'], ['c'])]));
    expect(edges(g)).toEqual(['a>b:2', 'a>c:1']);
    expect(g.edges.find((e) => e.to === 'b')!.protocols).toEqual(['p1', 'p2']);
  });

  it('collects the data categories and statuses of all protocols of an edge', () => {
    const g = buildGraph(
      registerOf([p('p1', ['a'], ['b'], {}, ['insz']), p('p2', ['a'], ['b'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }, ['diploma', 'insz'])]),
    );
    expect(g.edges[0]).toMatchObject({ categories: ['diploma', 'insz'], statuses: ['ended', 'in-force'], weight: 2 });
  });

  it('leaves ended (and other not in force) protocols out of the in-force view', () => {
    const register = registerOf([
      p('old', ['a'], ['b'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }),
      p('once', ['a'], ['d'], { periodicity: 'one-off' }),
      p('new', ['a'], ['c']),
    ]);
    expect(edges(buildGraph(register, { view: 'all' }))).toEqual(['a>b:1', 'a>c:1', 'a>d:1']);
    expect(edges(buildGraph(register, { view: 'in-force' }))).toEqual(['a>c:1']);
    expect(buildGraph(register, { view: 'in-force' }).nodes.map((n) => n.id)).toEqual(['a', 'c']);
  });

  it('category view: keeps only flows that carry the chosen data category', () => {
    const register = registerOf([p('p1', ['a'], ['b'], {}, ['insz']), p('p2', ['a'], ['c'], {}, ['diploma']), p('p3', ['d'], ['b'], {}, ['diploma', 'insz'])]);
    expect(edges(buildGraph(register, { category: 'insz' }))).toEqual(['a>b:1', 'd>b:1']);
    expect(buildGraph(register, { category: 'insz' }).nodes.map((n) => n.id)).toEqual(['a', 'b', 'd']);
    expect(edges(buildGraph(register, { category: 'gezondheid' }))).toEqual([]);
  });

  it('a category view takes the category per flow, not per protocol', () => {
    const two = protocol(
      'two',
      protocolData({
        parties: roles(['a', 'c'], ['b', 'd']),
        flows: [
          { from: ['a'], to: ['b'], dataItems: [item('insz')] },
          { from: ['c'], to: ['d'], dataItems: [item('diploma')] },
        ],
      }),
    );
    expect(edges(buildGraph(registerOf([two]), { category: 'insz' }))).toEqual(['a>b:1']);
  });

  it('the neighbourhood of a party keeps its own edges only', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['c'], ['d']), p('p3', ['d'], ['a'])]);
    expect(edges(buildGraph(register, { party: 'a' }))).toEqual(['a>b:1', 'd>a:1']);
    expect(edges(buildPartyGraph(register, 'a'))).toEqual(['a>b:1', 'd>a:1']);
  });

  it('the diagram of one protocol has only that protocol’s flows', () => {
    const register = registerOf([p('p1', ['a', 'b'], ['c']), p('p2', ['c'], ['d'])]);
    expect(edges(buildGraph(register, { protocols: ['p1'] }))).toEqual(['a>c:1', 'b>c:1']);
  });

  it('links an edge with one protocol to it, and one with several to its table row', () => {
    const g = buildGraph(registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['c']), p('p3', ['a'], ['c'])]));
    expect(edgeHref(g.edges.find((e) => e.to === 'b')!)).toBe('/protocollen/p1/');
    expect(edgeHref(g.edges.find((e) => e.to === 'c')!)).toBe('#rel-a--c');
  });

  it('on a party page, which has no table, links an edge with several protocols to the party’s list of what it sends or receives', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['c']), p('p3', ['a'], ['c']), p('p4', ['d'], ['a']), p('p5', ['d'], ['a'])]);
    const link = partyEdgeHref('a');
    const g = buildPartyGraph(register, 'a');
    expect(link(g.edges.find((e) => e.to === 'b')!)).toBe('/protocollen/p1/');
    expect(link(g.edges.find((e) => e.to === 'c')!)).toBe('/partijen/a/#deelt-mee');
    expect(link(g.edges.find((e) => e.from === 'd')!)).toBe('/partijen/a/#ontvangt');
  });

  it('names edges and nodes in words, starting with the visible label', () => {
    const register = registerOf([
      p('p1', ['a'], ['c']),
      p('p2', ['a'], ['c']),
      p('p3', ['a', 'b'], ['a', 'b'], { mutual: true }),
      p('p4', ['d'], ['c'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }),
    ]);
    const g = buildGraph(register);
    const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)!;
    expect(edgeTitle(g, edge('a', 'c'))).toBe('A naar C: 2 protocollen');
    expect(edgeTitle(g, edge('a', 'b'))).toBe('A en B, in beide richtingen: 1 protocol');
    expect(edgeTitle(g, edge('d', 'c'))).toBe('D naar C: 1 protocol (niet van kracht)');
    expect(flowSentence(g, edge('a', 'b'))).toBe('A en B geven elkaar gegevens door');
    expect(flowSentence(g, edge('a', 'c'))).toBe('A geeft gegevens door aan C');
    expect(nodeTitle(defined(g.nodes[0]))).toBe('A: Agentschap A');
  });
});

describe('large graphs', () => {
  /** n parties x0…x(n-1); x0 sends to all others; domains alternate between Werk and Zorg. */
  function star(n: number, domainOf = (i: number) => (i % 2 ? 'Zorg' : 'Werk')) {
    const ids = Array.from({ length: n }, (_, i) => `x${i}`);
    const parties = ids.map((id, i) => party(id, { policyDomain: domainOf(i) }));
    return registerOf(
      ids.slice(1).map((id, i) => p(`q${i}`, ['x0'], [id])),
      parties,
    );
  }

  it('groups parties per policy domain; flows within a domain are kept as a group sending to itself', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['a'], ['c']), p('p3', ['b'], ['a'])]);
    const grouped = collapseByDomain(register, directedPairs(register), { layout: 'bipartite' });
    expect(grouped.nodes.map((n) => [n.id, n.label, n.kind, n.size, n.href])).toEqual([
      ['domein-werk', 'Werk (2)', 'cluster', 2, '/graaf/domein/werk/'],
      ['domein-zorg', 'Zorg (1)', 'cluster', 1, '/graaf/domein/zorg/'],
    ]);
    // Bipartite: directions stay apart, never merged into "mutual".
    expect(edges(grouped)).toEqual(['domein-werk>domein-werk:1', 'domein-werk>domein-zorg:1', 'domein-zorg>domein-werk:1']);
  });

  it(`only groups the whole network above ${MAX_DETAILED_NODES} parties`, () => {
    expect(buildNetwork(star(MAX_DETAILED_NODES)).clustered).toBe(false);
    const big = buildNetwork(star(MAX_DETAILED_NODES + 1));
    expect(big).toMatchObject({ clustered: true, layout: 'bipartite' });
    expect(edges(big)).toEqual([`domein-werk>domein-werk:${MAX_DETAILED_NODES / 2}`, `domein-werk>domein-zorg:${MAX_DETAILED_NODES / 2}`]);
  });

  it(`groups the partners of a party per domain above ${MAX_PARTY_NEIGHBOURS} partners, keeping the party itself`, () => {
    expect(buildPartyGraph(star(MAX_PARTY_NEIGHBOURS + 1), 'x0').clustered).toBe(false);
    const g = buildPartyGraph(star(MAX_PARTY_NEIGHBOURS + 2), 'x0');
    expect(g).toMatchObject({ clustered: true, layout: 'layered' });
    expect(g.nodes.map((n) => n.label)).toEqual(['Werk (8)', 'X0', 'Zorg (9)']);
    expect(edges(g)).toEqual(['x0>domein-werk:8', 'x0>domein-zorg:9']);
  });

  it(`splits a large domain into parts of at most ${DOMAIN_PART_SIZE} parties; the rest of the domain becomes one group`, () => {
    const n = 2 * DOMAIN_PART_SIZE + 5;
    const register = star(n, (i) => (i === 0 ? 'Werk' : 'Zorg'));
    const parts = domainParts(register, 'zorg');
    expect(parts).toHaveLength(3);
    expect(parts.flatMap((part) => part.parties).sort()).toEqual(Array.from({ length: n - 1 }, (_, i) => `x${i + 1}`).sort());
    expect(parts.every((part) => part.parties.length <= DOMAIN_PART_SIZE)).toBe(true);
    expect(parts.map((part) => part.href)).toEqual(['/graaf/domein/zorg/', '/graaf/domein/zorg/deel-2/', '/graaf/domein/zorg/deel-3/']);
    const second = buildDomainGraph(register, 'zorg', { part: 2 });
    expect(second.layout).toBe('bipartite');
    const own = second.nodes
      .filter((node) => node.kind === 'party')
      .map((node) => node.id)
      .sort();
    expect(own).toEqual([...defined(parts[1]).parties].sort());
    expect(second.nodes.filter((node) => node.kind === 'cluster').map((node) => node.label)).toEqual(['Werk (1)']);
  });

  it('a small domain view shows every party and its partners', () => {
    const register = registerOf([p('p1', ['a'], ['b']), p('p2', ['c'], ['d']), p('p3', ['d'], ['b'])]);
    const g = buildDomainGraph(register, 'werk');
    expect(g.clustered).toBe(false);
    expect(edges(g)).toEqual(['a>b:1', 'c>d:1']);
  });

  it('draws at most the strongest edges, but keeps a line for every node', () => {
    const graph: Graph = {
      nodes: [],
      clustered: true,
      layout: 'bipartite',
      edges: [
        { from: 'a', to: 'b', weight: 9 },
        { from: 'a', to: 'c', weight: 8 },
        { from: 'b', to: 'c', weight: 7 },
        { from: 'd', to: 'a', weight: 1 },
      ].map((e) => ({ ...e, mutual: false, protocols: [], categories: [], statuses: [] })),
    };
    const { edges: kept, hidden } = selectDrawnEdges(graph, 2);
    expect(kept.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'a>c', 'b>c', 'd>a']);
    expect(hidden).toBe(0);
    const fewer = selectDrawnEdges({ ...graph, edges: [...graph.edges, { ...defined(graph.edges[1]), from: 'b', to: 'b', weight: 1 }] }, 2);
    expect(fewer.hidden).toBe(1);
    expect(selectDrawnEdges(graph, 10).edges).toHaveLength(4);
  });

  it('the table has a row for every edge, with protocols, statuses and a link to the rest', () => {
    const register = registerOf([
      p('p1', ['a'], ['b']),
      p('p2', ['a'], ['b'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } }),
      p('p3', ['a'], ['b']),
      p('p4', ['c'], ['b'], {}, ['insz']),
    ]);
    const rows = tableRows(register, buildGraph(register), { maxProtocols: 2 });
    expect(rows.map((r) => r.id)).toEqual(['rel-a--b', 'rel-c--b']);
    expect(rows[0]).toMatchObject({
      from: { label: 'A', href: '/partijen/a/' },
      to: { label: 'B', href: '/partijen/b/' },
      protocols: [{ id: 'p1' }, { id: 'p2' }],
      more: 1,
      moreHref: '/protocollen/partij/a/',
      statuses: [
        { status: 'in-force', count: 2 },
        { status: 'ended', count: 1 },
      ],
    });
    expect(rows[1]?.categories).toEqual([{ id: 'insz', label: 'insz' }]);
  });
});

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
    const files = readdirSync(cacheDir);
    expect(files).toEqual([`${layoutKey(g)}.json`]);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    const cached = JSON.parse(readFileSync(join(cacheDir, defined(files[0])), 'utf8'));
    expect(cached.key).toBe(layoutKey(g));
    expect(cached.layout.nodes.map((n: { x: number }) => n.x)).toEqual(first.nodes.map((n) => n.x));
    const second = await layoutGraph(g, { cacheDir });
    expect(second).toEqual(first);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    // Another graph of the same shape and sizes shares the layout; another shape does not.
    const same = await layoutGraph(buildGraph(registerOf([p('p1', ['c'], ['d'])])), { cacheDir });
    expect(same.nodes.map((n) => n.id)).toEqual(['c', 'd']);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    await layoutGraph(buildGraph(registerOf([p('p1', ['a'], ['b', 'c'])])), { cacheDir });
    expect(readdirSync(cacheDir)).toHaveLength(2);
  });

  it("a cached file that is this input's layout is used as is (a hit does not lay out again); any other is laid out again", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'layout-cache-'));
    const g = buildGraph(registerOf([p('p1', ['c'], ['d']), p('p2', ['d'], ['a'])]));
    const laidOut = await layoutGraph(g, { cacheDir });
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

describe('SVG markup', () => {
  it('writes an accessible SVG: title and description, links for nodes and edges, arrowheads, escaped text', async () => {
    const register = registerOf(
      [p('p1', ['a'], ['b']), p('p2', ['b', 'c'], ['b', 'c'], { mutual: true }), p('p3', ['c'], ['d'], { entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' } })],
      [party('a', { shortName: 'A&B', name: 'Agentschap "A" <en> B' }), party('b'), party('c'), party('d')],
    );
    const g = buildGraph(register);
    const drawing = toDrawing(g, await layoutGraph(g, { cacheDir: false }), { edgeHref, nodeTitle, edgeTitle: (e) => edgeTitle(g, e) });
    const svg = renderSvg(drawing, { id: 'x', title: 'Wie deelt met wie?', description: 'Vier partijen & drie verbindingen.' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" aria-labelledby="x-title x-desc" data-graph="x">/);
    expect(svg).not.toContain('role=');
    expect(svg).toContain('<title id="x-title">Wie deelt met wie?</title><desc id="x-desc">Vier partijen &amp; drie verbindingen.</desc>');
    expect(svg.match(/<marker /g)).toHaveLength(3);
    // Nodes: a link to the party page, named by the visible label and the full name.
    expect(svg).toContain('<a href="/partijen/a/" class="node" data-node="a" data-neighbours="b"><title>A&amp;B: Agentschap &quot;A&quot; &lt;en&gt; B</title>');
    expect(svg).toContain('>A&amp;B</text>');
    expect(svg).not.toMatch(/<en>/);
    expect(svg.match(/<a href="\/partijen\//g)).toHaveLength(4);
    // Edges: the mutual one has two arrowheads, the one not in force is dashed.
    const edge = (from: string, to: string) => svg.match(new RegExp(`<a href="[^"]*" class="edge" data-from="${from}" data-to="${to}"[^>]*>.*?</a>`))![0];
    expect(edge('b', 'c')).toMatch(/class="edge-line"[^>]*marker-end="url\(#x-arrow-s\)" marker-start="url\(#x-arrow-s\)"/);
    expect(edge('a', 'b')).not.toContain('marker-start');
    expect(edge('c', 'd')).toContain('stroke-dasharray="8 6"');
    expect(edge('c', 'd')).toContain('<a href="/protocollen/p3/"');
    expect(edge('c', 'd')).toContain('<title>C naar D: 1 protocol (niet van kracht)</title>');
  });

  it('escapes markup in any text', () => {
    expect(escapeXml(`<script>"x" & 'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;');
  });
});
