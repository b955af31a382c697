/**
 * Lays out a graph at build time with ELK's layered algorithm (elkjs, licence EPL-2.0 OR
 * GPL-3.0-or-later), and turns the result into shapes ready to draw as SVG: node boxes with
 * wrapped labels and a full-name box for hover/focus, edge paths trimmed for arrowheads,
 * stroke width by weight. Layouts are cached on disk by a SHA-256 hash of their input, so
 * unchanged graphs are not laid out again.
 *
 * Only the node placement and edge routing come from ELK; everything here is geometry on
 * its result, kept pure so it can be unit-tested.
 */
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Graph, GraphEdge, GraphNode } from './model.ts';
import { edgeInactive, selectDrawnEdges, MAX_DRAWN_EDGES } from './model.ts';
import { graphSettings } from '../site/config.node.ts';
import { elkLayout } from './elk-pool.node.ts';

/** Part of the cache key: change it when the layout input or the ELK version changes. */
export const LAYOUT_VERSION = 'elkjs-0.12.1/layout-3';

export interface Point {
  x: number;
  y: number;
}
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PlacedEdge {
  id: string;
  points: Point[];
}
export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export type Direction = 'RIGHT' | 'DOWN';
export type Side = 'van' | 'naar';

const FONT_SIZE = 13;
/** Average width of a character at 13 px in a sans-serif font, a little generous. */
export const CHAR_WIDTH = 7.4;
/** The full-name box is sized for wide fonts (DejaVu Sans), so the name never sticks out. */
const TIP_CHAR_WIDTH = 8;
const LINE_HEIGHT = 16;
const NODE_PADDING_X = 12;
const NODE_PADDING_Y = 9;
/** Room above the two columns of a bipartite drawing for their headings. */
const COLUMN_HEADING = 30;

/** Splits a label into lines of at most `max` characters, at spaces where possible. */
export function wrapLabel(label: string, max = 24): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [label];
}

export function textWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH);
}

/** Box size for a label; widths are rounded up to 8 px so that similar graphs share a layout. */
export function nodeSize(node: Pick<GraphNode, 'label'>): { width: number; height: number } {
  const lines = wrapLabel(node.label);
  return {
    width: Math.max(56, Math.ceil((Math.max(...lines.map(textWidth)) + 2 * NODE_PADDING_X) / 8) * 8),
    height: lines.length * LINE_HEIGHT + 2 * NODE_PADDING_Y,
  };
}

export const edgeId = (edge: Pick<GraphEdge, 'from' | 'to'>) => `${edge.from}--${edge.to}`;
/** In a bipartite drawing each node appears once per side. */
export const sideKey = (id: string, side: Side) => `${id}|${side}`;

/** The graph as drawn: the strongest edges (see selectDrawnEdges). */
export function drawnGraph(graph: Graph, maxEdges = MAX_DRAWN_EDGES): Graph & { hiddenEdges: number } {
  const { edges, hidden } = selectDrawnEdges(graph, maxEdges);
  return { ...graph, edges, hiddenEdges: hidden };
}

/** The input given to ELK; also what the cache key is computed from. */
export function layoutInput(graph: Graph, direction: Direction = 'RIGHT') {
  const bipartite = graph.layout === 'bipartite';
  const layoutOptions: Record<string, string> = {
    'elk.algorithm': 'layered',
    'elk.direction': bipartite ? 'RIGHT' : direction,
    'elk.edgeRouting': 'POLYLINE',
    'elk.layered.spacing.nodeNodeBetweenLayers': bipartite ? '320' : '110',
    'elk.spacing.nodeNode': bipartite ? '10' : '22',
    'elk.spacing.edgeNode': '14',
    'elk.spacing.edgeEdge': '8',
    'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    'elk.layered.cycleBreaking.strategy': 'GREEDY',
    'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    'elk.padding': `[top=${bipartite ? 16 + COLUMN_HEADING : 16},left=16,bottom=16,right=16]`,
    // Two columns for the whole drawing, not two columns per connected part.
    'elk.separateConnectedComponents': bipartite ? 'false' : 'true',
  };
  if (!bipartite) {
    return {
      id: 'root',
      layoutOptions,
      children: graph.nodes.map((n) => ({ id: n.id, ...nodeSize(n) })),
      edges: graph.edges.map((e) => ({ id: edgeId(e), sources: [e.from], targets: [e.to] })),
    };
  }
  const senders = new Set(graph.edges.map((e) => e.from));
  const receivers = new Set(graph.edges.map((e) => e.to));
  const box = (n: GraphNode, side: Side) => ({
    id: sideKey(n.id, side),
    ...nodeSize(n),
    layoutOptions: { 'elk.layered.layering.layerConstraint': side === 'van' ? 'FIRST' : 'LAST' },
  });
  return {
    id: 'root',
    layoutOptions,
    children: [...graph.nodes.filter((n) => senders.has(n.id)).map((n) => box(n, 'van')), ...graph.nodes.filter((n) => receivers.has(n.id)).map((n) => box(n, 'naar'))],
    edges: graph.edges.map((e) => ({ id: edgeId(e), sources: [sideKey(e.from, 'van')], targets: [sideKey(e.to, 'naar')] })),
  };
}

