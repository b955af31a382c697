// Enhancement: hovering or focusing a node highlights it, its neighbours and their edges.
export function enhanceGraphs(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-graph]')) {
    const clear = () => {
      svg.classList.remove('highlighting');
      svg.querySelectorAll('.near').forEach((el) => el.classList.remove('near'));
    };
    const highlight = (node: SVGAElement) => {
      clear();
      const id = node.dataset.node!;
      const near = new Set([id, ...(node.dataset.neighbours ?? '').split(' ').filter(Boolean)]);
      svg.classList.add('highlighting');
      svg.querySelectorAll<SVGAElement>('a.node').forEach((n) => near.has(n.dataset.node!) && n.classList.add('near'));
      svg.querySelectorAll<SVGAElement>('a.edge').forEach((e) => (e.dataset.from === id || e.dataset.to === id) && e.classList.add('near'));
    };
    svg.querySelectorAll<SVGAElement>('a.node').forEach((node) => {
      node.addEventListener('mouseenter', () => highlight(node));
      node.addEventListener('focus', () => highlight(node));
      node.addEventListener('mouseleave', clear);
      node.addEventListener('blur', clear);
    });
  }
}
