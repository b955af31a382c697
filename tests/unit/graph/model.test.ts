// The data-flow graph's model (pure): aggregation, views, large graphs and the table rows.
// Built from small hand-written protocols, not from output of the code under test.
import { describe, expect, it } from 'vitest';
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
import { party, protocol, protocolData } from '../fixtures/content.ts';
import { defined } from '../../support/defined.ts';
import { edges, item, p, registerOf, roles } from './fixture.ts';

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
