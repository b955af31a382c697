/** Lays out and prepares a graph for drawing (build time). REGISTER_GRAPH=off skips all drawings. */
import type { Graph } from '../lib/graph/model.ts';
import { edgeHref, edgeTitle, nodeTitle } from '../lib/graph/model.ts';
import { drawnGraph, layoutGraph, toDrawing, type Direction, type Drawing } from '../lib/graph/layout.ts';

export function graphEnabled(): boolean {
  return process.env.REGISTER_GRAPH !== 'off';
}

export async function drawGraph(graph: Graph, direction: Direction = 'RIGHT'): Promise<Drawing> {
  const drawn = drawnGraph(graph);
  const layout = await layoutGraph(drawn, { direction });
  return toDrawing(drawn, layout, { edgeHref, nodeTitle, edgeTitle: (edge) => edgeTitle(graph, edge) });
}
