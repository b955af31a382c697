/**
 * Lays out a graph at build time with ELK's layered algorithm (elkjs, EPL-2.0 OR
 * GPL-3.0-or-later), and turns the result into shapes ready to draw as SVG. Layouts are
 * cached on disk by a hash of their input, so unchanged graphs are not laid out again.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph, GraphEdge, GraphNode } from './graph.ts';

export interface Point { x: number; y: number }
export interface PlacedNode { id: string; x: number; y: number; width: number; height: number }
export interface PlacedEdge { id: string; points: Point[] }
export interface Layout { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] }

export const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.6;

export function nodeWidth(node: GraphNode): number {
  return Math.max(56, Math.round(node.label.length * CHAR_WIDTH + 24));
}

export const edgeId = (edge: Pick<GraphEdge, 'from' | 'to'>) => `${edge.from}--${edge.to}`;

/** The input given to ELK; also what the cache key is computed from. */
export function layoutInput(graph: Graph, direction: 'RIGHT' | 'DOWN' = 'RIGHT') {
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': '70',
      'elk.spacing.nodeNode': '22',
      'elk.spacing.edgeNode': '14',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.cycleBreaking.strategy': 'GREEDY',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: graph.edges.map((e) => ({ id: edgeId(e), sources: [e.from], targets: [e.to] })),
  };
}

const elk = new ELK();

export function cacheKey(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

export async function layoutGraph(graph: Graph, options: { direction?: 'RIGHT' | 'DOWN'; cacheDir?: string | false } = {}): Promise<Layout> {
  const input = layoutInput(graph, options.direction);
  const cacheDir = options.cacheDir === undefined ? join(process.cwd(), '.cache', 'graph-layout') : options.cacheDir;
  const file = cacheDir ? join(cacheDir, `${cacheKey(input)}.json`) : undefined;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Layout;

  const result = await elk.layout(structuredClone(input));
  const layout: Layout = {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    nodes: (result.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 })),
    edges: (result.edges ?? []).map((e) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      return { id: e.id, points: points.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 })) };
    }),
  };
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(layout));
  }
  return layout;
}

export interface DrawnNode extends GraphNode { x: number; y: number; width: number; height: number; neighbours: string[] }
export interface DrawnEdge extends GraphEdge { id: string; path: string; width: number; dashed: boolean; href: string; title: string; labelAt: Point }
export interface Drawing { width: number; height: number; nodes: DrawnNode[]; edges: DrawnEdge[] }

/** Stroke width grows with the number of protocols behind an edge. */
export function strokeWidth(weight: number): number {
  return Math.round((1.5 + Math.log2(Math.max(1, weight)) * 1.5) * 10) / 10;
}

/** Combines graph and layout into everything the SVG component draws. */
export function toDrawing(graph: Graph, layout: Layout, options: { edgeHref: (edge: GraphEdge) => string; edgeTitle: (edge: GraphEdge) => string }): Drawing {
  const placed = new Map(layout.nodes.map((n) => [n.id, n]));
  const routes = new Map(layout.edges.map((e) => [e.id, e.points]));
  const neighbours = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    neighbours.set(e.from, (neighbours.get(e.from) ?? new Set()).add(e.to));
    neighbours.set(e.to, (neighbours.get(e.to) ?? new Set()).add(e.from));
  }
  return {
    width: layout.width,
    height: layout.height,
    nodes: graph.nodes.map((n) => {
      const p = placed.get(n.id)!;
      return { ...n, x: p.x, y: p.y, width: p.width, height: p.height, neighbours: [...(neighbours.get(n.id) ?? [])] };
    }),
    edges: graph.edges.map((e) => {
      const points = routes.get(edgeId(e)) ?? [];
      const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
      return {
        ...e,
        id: edgeId(e),
        path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
        width: strokeWidth(e.weight),
        // Edges with only ended protocols are dashed: visible without colour.
        dashed: e.statuses.every((s) => s === 'ended'),
        href: options.edgeHref(e),
        title: options.edgeTitle(e),
        labelAt: middle,
      };
    }),
  };
}