type LayoutInput = ReturnType<typeof layoutInput>;

/**
 * The input with node and edge ids replaced by their position ("n0", "e0"): ELK only sees
 * shapes and sizes, so graphs of the same shape (most protocol diagrams: one sender, one
 * receiver, similar name lengths) share one layout and one cache file.
 */
export function canonicalInput(input: LayoutInput): { input: LayoutInput; nodeIds: string[]; edgeIds: string[] } {
  const nodeIds = input.children.map((c) => c.id);
  const index = new Map(nodeIds.map((id, i) => [id, `n${i}`]));
  return {
    input: {
      ...input,
      children: input.children.map((c) => ({ ...c, id: index.get(c.id)! })),
      edges: input.edges.map((e, i) => ({ id: `e${i}`, sources: e.sources.map((id) => index.get(id)!), targets: e.targets.map((id) => index.get(id)!) })),
    },
    nodeIds,
    edgeIds: input.edges.map((e) => e.id),
  };
}

export function cacheKey(input: unknown): string {
  return createHash('sha256').update(LAYOUT_VERSION).update('\n').update(JSON.stringify(input)).digest('hex');
}

/** The cache key of a graph's layout: the SHA-256 of its canonical layout input. */
export function layoutKey(graph: Graph, direction: Direction = 'RIGHT'): string {
  return cacheKey(canonicalInput(layoutInput(graph, direction)).input);
}

/** .cache/graph-layout in the project (git-ignored); GRAPH_LAYOUT_CACHE points elsewhere (benchmarks). */
export function defaultCacheDir(): string {
  return graphSettings().layoutCacheDir;
}

const memory = new Map<string, Promise<Layout>>();

const round = (n: number) => Math.round(n * 10) / 10;

/** Forgets the layouts kept in memory (the disk cache stays). For benchmarks and tests. */
export function forgetLayouts(): void {
  memory.clear();
}

/**
 * Lays out a graph. Results are kept in memory for the run and on disk in
 * `.cache/graph-layout/<sha256 of the canonical input>.json` (cacheDir: false turns the disk
 * cache off). A changed graph has another hash, so a stale file is never read; delete the
 * folder to tidy up.
 */
export async function layoutGraph(graph: Graph, options: { direction?: Direction; cacheDir?: string | false } = {}): Promise<Layout> {
  const { input, nodeIds, edgeIds } = canonicalInput(layoutInput(graph, options.direction));
  const key = cacheKey(input);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const memoKey = `${cacheDir || '-'}\n${key}`;
  let canonical = memory.get(memoKey);
  if (!canonical) {
    canonical = computeLayout(input, cacheDir ? join(cacheDir, `${key}.json`) : undefined);
    memory.set(memoKey, canonical);
    canonical.catch(() => memory.delete(memoKey));
  }
  const layout = await canonical;
  // Back from positions to the graph's own ids.
  // The cached layout numbers nodes and edges "n0", "e3": their position in this graph's lists.
  const node = (id: string) => nodeIds[Number(id.slice(1))] ?? id;
  const edge = (id: string) => edgeIds[Number(id.slice(1))] ?? id;
  return { ...layout, nodes: layout.nodes.map((n) => ({ ...n, id: node(n.id) })), edges: layout.edges.map((e) => ({ ...e, id: edge(e.id) })) };
}

/** Cache files being written; the process does not end before they are. */
const pendingWrites = new Set<Promise<void>>();

/**
 * Writes a cache file off the main thread (creating 1,700 small files cost Astro's thread 2.6 s at
 * 5,000 protocols). Write, then rename: a parallel build never reads a half-written file. A file
 * that cannot be written is only a layout computed again next time.
 */
async function writeCacheEntry(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
  }
}

/** Waits until every layout computed so far is in the cache (tests read the cache folder). */
export async function layoutCacheWritten(): Promise<void> {
  while (pendingWrites.size > 0) await Promise.all(pendingWrites);
}

