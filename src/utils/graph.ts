/** Lays out and prepares a graph for drawing (build time). */
import type { Graph } from '../lib/graph.ts';
import { edgeHref, edgeTitle } from '../lib/graph.ts';
import { layoutGraph, toDrawing, type Drawing } from '../lib/graph-layout.ts';

export function graphEnabled(): boolean {
  return process.env.REGISTER_GRAPH !== 'off';
}

export async function drawGraph(graph: Graph, direction: 'RIGHT' | 'DOWN' = 'RIGHT'): Promise<Drawing> {
  const layout = await layoutGraph(graph, { direction });
  return toDrawing(graph, layout, { edgeHref, edgeTitle: (edge) => edgeTitle(graph, edge) });
}
