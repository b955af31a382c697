// The graph's SVG markup, from a laid-out drawing.
// Built from small hand-written protocols, not from output of the code under test.
import { describe, expect, it } from 'vitest';
import { buildGraph, edgeHref, edgeTitle, nodeTitle } from '../../../src/lib/graph/model.ts';
import { layoutGraph, toDrawing } from '../../../src/lib/graph/layout.node.ts';
import { escapeXml, renderSvg } from '../../../src/lib/graph/svg.ts';
import { party } from '../fixtures/content.ts';
import { p, registerOf } from './fixture.ts';

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
