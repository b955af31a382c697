/**
 * The data-flow graph: parties as nodes, flows of personal data as directed edges from
 * sender to receiver, aggregated over protocols. A pair that exchanges in both directions
 * becomes one mutual edge. Large graphs are collapsed into policy-domain clusters.
 */
import type { ProtocolView, Register } from './register.ts';
import type { Status } from './status.ts';

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
  label: string;
  name: string;
  href: string;
  group: string;
  /** For cluster nodes: how many parties it stands for. */
  size?: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** Both directions exist: from → to and to → from. */
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
  clustered: boolean;
}

const unique = <T,>(values: T[]): T[] => [...new Set(values)];

export function domainSlug(domain: string): string {
  return domain.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Protocols included in a view: "in-force" keeps only those in force on the register's date. */
export function protocolsInView(register: Register, options: GraphOptions): ProtocolView[] {
  return register.protocols.filter((p) => {
    if (options.protocols && !options.protocols.includes(p.id)) return false;
    if (options.view === 'in-force' && p.status !== 'in-force') return false;
    return true;
  });
}

interface Directed { from: string; to: string; protocol: ProtocolView; categories: string[] }

/** Aggregates directed pairs into edges; opposite directions of one pair become one mutual edge. */
export function aggregateEdges(pairs: Directed[]): GraphEdge[] {
  const byKey = new Map<string, { from: string; to: string; forward: boolean; backward: boolean; protocols: Set<string>; categories: Set<string>; statuses: Set<Status> }>();
  for (const pair of pairs) {
    const [a, b] = pair.from < pair.to ? [pair.from, pair.to] : [pair.to, pair.from];
    const key = `${a}\u0000${b}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { from: pair.from, to: pair.to, forward: false, backward: false, protocols: new Set(), categories: new Set(), statuses: new Set() };
      byKey.set(key, entry);
    }
    if (pair.from === entry.from) entry.forward = true;
    else entry.backward = true;
    entry.protocols.add(pair.protocol.id);
    pair.categories.forEach((c) => entry!.categories.add(c));
    entry.statuses.add(pair.protocol.status);
  }
  return [...byKey.values()].map((e) => ({
    from: e.from,
    to: e.to,
    mutual: e.forward && e.backward,
    protocols: [...e.protocols].sort(),
    categories: [...e.categories].sort(),
    statuses: [...e.statuses].sort(),
    weight: e.protocols.size,
  }));
}

function directedPairs(register: Register, options: GraphOptions): Directed[] {
  const pairs: Directed[] = [];
  for (const protocol of protocolsInView(register, options)) {
    for (const pair of protocol.pairs) {
      if (options.category && !pair.dataCategories.includes(options.category)) continue;
      if (options.party && pair.from !== options.party && pair.to !== options.party) continue;
      pairs.push({ from: pair.from, to: pair.to, protocol, categories: pair.dataCategories });
    }
  }
  return pairs;
}

export function partyNode(register: Register, id: string): GraphNode {
  const party = register.parties.get(id);
  return { id, label: party?.shortName ?? id, name: party?.name ?? id, href: `/partijen/${id}/`, group: party?.policyDomain ?? '' };
}

export function buildGraph(register: Register, options: GraphOptions = {}): Graph {
  const pairs = directedPairs(register, options);
  const edges = aggregateEdges(pairs);
  const ids = unique(pairs.flatMap((p) => [p.from, p.to]));
  if (options.party && !ids.includes(options.party)) ids.push(options.party);
  const nodes = ids.map((id) => partyNode(register, id)).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return { nodes, edges: edges.sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)), clustered: false };
}

/**
 * Collapses parties into one node per policy domain. Edges between domains are aggregated;
 * flows within one domain are counted on the cluster node but not drawn.
 */
export function clusterByDomain(register: Register, graph: Graph): Graph {
  const domainOf = (id: string) => graph.nodes.find((n) => n.id === id)?.group || 'Onbekend';
  const members = new Map<string, string[]>();
  for (const node of graph.nodes) members.set(node.group || 'Onbekend', [...(members.get(node.group || 'Onbekend') ?? []), node.id]);
  const nodes: GraphNode[] = [...members.entries()].map(([domain, ids]) => ({
    id: `domein-${domainSlug(domain)}`,
    label: `${domain} (${ids.length})`,
    name: `${domain}: ${ids.length} partijen`,
    href: `/graaf/domein/${domainSlug(domain)}/`,
    group: domain,
    size: ids.length,
  }));
  const byProtocol = new Map(register.protocols.map((p) => [p.id, p]));
  const pairs: Directed[] = [];
  for (const edge of graph.edges) {
    const from = `domein-${domainSlug(domainOf(edge.from))}`;
    const to = `domein-${domainSlug(domainOf(edge.to))}`;
    if (from === to) continue;
    for (const id of edge.protocols) {
      const protocol = byProtocol.get(id)!;
      pairs.push({ from, to, protocol, categories: edge.categories });
      if (edge.mutual) pairs.push({ from: to, to: from, protocol, categories: edge.categories });
    }
  }
  return { nodes: nodes.sort((a, b) => a.label.localeCompare(b.label, 'nl')), edges: aggregateEdges(pairs), clustered: true };
}

/** Above this many nodes the whole-network view is collapsed into policy domains. */
export const MAX_DETAILED_NODES = 60;

export function buildNetwork(register: Register, options: GraphOptions = {}): Graph {
  const graph = buildGraph(register, options);
  return graph.nodes.length > MAX_DETAILED_NODES ? clusterByDomain(register, graph) : graph;
}

/** The parties of one policy domain and everyone they exchange with (collapsed when large). */
export function buildDomainGraph(register: Register, domain: string, options: GraphOptions = {}): Graph {
  const inDomain = new Set([...register.parties.entries()].filter(([, p]) => domainSlug(p.policyDomain) === domain).map(([id]) => id));
  const full = buildGraph(register, options);
  const edges = full.edges.filter((e) => inDomain.has(e.from) || inDomain.has(e.to));
  const ids = new Set(edges.flatMap((e) => [e.from, e.to]));
  const graph: Graph = { nodes: full.nodes.filter((n) => ids.has(n.id)), edges, clustered: false };
  if (graph.nodes.length <= MAX_DETAILED_NODES) return graph;
  // Too many neighbours: keep the domain's own parties, collapse the others per domain.
  const outside = clusterByDomain(register, { nodes: graph.nodes.filter((n) => !inDomain.has(n.id)), edges: [], clustered: false });
  const clusterOf = (id: string) => (inDomain.has(id) ? id : `domein-${domainSlug(register.parties.get(id)?.policyDomain ?? 'Onbekend')}`);
  const byProtocol = new Map(register.protocols.map((p) => [p.id, p]));
  const pairs: Directed[] = graph.edges.flatMap((e) => e.protocols.flatMap((id) => {
    const protocol = byProtocol.get(id)!;
    const forward = { from: clusterOf(e.from), to: clusterOf(e.to), protocol, categories: e.categories };
    return e.mutual ? [forward, { from: forward.to, to: forward.from, protocol, categories: e.categories }] : [forward];
  }));
  return { nodes: [...graph.nodes.filter((n) => inDomain.has(n.id)), ...outside.nodes], edges: aggregateEdges(pairs.filter((p) => p.from !== p.to)), clustered: true };
}

/** Policy domains that occur in the register, with their slugs. */
export function domainsOf(register: Register): { slug: string; name: string }[] {
  const names = unique([...register.parties.values()].map((p) => p.policyDomain)).sort((a, b) => a.localeCompare(b, 'nl'));
  return names.map((name) => ({ slug: domainSlug(name), name }));
}

/** Label of a node id (party short name or cluster label). */
export function nodeLabel(graph: Graph, id: string): string {
  return graph.nodes.find((n) => n.id === id)?.label ?? id;
}

/** "VLAIO → VDAB: 2 protocollen" / "VLAIO ⇄ FIO (wederzijds): 1 protocol". */
export function edgeTitle(graph: Graph, edge: GraphEdge): string {
  const arrow = edge.mutual ? '⇄' : '→';
  const count = `${edge.weight} ${edge.weight === 1 ? 'protocol' : 'protocollen'}`;
  const ended = edge.statuses.every((s) => s === 'ended') ? ', alleen beëindigde' : '';
  return `${nodeLabel(graph, edge.from)} ${arrow} ${nodeLabel(graph, edge.to)}${edge.mutual ? ' (wederzijds)' : ''}: ${count}${ended}`;
}

/** An edge with one protocol links to it; otherwise to its row in the table under the graph. */
export function edgeHref(edge: GraphEdge): string {
  return edge.protocols.length === 1 ? `/protocollen/${edge.protocols[0]}/` : `#rel-${edge.from}--${edge.to}`;
}
