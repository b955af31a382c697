/** Lays out and prepares a graph for drawing (build time). REGISTER_GRAPH=off skips all drawings. */
import type { Graph } from '../lib/graph/model.ts';
import { edgeHref, edgeTitle, nodeTitle } from '../lib/graph/model.ts';
import { drawnGraph, layoutGraph, toDrawing, type Direction, type Drawing } from '../lib/graph/layout.ts';
import type { GraphEdge } from '../lib/graph/model.ts';
import { graphSettings } from '../lib/site/config.ts';

export function graphEnabled(): boolean {
  return graphSettings().enabled;
}

/** `link` is where an edge leads: by default its protocol, or its row in the table under the drawing. */
export async function drawGraph(graph: Graph, direction: Direction = 'RIGHT', link: (edge: GraphEdge) => string = edgeHref): Promise<Drawing> {
  const drawn = drawnGraph(graph);
  const layout = await layoutGraph(drawn, { direction });
  return toDrawing(drawn, layout, { edgeHref: link, nodeTitle, edgeTitle: (edge) => edgeTitle(graph, edge) });
}
