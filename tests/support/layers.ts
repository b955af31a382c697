// The layer rule of src/, as code (README, "Layout of the code"). Pure: it gets each module's path
// and source text and returns every forbidden import with the reason; tests/unit/layers.test.ts
// runs it over the real tree.
//
// From bottom to top, a module may import only from its own layer or lower ones:
//   1 text     src/lib/*.ts (text, dates, labels: the helpers every layer uses)
//   2 site     src/lib/site/
//   3 content  src/lib/content/
//   3.5 history src/lib/history/ (reads files through content; the model carries each record's history)
//   4 model    src/lib/model/
//   5 output   src/lib/search/, src/lib/exports/, src/lib/graph/
//   6 views    src/lib/views/
//   7 astro    src/astro/, src/content.config.ts
//   8 pages    src/pages/, src/components/, src/layouts/
// On the side: src/lib/import/ and src/lib/repository/ import layers 1-6 (and each other); of src/,
// only src/astro/ imports them. src/client/ (browser code) imports only browser-safe modules: its
// whole import closure has no node:* or other Node built-in, no zod, no astro, no Node-only module.
// Node-only modules of src/lib (those that import a Node built-in or read process.env, cwd, argv ...)
// are named *.node.ts.
// Type-only imports count like any other: the rule is about what a module knows.
import ts from 'typescript';

export interface SourceModule {
  /** Path from the repository root with forward slashes, e.g. 'src/lib/model/status.ts'. */
  file: string;
  source: string;
}

export interface Violation {
  file: string;
  import: string;
  why: string;
}

export type LayerName = 'text' | 'site' | 'content' | 'history' | 'model' | 'output' | 'views' | 'astro' | 'pages' | 'import' | 'repository' | 'client';

/** Rank of each stacked layer; the side layers (import, repository, client) have none. */
export const layerRanks: Partial<Record<LayerName, number>> = { text: 1, site: 2, content: 3, history: 3.5, model: 4, output: 5, views: 6, astro: 7, pages: 8 };

export function layerOf(file: string): LayerName | undefined {
  if (/^src\/lib\/[^/]+\.ts$/.test(file)) return 'text';
  const lib = /^src\/lib\/([^/]+)\//.exec(file)?.[1];
  if (lib !== undefined) {
    if (lib === 'site' || lib === 'content' || lib === 'history' || lib === 'model' || lib === 'views' || lib === 'import' || lib === 'repository') return lib;
    if (lib === 'search' || lib === 'exports' || lib === 'graph') return 'output';
    return undefined;
  }
  if (file.startsWith('src/astro/') || file === 'src/content.config.ts') return 'astro';
  if (/^src\/(pages|components|layouts)\//.test(file)) return 'pages';
  if (file.startsWith('src/client/')) return 'client';
  return undefined;
}

export function isNodeOnlyName(file: string): boolean {
  return /\.node\.ts$/.test(file);
}

const nodeBuiltins = new Set([
  'assert',
  'async_hooks',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'string_decoder',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
]);

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || nodeBuiltins.has(specifier);
}

/** zod, astro and Astro's virtual modules: build-time only, never in the browser. */
function isBuildTimePackage(specifier: string): boolean {
  return /^(zod|astro)(\/|$)/.test(specifier) || specifier.startsWith('astro:') || specifier.startsWith('@astrojs/');
}

