/**
 * Graphs laid out for drawing, at build time (ELK, src/lib/graph/layout.node.ts). The view builders
 * call this, so components only render a finished drawing. REGISTER_GRAPH=off skips every
 * drawing (the tables stay).
 */
import { edgeHref, edgeTitle, nodeTitle, type Graph, type GraphEdge } from '../graph/model.ts';
import { drawnGraph, layoutGraph, toDrawing, type Direction, type Drawing } from '../graph/layout.node.ts';
import { graphSettings } from '../site/config.node.ts';

/** `link` is where an edge leads: by default its protocol, or its row in the table under the drawing. */
export async function drawGraph(graph: Graph, direction: Direction = 'RIGHT', link: (edge: GraphEdge) => string = edgeHref): Promise<Drawing> {
  const drawn = drawnGraph(graph);
  const layout = await layoutGraph(drawn, { direction });
  return toDrawing(drawn, layout, { edgeHref: link, nodeTitle, edgeTitle: (edge) => edgeTitle(graph, edge) });
}

/** The drawing of a graph with edges, unless drawings are off (or there is nothing to draw). */
export async function drawingOf(graph: Graph, link?: (edge: GraphEdge) => string): Promise<Drawing | undefined> {
  if (!graphSettings().enabled || graph.edges.length === 0) return undefined;
  return drawGraph(graph, 'RIGHT', link);
}
