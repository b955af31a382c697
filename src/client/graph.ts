// Enhancement only; every graph works without it.
// - Hovering or focusing a node highlights it, its neighbours and their edges.
// - The full name of that node is shown on top of the drawing (without script it is shown
//   inside the node's own group, where a later node may cover it).
// - Zoom buttons for the large drawings of the /graaf/ pages; panning is the scroll box
//   around the drawing (scroll bars, or Tab through the links).
const SVG = 'http://www.w3.org/2000/svg';

function enhanceHighlight(svg: SVGSVGElement): void {
  const overlay = document.createElementNS(SVG, 'g');
  overlay.setAttribute('class', 'tip-overlay');
  overlay.setAttribute('aria-hidden', 'true');
  svg.append(overlay);
  svg.classList.add('js-tips');
  const clear = () => {
    svg.classList.remove('highlighting');
    for (const el of svg.querySelectorAll('.near')) el.classList.remove('near');
    overlay.replaceChildren();
  };
  const highlight = (node: SVGAElement) => {
    clear();
    const id = node.dataset.node!;
    const near = new Set([id, ...(node.dataset.neighbours ?? '').split(' ').filter(Boolean)]);
    svg.classList.add('highlighting');
    for (const n of svg.querySelectorAll<SVGAElement>('a.node')) n.classList.toggle('near', near.has(n.dataset.node!));
    for (const e of svg.querySelectorAll<SVGAElement>('a.edge')) e.classList.toggle('near', e.dataset.from === id || e.dataset.to === id);
    const tip = node.querySelector('.tip');
    if (tip) overlay.append(tip.cloneNode(true));
  };
  svg.querySelectorAll<SVGAElement>('a.node').forEach((node) => {
    node.addEventListener('mouseenter', () => highlight(node));
    node.addEventListener('focus', () => highlight(node));
    node.addEventListener('mouseleave', clear);
    node.addEventListener('blur', clear);
  });
  svg.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') clear();
  });
}

function enhanceZoom(svg: SVGSVGElement): void {
  const figure = svg.closest<HTMLElement>('[data-graph-figure]');
  const box = svg.closest<HTMLElement>('.graph-scroll');
  if (!figure || !box || figure.classList.contains('compact')) return;
  const natural = svg.viewBox.baseVal.width;
  if (!natural) return;
  // Labels are 13 px in the drawing's own units: never shown below 12 px, however narrow the
  // screen ("Passend" on a phone fits as far as the labels stay readable; the box scrolls).
  const readable = 12 / 13;
  const fit = () => Math.max(readable, Math.min(1, box.clientWidth / natural));
  let scale = fit();
  const tools = document.createElement('div');
  tools.className = 'graph-tools';
  const status = document.createElement('span');
  status.setAttribute('aria-live', 'polite');
  status.className = 'visually-hidden';
  const apply = () => {
    svg.classList.toggle('zoomed', scale > fit());
    svg.style.width = `${Math.round(natural * scale)}px`;
    status.textContent = `Zoom ${Math.round(scale * 100)} procent`;
  };
  const button = (label: string, action: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', () => {
      action();
      apply();
    });
    tools.append(b);
  };
  button('Groter', () => (scale = Math.min(scale * 1.4, 3)));
  button('Kleiner', () => (scale = Math.max(scale / 1.4, readable)));
  button('Passend', () => (scale = fit()));
  tools.append(status);
  figure.insertBefore(tools, box);
}

export function enhanceGraphs(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-graph]')) {
    enhanceHighlight(svg);
    enhanceZoom(svg);
  }
}
