// npm run bench:graph: layout time, SVG bytes and build time with and without the graph,
// on the synthetic corpus (2000 protocols, 300 parties). Prints figures.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, ensureCorpus, kb, root } from './bench-common.ts';
import { readContentFolder } from '../src/lib/content-files.ts';
import { validateContent } from '../src/lib/validate.ts';
import { buildRegister } from '../src/lib/register.ts';
import { buildDomainGraph, buildGraph, buildNetwork, domainsOf } from '../src/lib/graph.ts';
import { layoutGraph } from '../src/lib/graph-layout.ts';

const protocols = Number(process.env.BENCH_PROTOCOLS ?? 2000);
const corpus = ensureCorpus(protocols, 300);
const register = buildRegister(validateContent(readContentFolder(corpus)), '2026-11-22');

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

const full = buildGraph(register);
console.log(`Netwerk: ${full.nodes.length} partijen, ${full.edges.length} verbindingen (${full.edges.filter((e) => e.mutual).length} wederzijds)`);
const [, fullMs] = await timed(() => layoutGraph(full, { cacheDir: false }));
console.log(`Layout van het volledige netwerk zonder groepering (ter vergelijking): ${fullMs.toFixed(0)} ms`);
const network = buildNetwork(register);
const [, networkMs] = await timed(() => layoutGraph(network, { cacheDir: false }));
console.log(`Layout van /graaf/ (gegroepeerd per beleidsdomein: ${network.nodes.length} vakken, ${network.edges.length} pijlen): ${networkMs.toFixed(0)} ms`);
let domainMs = 0;
for (const d of domainsOf(register)) domainMs += (await timed(() => layoutGraph(buildDomainGraph(register, d.slug), { cacheDir: false })))[1];
console.log(`Layout van ${domainsOf(register).length} domeinweergaven samen: ${domainMs.toFixed(0)} ms`);

const withGraph = resolve(root, '.build-tmp/bench-graph-on');
const withoutGraph = resolve(root, '.build-tmp/bench-graph-off');
const cacheDir = resolve(root, '.cache/graph-layout');
const on = buildSite(corpus, withGraph);
const off = buildSite(corpus, withoutGraph, { REGISTER_GRAPH: 'off' });
const cached = buildSite(corpus, withGraph);
console.log(`Bouwtijd met graaf: ${on.toFixed(1)} s (tweede keer, layouts uit de cache ${cacheDir.replace(root + '/', '')}: ${cached.toFixed(1)} s); zonder graaf: ${off.toFixed(1)} s`);

const svgBytes = (file: string) => {
  const html = readFileSync(file, 'utf8');
  const start = html.indexOf('<svg');
  return start < 0 ? 0 : html.indexOf('</svg>', start) + 6 - start;
};
console.log(`SVG van /graaf/: ${kb(svgBytes(join(withGraph, 'graaf/index.html')))}; /graaf/van-kracht/: ${kb(svgBytes(join(withGraph, 'graaf/van-kracht/index.html')))}`);
const domainDir = join(withGraph, 'graaf/domein');
const domainSizes = readdirSync(domainDir).map((d) => svgBytes(join(domainDir, d, 'index.html')));
console.log(`SVG van de domeinweergaven: grootste ${kb(Math.max(...domainSizes))}, gemiddeld ${kb(domainSizes.reduce((a, b) => a + b, 0) / domainSizes.length)}`);
