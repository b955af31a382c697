/**
 * The data-flow graph: parties as nodes, flows of personal data as directed edges from
 * sender to receiver, aggregated over protocols. Pure: it takes the register and returns
 * plain data, so it is tested without Astro and without a layout.
 *
 * Two shapes of graph:
 * - "layered": parties (or a few groups) and their flows; a pair that exchanges in both
 *   directions becomes one mutual edge. Used up to MAX_DETAILED_NODES parties, on party
 *   pages and in the diagram of one protocol.
 * - "bipartite": for large networks. Parties are grouped per policy domain; every group
 *   appears twice, once in the column "deelt mee" and once in the column "ontvangt", and
 *   every edge runs from left to right. Flows within one group stay visible (a group sends
 *   to itself). Edges are directed and never merged, so "mutual" is always false there.
 */
import { categoryLabel, type ProtocolView, type Register } from '../model/register.ts';
import type { Status } from '../model/status.ts';
import { routes } from '../site/routes.ts';
import { fold, unique } from '../text.ts';
import { countOf, protocolCount } from '../format.ts';

export type GraphView = 'all' | 'in-force';

export interface GraphOptions {
  view?: GraphView;
  /** Only flows that carry this data category. */
  category?: string;
  /** Only flows to or from this party (its neighbourhood). */
  party?: string;
  /** Only these protocols (e.g. the diagram of one protocol). */
  protocols?: string[];
}

export interface GraphNode {
  id: string;
  /** Visible label: the party's short name, or the group name with its size. */
  label: string;
  /** Full name, shown on hover and focus. */
  name: string;
  href: string;
  /** Policy domain. */
  group: string;
  kind: 'party' | 'cluster';
  /** For cluster nodes: how many parties it stands for. */
  size?: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Both directions exist: from → to and to → from (layered graphs only). */
  mutual: boolean;
  protocols: string[];
  categories: string[];
  statuses: Status[];
  /** Number of protocols behind the edge. */
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Some nodes stand for a group of parties. */
  clustered: boolean;
  layout: 'layered' | 'bipartite';
}

/** Above this many parties a view is grouped by policy domain. */
export const MAX_DETAILED_NODES = 60;
/** A party page shows its partners one by one up to this many; beyond, grouped per domain. */
export const MAX_PARTY_NEIGHBOURS = 16;
/** A domain view shows at most this many of its own parties one by one; larger domains get several parts. */
export const DOMAIN_PART_SIZE = 20;
/** A drawing shows at most this many edges (the strongest); the table always lists all of them. */
export const MAX_DRAWN_EDGES = 60;

const byLabel = (a: GraphNode, b: GraphNode) => a.label.localeCompare(b.label, 'nl') || a.id.localeCompare(b.id);

export function domainSlug(domain: string): string {
  return fold(domain, '-') || 'onbekend';
}

export const clusterId = (domain: string) => `domein-${domainSlug(domain)}`;

/** Protocols included in a view: "in-force" keeps only those in force on the register's date. */
export function protocolsInView(register: Register, options: GraphOptions): ProtocolView[] {
  // Start from the register's indexes: a graph per protocol or per party must not scan every
  // protocol (at 5,000 protocols that scan made up a third of the build).
  const candidates = options.protocols
    ? unique(options.protocols).flatMap((id) => register.protocolsById.get(id) ?? [])
    : options.party
      ? (register.protocolsByParty.get(options.party) ?? [])
      : options.category
        ? (register.protocolsByCategory.get(options.category) ?? [])
        : register.protocols;
  return options.view === 'in-force' ? candidates.filter((p) => p.status === 'in-force') : candidates;
}

/** One directed sender → receiver pair of one protocol. */
export interface Directed {
  from: string;
  to: string;
  protocol: string;
  status: Status;
  categories: string[];
}

/**
 * Aggregates directed pairs into edges, one per ordered pair. With `mergeMutual`, the two
 * directions of one pair become a single edge marked mutual.
 */