async function computeLayout(input: LayoutInput, file: string | undefined): Promise<Layout> {
  if (file) {
    let cached: unknown;
    try {
      cached = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Not cached yet (or unreadable): lay out below.
    }
    if (cached !== undefined) {
      const layout = verifiedCacheEntry(cached, input);
      if (layout) return layout;
      console.warn(`Grafiekschikking uit de cache verworpen (klopt niet met de invoer), opnieuw berekend: ${file}`);
    }
  }
  const result = await elkLayout(input as ElkNode);
  const layout: Layout = {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: (result.children ?? []).map((c) => ({ id: c.id, x: round(c.x ?? 0), y: round(c.y ?? 0), width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (result.edges ?? []).map((e) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      return { id: e.id, points: points.map((p) => ({ x: round(p.x), y: round(p.y) })) };
    }),
  };
  if (file) {
    const written: Promise<void> = writeCacheEntry(file, JSON.stringify({ key: cacheKey(input), layout })).finally(() => pendingWrites.delete(written));
    pendingWrites.add(written);
  }
  return layout;
}

/**
 * A cache file is only used when it is the layout of exactly this input: it names the input's
 * key, has every node once with the input's size and every edge once, all inside the drawing,
 * no two boxes overlap, each edge starts on its source's box and ends on its target's box
 * (reversed arrows fail here), a two-column drawing keeps senders left of receivers, and the
 * drawing is tight around its content with ELK's padding (a moved or stretched drawing fails).
 * Anything else (a stale, corrupt or planted file) is ignored and the layout computed again, so
 * a wrong cache can cost time but never change the output. Exported for tests.
 */
export function verifiedCacheEntry(entry: unknown, input: LayoutInput): Layout | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const { key, layout } = entry as { key?: unknown; layout?: Layout };
  if (key !== cacheKey(input) || !layout || typeof layout !== 'object') return undefined;
  const finite = (...values: unknown[]) => values.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!finite(layout.width, layout.height) || !Array.isArray(layout.nodes) || !Array.isArray(layout.edges)) return undefined;
  const { width, height } = layout;
  const slack = 0.51; // coordinates are rounded to 0.1 px, the drawing's size up to whole pixels
  if (layout.nodes.length !== input.children.length || layout.edges.length !== input.edges.length) return undefined;
  const boxes = new Map<string, Box>();
  for (const n of layout.nodes) {
    if (!n || !finite(n.x, n.y, n.width, n.height) || boxes.has(n.id)) return undefined;
    boxes.set(n.id, n);
  }
  for (const child of input.children) {
    const box = boxes.get(child.id);
    if (!box || box.width !== child.width || box.height !== child.height) return undefined;
    if (box.x < 0 || box.y < 0 || box.x + box.width > width + slack || box.y + box.height > height + slack) return undefined;
  }
  const all = [...boxes.values()];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack) return undefined;
    }
  }
  const onBox = (p: Point, box: Box | undefined) => {
    if (!box) return false;
    const within = p.x >= box.x - 1 && p.x <= box.x + box.width + 1 && p.y >= box.y - 1 && p.y <= box.y + box.height + 1;
    const edgeDistance = Math.min(Math.abs(p.x - box.x), Math.abs(p.x - box.x - box.width), Math.abs(p.y - box.y), Math.abs(p.y - box.y - box.height));
    return within && edgeDistance <= 1;
  };
  const routes = new Map<string, Point[]>();
  for (const e of layout.edges) {
    if (!e || !Array.isArray(e.points) || e.points.length < 2 || routes.has(e.id)) return undefined;
    if (!e.points.every((p) => p && finite(p.x, p.y) && p.x >= -slack && p.y >= -slack && p.x <= width + slack && p.y <= height + slack)) return undefined;
    routes.set(e.id, e.points);
  }
  for (const edge of input.edges) {
    const points = routes.get(edge.id);
    const [source] = edge.sources;
    const [target] = edge.targets;
    if (!points || source === undefined || target === undefined) return undefined;
    if (!onBox(points[0]!, boxes.get(source)) || !onBox(points.at(-1)!, boxes.get(target))) return undefined;
  }
  // Two columns: every sender box lies left of every receiver box.
  const column = (side: 'FIRST' | 'LAST') =>
    input.children.filter((c) => (c as { layoutOptions?: Record<string, string> }).layoutOptions?.['elk.layered.layering.layerConstraint'] === side).map((c) => boxes.get(c.id)!);
  const first = column('FIRST');
  const last = column('LAST');
  if (first.length && last.length && Math.max(...first.map((b) => b.x + b.width)) >= Math.min(...last.map((b) => b.x))) return undefined;
  // Tight: ELK puts the content at its padding from the top-left corner.
  if (all.length) {
    const padding = /top=(\d+),left=(\d+)/.exec(input.layoutOptions['elk.padding'] ?? '');
    const points = [...all.flatMap((b) => [{ x: b.x, y: b.y }]), ...[...routes.values()].flat()];
    const left = Math.min(...points.map((p) => p.x));
    const top = Math.min(...points.map((p) => p.y));
    if (padding && (Math.abs(left - Number(padding[2])) > slack || Math.abs(top - Number(padding[1])) > slack)) return undefined;
    const right = Math.max(...all.map((b) => b.x + b.width), ...[...routes.values()].flat().map((p) => p.x));
    const bottom = Math.max(...all.map((b) => b.y + b.height), ...[...routes.values()].flat().map((p) => p.y));
    if (width - right > 16 + 1 + slack || height - bottom > 16 + 1 + slack) return undefined;
  }
  return layout;
}

