// npm run bench:graph: how fast and how big is the data-flow graph on the synthetic corpus
// (2000 protocols, 300 parties)? Prints
// - the size of the graphs (parties, edges, what is drawn),
// - pure layout time with elkjs, without cache, for every drawing a build makes,
// - the time to read a layout back from the cache,
// - SVG bytes of the /graaf/ pages, party pages and protocol pages,
// - build time with the graph (empty layout cache, then filled cache) and without it
//   (REGISTER_GRAPH=off: no drawings; the tables are still built).
// BENCH_SKIP_BUILD=1 skips the builds; BENCH_BUILD_RUNS sets how often each build is repeated.
// Writes the figures also to .build-tmp/bench-graph.json.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite, ensureCorpus, kb, root } from './bench-common.ts';
import { loadContent, loadRegister } from '../src/lib/repository/load.node.ts';
import { benchSettings } from '../src/lib/site/config.node.ts';
import { buildDomainGraph, buildGraph, buildNetwork, buildPartyGraph, domainParts, domainsOf, type Graph } from '../src/lib/graph/model.ts';
import { drawnGraph, forgetLayouts, layoutGraph } from '../src/lib/graph/layout.node.ts';

const { protocols, parties, skipBuild, buildRuns } = benchSettings();
const corpus = ensureCorpus(protocols, parties);
const register = loadRegister(await loadContent(corpus), { today: '2026-11-22' });
const figures: Record<string, unknown> = { corpus: corpus.replace(`${root}/`, ''), protocols: register.protocols.length, parties: register.parties.size };
const ms = (value: number) => `${value.toFixed(0)} ms`;

// --- Graph sizes --------------------------------------------------------------------------
const full = buildGraph(register);
const network = buildNetwork(register);
const drawnNetwork = drawnGraph(network);
console.log(`Corpus: ${register.protocols.length} protocollen, ${register.parties.size} partijen.`);
console.log(`Volledig netwerk: ${full.nodes.length} partijen, ${full.edges.length} verbindingen (${full.edges.filter((e) => e.mutual).length} wederzijds).`);
console.log(`/graaf/: gegroepeerd per beleidsdomein: ${network.nodes.length} groepen, ${network.edges.length} verbindingen, waarvan ${drawnNetwork.edges.length} getekend.`);
figures.fullNetwork = { nodes: full.nodes.length, edges: full.edges.length };
figures.overview = { nodes: network.nodes.length, edges: network.edges.length, drawnEdges: drawnNetwork.edges.length };

// --- Every drawing a build makes, laid out without cache ----------------------------------
const categories = [...new Set(register.protocols.flatMap((p) => p.categories))];
const groups: Record<string, Graph[]> = {
  '/graaf/ (alle stromen)': [network],
  '/graaf/van-kracht/': [buildNetwork(register, { view: 'in-force' })],
  [`/graaf/gegevens/… (${categories.length} soorten gegevens)`]: categories.map((category) => buildNetwork(register, { category })),
  '/graaf/domein/… (beleidsdomeinen en hun delen)': domainsOf(register).flatMap((d) =>
    domainParts(register, d.slug).map((part) => buildDomainGraph(register, d.slug, { part: part.index })),
  ),
  [`partijpagina's (${register.parties.size})`]: [...register.parties.keys()].map((id) => buildPartyGraph(register, id)).filter((g) => g.edges.length),
  [`protocolpagina's (${register.protocols.length})`]: register.protocols.map((p) => buildGraph(register, { protocols: [p.id] })).filter((g) => g.edges.length),
};
const layoutFigures: Record<string, { drawings: number; totalMs: number; maxMs: number; maxNodes: number; maxEdges: number }> = {};
let layoutTotal = 0;
console.log('\nLayouttijd met elkjs (zonder cache):');
for (const [name, graphs] of Object.entries(groups)) {
  let total = 0;
  let max = 0;
  let maxNodes = 0;
  let maxEdges = 0;
  for (const graph of graphs) {
    const drawn = drawnGraph(graph);
    const start = performance.now();
    await layoutGraph(drawn, { cacheDir: false });
    const took = performance.now() - start;
    total += took;
    max = Math.max(max, took);
    maxNodes = Math.max(maxNodes, drawn.nodes.length);
    maxEdges = Math.max(maxEdges, drawn.edges.length);
  }
  layoutTotal += total;
  layoutFigures[name] = { drawings: graphs.length, totalMs: Math.round(total), maxMs: Math.round(max), maxNodes, maxEdges };
  console.log(`  ${name}: ${graphs.length} tekening(en), samen ${ms(total)}, traagste ${ms(max)} (grootste: ${maxNodes} vakken, ${maxEdges} lijnen getekend)`);
}
console.log(`  Alles samen: ${ms(layoutTotal)}`);
figures.layout = layoutFigures;
figures.layoutTotalMs = Math.round(layoutTotal);