export function aggregateEdges(pairs: Directed[], options: { mergeMutual?: boolean } = {}): GraphEdge[] {
  const mergeMutual = options.mergeMutual ?? true;
  const byKey = new Map<string, { from: string; to: string; forward: boolean; backward: boolean; protocols: Set<string>; categories: Set<string>; statuses: Set<Status> }>();
  for (const pair of pairs) {
    const [a, b] = mergeMutual && pair.to < pair.from ? [pair.to, pair.from] : [pair.from, pair.to];
    const key = `${a}\u0000${b}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { from: pair.from, to: pair.to, forward: false, backward: false, protocols: new Set(), categories: new Set(), statuses: new Set() };
      byKey.set(key, entry);
    }
    if (pair.from === entry.from) entry.forward = true;
    else entry.backward = true;
    entry.protocols.add(pair.protocol);
    for (const c of pair.categories) entry.categories.add(c);
    entry.statuses.add(pair.status);
  }
  return [...byKey.values()]
    .map((e) => ({
      from: e.from,
      to: e.to,
      mutual: e.forward && e.backward,
      protocols: [...e.protocols].sort(),
      categories: [...e.categories].sort(),
      statuses: [...e.statuses].sort(),
      weight: e.protocols.size,
    }))
    .sort((x, y) => `${x.from}>${x.to}`.localeCompare(`${y.from}>${y.to}`));
}

/** The directed pairs of the protocols in a view, filtered by category and party. */
export function directedPairs(register: Register, options: GraphOptions = {}): Directed[] {
  const pairs: Directed[] = [];
  for (const protocol of protocolsInView(register, options)) {
    for (const pair of protocol.pairs) {
      if (options.category && !pair.dataCategories.includes(options.category)) continue;
      if (options.party && pair.from !== options.party && pair.to !== options.party) continue;
      pairs.push({ from: pair.from, to: pair.to, protocol: protocol.id, status: protocol.status, categories: pair.dataCategories });
    }
  }
  return pairs;
}

export function partyNode(register: Register, id: string): GraphNode {
  const party = register.parties.get(id);
  const label = party?.shortName ?? id;
  const name = party?.name ?? id;
  return { id, label, name, href: routes.party(id), group: party?.policyDomain ?? 'Onbekend', kind: 'party' };
}

function clusterNode(domain: string, size: number, options: { rest?: boolean } = {}): GraphNode {
  const parties = countOf(size, 'partij', 'partijen');
  return {
    id: clusterId(domain),
    label: options.rest ? `${domain}: andere (${size})` : `${domain} (${size})`,
    name: options.rest ? `Andere partijen van het beleidsdomein ${domain}: ${parties}` : `Beleidsdomein ${domain}: ${parties}`,
    href: routes.graphOfDomain(domainSlug(domain)),
    group: domain,
    kind: 'cluster',
    size,
  };
}

/** Party-level graph: every party a node, every sender → receiver pair an edge (mutual merged). */
export function buildGraph(register: Register, options: GraphOptions = {}): Graph {
  const pairs = directedPairs(register, options);
  const ids = unique(pairs.flatMap((p) => [p.from, p.to]));
  if (options.party && !ids.includes(options.party)) ids.push(options.party);
  return { nodes: ids.map((id) => partyNode(register, id)).sort(byLabel), edges: aggregateEdges(pairs), clustered: false, layout: 'layered' };
}

/**
 * Groups parties per policy domain. Parties in `keep` stay themselves; the others become
 * one node per domain. Pairs inside one group are kept as an edge from the group to
 * itself in the bipartite layout, and left out of a layered one.
 */
export function collapseByDomain(register: Register, pairs: Directed[], options: { keep?: Set<string>; layout: 'layered' | 'bipartite'; restOf?: string }): Graph {
  const keep = options.keep ?? new Set<string>();
  const domainOf = (id: string) => register.parties.get(id)?.policyDomain ?? 'Onbekend';
  const nodeOf = (id: string) => (keep.has(id) ? id : clusterId(domainOf(id)));
  const members = new Map<string, Set<string>>();
  for (const id of unique(pairs.flatMap((p) => [p.from, p.to]))) {
    if (keep.has(id)) continue;
    const domain = domainOf(id);
    members.set(domain, (members.get(domain) ?? new Set()).add(id));
  }
  const mapped = pairs.map((p) => ({ ...p, from: nodeOf(p.from), to: nodeOf(p.to) })).filter((p) => options.layout === 'bipartite' || p.from !== p.to);
  const nodes = [
    ...[...keep].filter((id) => mapped.some((p) => p.from === id || p.to === id)).map((id) => partyNode(register, id)),
    ...[...members.entries()].map(([domain, ids]) => clusterNode(domain, ids.size, { rest: domain === options.restOf })),
  ].sort(byLabel);
  return {
    nodes,
    edges: aggregateEdges(mapped, { mergeMutual: options.layout === 'layered' }),
    clustered: true,
    layout: options.layout,
  };
}

/** A whole-network view: party by party up to MAX_DETAILED_NODES parties, else grouped per domain. */
export function buildNetwork(register: Register, options: GraphOptions = {}): Graph {
  const graph = buildGraph(register, options);
  if (graph.nodes.length <= MAX_DETAILED_NODES) return graph;
  return collapseByDomain(register, directedPairs(register, options), { layout: 'bipartite' });
}

/** A party page: the party and its partners; with many partners, the partners grouped per domain. */
export function buildPartyGraph(register: Register, partyId: string, options: Omit<GraphOptions, 'party'> = {}): Graph {
  const graph = buildGraph(register, { ...options, party: partyId });
  if (graph.nodes.length - 1 <= MAX_PARTY_NEIGHBOURS) return graph;
  return collapseByDomain(register, directedPairs(register, { ...options, party: partyId }), { keep: new Set([partyId]), layout: 'layered' });
}

/** Policy domains that occur in the register, with their slugs. */
export function domainsOf(register: Register): { slug: string; name: string }[] {
  const names = unique([...register.parties.values()].map((p) => p.policyDomain)).sort((a, b) => a.localeCompare(b, 'nl'));
  return names.map((name) => ({ slug: domainSlug(name), name }));
}

export interface DomainPart {
  /** 1-based. */
  index: number;
  href: string;
  /** Short names of the first and last party in this part. */
  first: string;
  last: string;
  parties: string[];
}

/** The parties of a domain that have flows, split into parts of DOMAIN_PART_SIZE (by short name). */
export function domainParts(register: Register, slug: string, options: GraphOptions = {}): DomainPart[] {
  const active = new Set(directedPairs(register, options).flatMap((p) => [p.from, p.to]));
  const own = [...register.parties.entries()]
    .filter(([id, p]) => domainSlug(p.policyDomain) === slug && active.has(id))
    .map(([id]) => partyNode(register, id))
    .sort(byLabel);
  const count = Math.max(1, Math.ceil(own.length / DOMAIN_PART_SIZE));
  const size = Math.ceil(own.length / count) || 1;
  return Array.from({ length: count }, (_, i) => {
    const chunk = own.slice(i * size, (i + 1) * size);
    return {
      index: i + 1,
      href: routes.graphOfDomain(slug, i + 1),
      first: chunk[0]?.label ?? '',
      last: chunk.at(-1)?.label ?? '',
      parties: chunk.map((n) => n.id),
    };
  });
}

/**
 * The parties of one policy domain and everyone they exchange with. Small enough: party by
 * party. Otherwise the parties of this part stay themselves, all other parties are grouped
 * per domain (the rest of this domain as "andere"), drawn as two columns.
 */
export function buildDomainGraph(register: Register, slug: string, options: GraphOptions & { part?: number } = {}): Graph {
  const parts = domainParts(register, slug, options);
  const part = parts[(options.part ?? 1) - 1] ?? parts[0];
  const own = new Set(part?.parties ?? []);
  const pairs = directedPairs(register, options).filter((p) => own.has(p.from) || own.has(p.to));
  const graph: Graph = (() => {
    const ids = unique(pairs.flatMap((p) => [p.from, p.to]));
    return { nodes: ids.map((id) => partyNode(register, id)).sort(byLabel), edges: aggregateEdges(pairs), clustered: false, layout: 'layered' };
  })();
  if (parts.length === 1 && graph.nodes.length <= MAX_DETAILED_NODES / 2) return graph;
  const domain = domainsOf(register).find((d) => d.slug === slug)?.name;
  return collapseByDomain(register, pairs, { keep: own, layout: 'bipartite', restOf: domain });
}

/**
 * The edges a drawing shows: all of them up to `max`. Beyond, edges are ranked per node:
 * first the strongest edge out of and into every node (so no node is left without a line,
 * even if that exceeds `max`), then the second strongest, and so on, heaviest first within
 * a rank. The table under the drawing always lists every edge.
 */
export function selectDrawnEdges(graph: Graph, max = MAX_DRAWN_EDGES): { edges: GraphEdge[]; hidden: number } {
  if (graph.edges.length <= max) return { edges: graph.edges, hidden: 0 };
  const heaviest = (a: GraphEdge, b: GraphEdge) => b.weight - a.weight || `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`);
  const rank = new Map<GraphEdge, number>();
  const rankBy = (key: (e: GraphEdge) => string) => {
    const groups = new Map<string, GraphEdge[]>();
    for (const e of graph.edges) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
    for (const list of groups.values()) {
      list.sort(heaviest).forEach((e, i) => {
        rank.set(e, Math.min(rank.get(e) ?? Infinity, i));
      });
    }
  };
  rankBy((e) => e.from);
  rankBy((e) => e.to);
  const ordered = [...graph.edges].sort((a, b) => rank.get(a)! - rank.get(b)! || heaviest(a, b));
  const chosen = new Set(ordered.filter((e, i) => i < max || rank.get(e) === 0));
  const edges = graph.edges.filter((e) => chosen.has(e));
  return { edges, hidden: graph.edges.length - edges.length };
}

/** Label of a node id (party short name or cluster label). */
export function nodeLabel(graph: Graph, id: string): string {
  return graph.nodes.find((n) => n.id === id)?.label ?? id;
}

/** Accessible name of a node: it starts with the visible label (WCAG 2.5.3), then the full name. */
export function nodeTitle(node: GraphNode): string {
  return node.name === node.label ? node.label : `${node.label}: ${node.name}`;
}

/** No protocol behind the edge is in force today (all ended, one-off or not yet started). */
export function edgeInactive(edge: Pick<GraphEdge, 'statuses'>): boolean {
  return !edge.statuses.includes('in-force');
}

/** "VLAIO naar VDAB: 2 protocollen" / "VLAIO en FIO, in beide richtingen: 1 protocol". Used as the link text of an edge. */
export function edgeTitle(graph: Graph, edge: GraphEdge): string {
  const from = nodeLabel(graph, edge.from);
  const to = nodeLabel(graph, edge.to);
  const pair = edge.from === edge.to ? `Binnen ${from}` : edge.mutual ? `${from} en ${to}, in beide richtingen` : `${from} naar ${to}`;
  return `${pair}: ${edgeProtocolCount(edge)}`;
}

/** "2 protocollen", "1 protocol (niet van kracht)". */
export function edgeProtocolCount(edge: Pick<GraphEdge, 'weight' | 'statuses'>): string {
  const count = protocolCount(edge.weight);
  return edgeInactive(edge) ? `${count} (${edge.weight === 1 ? 'niet' : 'geen enkel'} van kracht)` : count;
}

/** The text alternative of a network drawing: what it shows, in numbers, and how to read it. */
export function graphDescription(graph: Graph): string {
  const mutual = graph.edges.filter((e) => e.mutual).length;
  const what = graph.clustered ? 'vakken (partijen of groepen van partijen)' : 'partijen';
  const reading = graph.layout === 'bipartite' ? 'Links staat wie gegevens meedeelt, rechts wie ze ontvangt.' : 'Elke pijl wijst van wie gegevens meedeelt naar wie ze ontvangt.';
  return `${graph.nodes.length} ${what} en ${countOf(graph.edges.length, 'verbinding', 'verbindingen')}${mutual ? `, waarvan ${mutual} wederzijds` : ''}. ${reading} De tabel onder de tekening bevat dezelfde gegevens.`;
}

/** A flow in a sentence: "VLAIO geeft gegevens door aan VDAB." */
export function flowSentence(graph: Graph, edge: GraphEdge): string {
  const from = nodeLabel(graph, edge.from);
  const to = nodeLabel(graph, edge.to);
  if (edge.from === edge.to) return `Partijen binnen ${from} geven elkaar gegevens door`;
  return edge.mutual ? `${from} en ${to} geven elkaar gegevens door` : `${from} geeft gegevens door aan ${to}`;
}

/** Anchor of an edge's row in the table under the drawing. */
export const edgeAnchor = (edge: Pick<GraphEdge, 'from' | 'to'>) => `rel-${edge.from}--${edge.to}`;

/** An edge with one protocol links to it; otherwise to its row in the table under the graph. */
export function edgeHref(edge: GraphEdge, several: (edge: GraphEdge) => string = (e) => `#${edgeAnchor(e)}`): string {
  const [only, ...more] = edge.protocols;
  return only !== undefined && more.length === 0 ? routes.protocol(only) : several(edge);
}

/** A party page has no table under its drawing: an edge with several protocols leads to the party's own list of them. */
export function partyEdgeHref(partyId: string): (edge: GraphEdge) => string {
  return (edge) => edgeHref(edge, (e) => routes.partyFlows(partyId, e.from === partyId ? 'sends' : 'receives'));
}

export interface TableRow {
  id: string;
  /** id: the node (a party or a group of parties), party: whether it is one party. */
  from: { id: string; party: boolean; label: string; href: string; name?: string };
  to: { id: string; party: boolean; label: string; href: string; name?: string };
  mutual: boolean;
  /** Flows within one group (bipartite drawings). */
  within: boolean;
  categories: { id: string; label: string }[];
  protocols: { id: string; title: string }[];
  /** Protocols not listed in the row, and where to find them all. */
  more: number;
  moreHref?: string;
  moreLabel?: string;
  statuses: { status: Status; count: number }[];
  weight: number;
}

/** The text alternative of a graph: one row per edge (every edge, also those not drawn). */
export function tableRows(register: Register, graph: Graph, options: { maxProtocols?: number } = {}): TableRow[] {
  const max = options.maxProtocols ?? (graph.clustered ? 3 : 10);
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const protocols = new Map(register.protocols.map((p) => [p.id, p]));
  const statusOrder: Status[] = ['in-force', 'unconfirmed', 'not-yet', 'one-off', 'ended'];
  // The full name beside the short one: the list is what a phone shows first, and it has no hover.
  const end = (id: string) => {
    const node = nodes.get(id);
    const label = node?.label ?? id;
    return { id, party: node?.kind === 'party', label, href: node?.href ?? routes.party(id), ...(node && node.kind === 'party' && node.name !== label ? { name: node.name } : {}) };
  };
  return graph.edges
    .map((edge) => {
      const from = nodes.get(edge.from);
      const counts = new Map<Status, number>();
      for (const id of edge.protocols) {
        const status = protocols.get(id)?.status;
        if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
      }
      const more = Math.max(0, edge.protocols.length - max);
      return {
        id: edgeAnchor(edge),
        from: end(edge.from),
        to: end(edge.to),
        mutual: edge.mutual,
        within: edge.from === edge.to,
        categories: edge.categories.map((id) => ({ id, label: categoryLabel(register, id) })).sort((a, b) => a.label.localeCompare(b.label, 'nl')),
        protocols: edge.protocols.slice(0, max).map((id) => ({ id, title: protocols.get(id)?.data.title ?? id })),
        more,
        moreHref: more ? (from?.kind === 'party' ? routes.protocolsOfParty(from.id) : from?.href) : undefined,
        moreLabel: more ? (from?.kind === 'party' ? `alle protocollen van ${from.label}` : `bekijk de partijen van ${from?.label ?? edge.from}`) : undefined,
        statuses: statusOrder.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! })),
        weight: edge.weight,
      };
    })
    .sort((a, b) => a.from.label.localeCompare(b.from.label, 'nl') || a.to.label.localeCompare(b.to.label, 'nl'));
}
