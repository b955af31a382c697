/**
 * Writes a drawing (src/lib/graph/layout.node.ts) as SVG markup. A plain string, not an Astro
 * component: a build draws some 2,300 graphs and string building is several times faster
 * than rendering a component per shape. Pure, so the markup is unit-tested.
 *
 * Accessibility: the <svg> has a <title> and <desc> (aria-labelledby) and no role="img",
 * because it holds links. Every node and edge is an SVG <a> with a <title> as its name;
 * nodes start with the visible label. The full name is also drawn in a box that CSS shows
 * on hover and focus.
 */
import { arrowLengths, type Drawing } from './layout.node.ts';

/** SVG is XML: the same escaping as HTML text and attributes (one helper, in text.ts). */
import { escapeHtml as escapeXml } from '../text.ts';

export { escapeXml };

/** An attribute list; undefined and false values are left out. */
function attrs(values: Record<string, string | number | undefined | false>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

export interface SvgText {
  /** Prefix for ids inside the SVG; unique on the page. */
  id: string;
  title: string;
  description: string;
}

export function renderSvg(drawing: Drawing, text: SvgText): string {
  const marker = (size: string) => `${text.id}-arrow-${size}`;
  const out: string[] = [];
  out.push(
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${drawing.width} ${drawing.height}`, width: drawing.width, height: drawing.height, 'aria-labelledby': `${text.id}-title ${text.id}-desc`, 'data-graph': text.id })}>`,
  );
  out.push(`<title id="${escapeXml(text.id)}-title">${escapeXml(text.title)}</title>`);
  out.push(`<desc id="${escapeXml(text.id)}-desc">${escapeXml(text.description)}</desc>`);
  out.push('<defs>');
  for (const [size, length] of Object.entries(arrowLengths)) {
    out.push(
      `<marker${attrs({ id: marker(size), viewBox: '0 0 10 10', refX: 0, refY: 5, markerWidth: length, markerHeight: length * 0.8, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse', preserveAspectRatio: 'none' })}><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker>`,
    );
  }
  out.push('</defs>');
  for (const c of drawing.columns) out.push(`<text${attrs({ x: c.x, y: c.y, class: 'column-heading' })}>${escapeXml(c.text)}</text>`);
  out.push('<g class="edges">');
  for (const e of drawing.edges) {
    out.push(`<a${attrs({ href: e.href, class: 'edge', 'data-from': e.from, 'data-to': e.to, 'data-weight': e.weight })}>`);
    out.push(`<title>${escapeXml(e.title)}</title>`);
    out.push(`<path${attrs({ class: 'edge-hit', d: e.path, fill: 'none', stroke: 'transparent', 'stroke-width': Math.max(12, e.width + 8) })}/>`);
    out.push(
      `<path${attrs({ class: 'edge-line', d: e.path, fill: 'none', stroke: 'currentColor', 'stroke-width': e.width, 'stroke-dasharray': e.dashed && '8 6', 'marker-end': `url(#${marker(e.arrow)})`, 'marker-start': e.mutual && `url(#${marker(e.arrow)})` })}/>`,
    );
    if (e.labelAt) out.push(`<text${attrs({ x: e.labelAt.x, y: e.labelAt.y + 4, class: 'edge-label', 'text-anchor': 'middle' })}>${e.weight}</text>`);
    out.push('</a>');
  }
  out.push('</g><g class="nodes">');
  for (const n of drawing.nodes) {
    out.push(
      `<a${attrs({ href: n.href, class: n.kind === 'cluster' ? 'node cluster' : 'node', 'data-node': n.id, 'data-side': n.side, 'data-neighbours': n.neighbours.join(' ') })}>`,
    );
    out.push(`<title>${escapeXml(n.title)}</title>`);
    out.push(`<rect${attrs({ x: n.x, y: n.y, width: n.width, height: n.height, rx: n.kind === 'cluster' ? 2 : 6 })}/>`);
    for (const line of n.lines) out.push(`<text${attrs({ x: line.x, y: line.y, 'text-anchor': 'middle' })}>${escapeXml(line.text)}</text>`);
    out.push(`<g class="tip" aria-hidden="true"><rect${attrs({ x: n.tip.x, y: n.tip.y, width: n.tip.width, height: n.tip.height, rx: 4 })}/>`);
    out.push(
      `<text${attrs({ x: Math.round((n.tip.x + n.tip.width / 2) * 10) / 10, y: Math.round((n.tip.y + n.tip.height / 2 + 4.5) * 10) / 10, 'text-anchor': 'middle' })}>${escapeXml(n.title)}</text></g>`,
    );
    out.push('</a>');
  }
  out.push('</g></svg>');
  return out.join('');
}