// ---------------------------------------------------------------------------------------
// From layout to shapes

/**
 * Stroke width grows with the number of protocols behind an edge: logarithmic, from 1.5
 * (one protocol) to 7.5 (the heaviest edge of the drawing, or 16 protocols if that is more).
 */
export function strokeWidth(weight: number, maxWeight = weight): number {
  const scale = Math.log2(Math.max(16, maxWeight));
  return Math.round((1.5 + (6 * Math.log2(Math.max(1, weight))) / scale) * 10) / 10;
}

export type ArrowSize = 's' | 'm' | 'l';
export const arrowLengths: Record<ArrowSize, number> = { s: 10, m: 14, l: 19 };

/** Arrowheads grow with the line so that a thick line still ends in a visible point. */
export function arrowSize(width: number): ArrowSize {
  return width <= 3 ? 's' : width <= 6 ? 'm' : 'l';
}

function length(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Consecutive pairs of points: the segments of a polyline. */
function segments(points: Point[]): [Point, Point][] {
  return points.slice(1).map((point, i) => [points[i] ?? point, point]);
}

export function polylineLength(points: Point[]): number {
  return segments(points).reduce((total, [a, b]) => total + length(a, b), 0);
}

/** The point at a fraction (0–1) of the way along a polyline. */
export function pointAlong(points: Point[], fraction: number): Point {
  const last = points.at(-1);
  if (!last) return { x: 0, y: 0 };
  let remaining = polylineLength(points) * Math.min(1, Math.max(0, fraction));
  for (const [a, b] of segments(points)) {
    const segment = length(a, b);
    if (remaining <= segment && segment > 0) {
      const t = remaining / segment;
      return { x: round(a.x + (b.x - a.x) * t), y: round(a.y + (b.y - a.y) * t) };
    }
    remaining -= segment;
  }
  return last;
}

/** Shortens the end of a polyline by `by` (never by more than 40 % of its length). */
export function trimEnd(points: Point[], by: number): Point[] {
  if (points.length < 2) return points;
  let remaining = Math.min(by, polylineLength(points) * 0.4);
  const result = points.map((p) => ({ ...p }));
  while (result.length >= 2 && remaining > 0) {
    const last = result.at(-1);
    const previous = result.at(-2);
    if (!last || !previous) break;
    const segment = length(previous, last);
    if (segment > remaining) {
      const t = (segment - remaining) / segment;
      result[result.length - 1] = { x: round(previous.x + (last.x - previous.x) * t), y: round(previous.y + (last.y - previous.y) * t) };
      break;
    }
    remaining -= segment;
    result.pop();
  }
  return result;
}

export function trimStart(points: Point[], by: number): Point[] {
  return trimEnd([...points].reverse(), by).reverse();
}

export function pathData(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the full name appears on hover/focus: above the node (below near the top), inside the drawing. */
export function tipBox(node: Box, text: string, drawing: { width: number; height: number }): Box {
  const width = Math.ceil(text.length * TIP_CHAR_WIDTH) + 2 * NODE_PADDING_X;
  const height = LINE_HEIGHT + 2 * 6;
  const centred = node.x + node.width / 2 - width / 2;
  const x = Math.max(2, Math.min(centred, drawing.width - width - 2));
  const above = node.y - height - 4;
  const y = above >= 2 ? above : Math.min(node.y + node.height + 4, drawing.height - height - 2);
  return { x: round(x), y: round(y), width, height };
}

export interface DrawnNode extends GraphNode {
  /** Unique per box: the node id, or id|side in a bipartite drawing. */
  key: string;
  side?: Side;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; x: number; y: number }[];
  title: string;
  tip: Box;
  neighbours: string[];
}

export interface DrawnEdge extends GraphEdge {
  id: string;
  path: string;
  width: number;
  /** No protocol behind the edge is in force: drawn dashed. */
  dashed: boolean;
  arrow: ArrowSize;
  href: string;
  title: string;
  /** Where the weight is written (more than one protocol, layered drawings only). */
  labelAt?: Point;
}

export interface Drawing {
  layout: Graph['layout'];
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** Headings of the two columns of a bipartite drawing. */
  columns: { x: number; y: number; text: string }[];
  /** Edges left out of the drawing (they are in the table). */
  hiddenEdges: number;
}

export interface DrawingText {
  edgeHref: (edge: GraphEdge) => string;
  edgeTitle: (edge: GraphEdge) => string;
  nodeTitle: (node: GraphNode) => string;
}

/**
 * Sorts boxes in reading order: column by column from left to right, each from top to
 * bottom. This is also the order in which the Tab key visits them.
 */
export function readingOrder<T extends Box>(boxes: T[]): T[] {
  const byX = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  const column = new Map<T, number>();
  let start = -Infinity;
  let index = -1;
  for (const box of byX) {
    if (box.x > start + 40) {
      start = box.x;
      index++;
    }
    column.set(box, index);
  }
  return boxes.sort((a, b) => column.get(a)! - column.get(b)! || a.y - b.y || a.x - b.x);
}

/** Combines a (drawn) graph and its layout into everything the SVG component draws. */
export function toDrawing(graph: Graph & { hiddenEdges?: number }, layout: Layout, text: DrawingText): Drawing {
  const bipartite = graph.layout === 'bipartite';
  const placed = new Map(layout.nodes.map((n) => [n.id, n]));
  const routes = new Map(layout.edges.map((e) => [e.id, e.points]));
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    neighbours.set(e.from, (neighbours.get(e.from) ?? new Set()).add(e.to));
    neighbours.set(e.to, (neighbours.get(e.to) ?? new Set()).add(e.from));
  }
  const size = { width: layout.width, height: layout.height };
  const nodes: DrawnNode[] = [];
  for (const n of graph.nodes) {
    for (const side of bipartite ? (['van', 'naar'] as const) : [undefined]) {
      const key = side ? sideKey(n.id, side) : n.id;
      const p = placed.get(key);
      if (!p) continue;
      const lines = wrapLabel(n.label);
      const title = text.nodeTitle(n);
      const top = p.y + p.height / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.36;
      nodes.push({
        ...n,
        key,
        side,
        x: p.x,
        y: p.y,
        width: p.width,
        height: p.height,
        lines: lines.map((line, i) => ({ text: line, x: round(p.x + p.width / 2), y: round(top + i * LINE_HEIGHT) })),
        title,
        tip: tipBox(p, title, size),
        neighbours: [...(neighbours.get(n.id) ?? [])].filter((id) => id !== n.id),
      });
    }
  }
  readingOrder(nodes);
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  const edges: DrawnEdge[] = graph.edges.flatMap((e) => {
    const route = routes.get(edgeId(e));
    if (!route || route.length < 2) return [];
    const width = strokeWidth(e.weight, maxWeight);
    const arrow = arrowSize(width);
    let points = trimEnd(route, arrowLengths[arrow]);
    if (e.mutual) points = trimStart(points, arrowLengths[arrow]);
    return [
      {
        ...e,
        id: edgeId(e),
        path: pathData(points),
        width,
        dashed: edgeInactive(e),
        arrow,
        href: text.edgeHref(e),
        title: text.edgeTitle(e),
        // In two columns the lines fan out from the same box, so numbers would overlap there:
        // the table and the link text give the number instead.
        labelAt: e.weight > 1 && !bipartite ? pointAlong(route, 0.5) : undefined,
      },
    ];
  });
  const column = (side: Side) => {
    const xs = nodes.filter((n) => n.side === side).map((n) => n.x);
    return xs.length ? Math.min(...xs) : undefined;
  };
  const columns: Drawing['columns'] = [];
  if (bipartite) {
    const left = column('van');
    const right = column('naar');
    if (left !== undefined) columns.push({ x: left, y: 30, text: 'Deelt gegevens mee' });
    if (right !== undefined) columns.push({ x: right, y: 30, text: 'Ontvangt ze' });
  }
  return { layout: graph.layout, width: layout.width, height: layout.height, nodes, edges, columns, hiddenEdges: graph.hiddenEdges ?? 0 };
}