// --- Cache hit -----------------------------------------------------------------------------
const cacheDir = resolve(root, '.build-tmp/bench-graph-cache-test');
rmSync(cacheDir, { recursive: true, force: true });
await layoutGraph(drawnNetwork, { cacheDir });
forgetLayouts();
const hitStart = performance.now();
await layoutGraph(drawnNetwork, { cacheDir });
const hitMs = performance.now() - hitStart;
console.log(`\nLayout van /graaf/ uit de cache (.cache/graph-layout/<sha256>.json): ${hitMs.toFixed(1)} ms`);
figures.cacheHitMs = Number(hitMs.toFixed(1));
rmSync(cacheDir, { recursive: true, force: true });

if (skipBuild) {
  writeFileSync(resolve(root, '.build-tmp/bench-graph.json'), JSON.stringify(figures, null, 2));
  process.exit(0);
}

// --- Builds ------------------------------------------------------------------------------
const withGraph = resolve(root, '.build-tmp/bench-graph-on');
const withoutGraph = resolve(root, '.build-tmp/bench-graph-off');
const freshCache = resolve(root, '.build-tmp/bench-graph-layout-cache');
rmSync(freshCache, { recursive: true, force: true });
mkdirSync(freshCache, { recursive: true });
// Build times vary from run to run (other work on the machine), so the builds alternate
// and each figure is the fastest of BENCH_BUILD_RUNS runs (default 2), all runs printed.
const runs = Math.max(1, buildRuns);
console.log(`\nBouwen: ${1 + 2 * runs} builds van elk 1 à 2 minuten …`);
const cold = buildSite(corpus, withGraph, { GRAPH_LAYOUT_CACHE: freshCache });
const offRuns: number[] = [];
const warmRuns: number[] = [];
for (let i = 0; i < runs; i++) {
  offRuns.push(buildSite(corpus, withoutGraph, { REGISTER_GRAPH: 'off' }));
  warmRuns.push(buildSite(corpus, withGraph, { GRAPH_LAYOUT_CACHE: freshCache }));
}
const off = Math.min(...offRuns);
const warm = Math.min(...warmRuns);
const cachedFiles = readdirSync(freshCache).length;
const list = (values: number[]) => values.map((v) => `${v.toFixed(1)} s`).join(', ');
const diff = (v: number) => `${v - off >= 0 ? '+' : '−'}${Math.abs(v - off).toFixed(1)} s`;
console.log(`Bouwtijd zonder graaf (REGISTER_GRAPH=off): ${off.toFixed(1)} s (runs: ${list(offRuns)})`);
console.log(`Bouwtijd met graaf, lege layoutcache: ${cold.toFixed(1)} s (${diff(cold)}; één run)`);
console.log(`Bouwtijd met graaf, gevulde layoutcache (${cachedFiles} layouts): ${warm.toFixed(1)} s (${diff(warm)}; runs: ${list(warmRuns)})`);
figures.build = {
  offSeconds: round1(off),
  coldSeconds: round1(cold),
  warmSeconds: round1(warm),
  offRuns: offRuns.map(round1),
  warmRuns: warmRuns.map(round1),
  cachedLayouts: cachedFiles,
};
rmSync(freshCache, { recursive: true, force: true });

// --- SVG bytes ---------------------------------------------------------------------------
function svgBytes(file: string): number {
  const html = readFileSync(file, 'utf8');
  let total = 0;
  for (let start = html.indexOf('<svg xmlns'); start >= 0; start = html.indexOf('<svg xmlns', start + 1)) {
    total += html.indexOf('</svg>', start) + 6 - start;
  }
  return total;
}
const pagesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).map((f) => join(dir, f));
function summary(name: string, files: string[]) {
  const sizes = files.map((file) => ({ svg: svgBytes(file), html: readFileSync(file).length }));
  const svg = sizes.map((s) => s.svg);
  const html = sizes.map((s) => s.html);
  const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  console.log(
    `  ${name}: ${files.length} pagina('s); SVG gemiddeld ${kb(avg(svg))}, grootste ${kb(Math.max(...svg))}; hele pagina gemiddeld ${kb(avg(html))}, grootste ${kb(Math.max(...html))}`,
  );
  return { pages: files.length, svgAvgBytes: Math.round(avg(svg)), svgMaxBytes: Math.max(...svg), htmlAvgBytes: Math.round(avg(html)), htmlMaxBytes: Math.max(...html) };
}
console.log('\nGrootte (met graaf):');
figures.bytes = {
  graaf: summary('/graaf/', [join(withGraph, 'graaf/index.html')]),
  vanKracht: summary('/graaf/van-kracht/', [join(withGraph, 'graaf/van-kracht/index.html')]),
  categories: summary('/graaf/gegevens/…', pagesUnder(join(withGraph, 'graaf/gegevens'))),
  domains: summary('/graaf/domein/…', pagesUnder(join(withGraph, 'graaf/domein'))),
  parties: summary("partijpagina's", pagesUnder(join(withGraph, 'partijen'))),
  protocols: summary(
    "protocolpagina's",
    pagesUnder(join(withGraph, 'protocollen')).filter((f) => !/protocollen\/(partij|status)\//.test(f) && !f.endsWith('protocollen/index.html')),
  ),
};
writeFileSync(resolve(root, '.build-tmp/bench-graph.json'), JSON.stringify(figures, null, 2));
console.log('\nCijfers ook in .build-tmp/bench-graph.json');

function round1(n: number) {
  return Math.round(n * 10) / 10;
}