/** The code of a module: a .ts file whole; of an .astro file its frontmatter and its <script> elements. */
function codeOf(module: SourceModule): string {
  if (!module.file.endsWith('.astro')) return module.source;
  const parts: string[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(module.source);
  if (frontmatter) parts.push(frontmatter[1] ?? '');
  for (const script of module.source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(script[1] ?? '');
  return parts.join('\n');
}

/** Every module specifier a module names: static, type-only, re-exports, dynamic import(). */
export function importsOf(module: SourceModule): string[] {
  const info = ts.preProcessFile(codeOf(module), true, true);
  return info.importedFiles.map((entry) => entry.fileName);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function dirname(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}

/** The file a relative specifier names among the known files (as written, or with .ts or /index.ts). */
function resolve(from: string, specifier: string, files: Set<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = normalise(`${dirname(from)}/${specifier}`);
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return base;
}

/** Why `from` may not import `target` (both files under src/), or undefined when it may. */
function layerProblem(from: string, target: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(target);
  if (a === undefined) return `${from} is in no layer: put it in one of the folders of the layer rule`;
  if (b === undefined) return `${target} is in no layer`;
  if (b === 'client') return a === 'pages' || a === 'client' ? undefined : `only pages, components and layouts load browser code (${a} imports client)`;
  if (b === 'import' || b === 'repository') {
    if (a === 'astro' || a === 'import' || a === 'repository') return undefined;
    return `src/lib/${b}/ is on the side: of src/ only src/astro/ may import it (${a} imports ${b})`;
  }
  const rb = layerRanks[b] ?? 0;
  if (a === 'import' || a === 'repository') return rb <= 6 ? undefined : `${a} may import src/lib only (it imports ${b})`;
  if (a === 'client') return rb <= 6 ? undefined : `browser code may import src/lib only (it imports ${b})`;
  const ra = layerRanks[a] ?? 0;
  return rb > ra ? `${a} (layer ${ra}) may not import ${b} (layer ${rb}): a module imports only its own layer or lower ones` : undefined;
}

export function checkLayers(modules: SourceModule[]): Violation[] {
  const files = new Set(modules.map((module) => module.file));
  const violations: Violation[] = [];
  // Per module its specifiers and, for those inside src/, the files they name.
  const graph = new Map<string, { specifier: string; target?: string }[]>();
  for (const module of modules) {
    graph.set(
      module.file,
      importsOf(module).map((specifier) => ({ specifier, target: resolve(module.file, specifier, files) })),
    );
  }

  for (const module of modules) {
    const edges = graph.get(module.file) ?? [];
    for (const { specifier, target } of edges) {
      if (target !== undefined && target.startsWith('src/') && !target.endsWith('.css')) {
        const why = layerProblem(module.file, target);
        if (why) violations.push({ file: module.file, import: specifier, why });
      }
    }
    if (module.file.startsWith('src/lib/') && !isNodeOnlyName(module.file)) {
      for (const { specifier } of edges) {
        if (isNodeBuiltin(specifier)) violations.push({ file: module.file, import: specifier, why: `imports a Node built-in, so it is Node-only: name it *.node.ts` });
      }
      const usesProcess = /\bprocess\.(env|cwd|argv|exit|stdout|stderr|stdin)\b/.exec(module.source);
      if (usesProcess) violations.push({ file: module.file, import: usesProcess[0], why: `reads the Node process (${usesProcess[0]}), so it is Node-only: name it *.node.ts` });
    }
    if (layerOf(module.file) === 'client') violations.push(...browserProblems(module.file, graph));
  }
  return violations;
}

/** Everything browser code reaches: each direct import whose closure holds something that cannot run in a browser. */
function browserProblems(file: string, graph: Map<string, { specifier: string; target?: string }[]>): Violation[] {
  const violations: Violation[] = [];
  for (const edge of graph.get(file) ?? []) {
    const reason = unsafeReason(edge, graph, new Set([file]));
    if (reason) violations.push({ file, import: edge.specifier, why: `browser code must be browser-safe: ${reason}` });
  }
  return violations;
}

function unsafeReason(edge: { specifier: string; target?: string }, graph: Map<string, { specifier: string; target?: string }[]>, seen: Set<string>): string | undefined {
  if (isNodeBuiltin(edge.specifier)) return `${edge.specifier} is a Node built-in`;
  if (isBuildTimePackage(edge.specifier)) return `${edge.specifier} is build-time only (zod, astro)`;
  const target = edge.target;
  if (target === undefined || seen.has(target)) return undefined;
  seen.add(target);
  if (isNodeOnlyName(target)) return `${target} is Node-only`;
  if (target.endsWith('.astro')) return `${target} is an Astro component`;
  for (const next of graph.get(target) ?? []) {
    const reason = unsafeReason(next, graph, seen);
    if (reason) return `${target} -> ${reason}`;
  }
  return undefined;
}
