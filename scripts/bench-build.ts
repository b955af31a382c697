// npm run bench:build [-- --protocols 1000,5000,20000 --parties 300 --runs 3]: builds the same
// synthetic MDX files with the register's build (check + Astro + graph + Pagefind) and with a bare
// Astro 7 + MDX + Pagefind site, in turn, and prints one table row per size: both median times,
// their ratio, the peak memory of each build's whole process tree, and the time of a register
// rebuild after changing one protocol, as a share of the cold build.
// Figures are printed, not asserted: speed targets are read from this output.
//
// The machines here vary in speed from minute to minute (the same build took 61 s and 87 s within
// the hour), so each size is built --runs times (default 3), register and bare site in turn, and
// the ratio is that of the median times.
//
// Cold means cold: each register run starts with empty caches (body cache, graph-layout cache,
// Astro's cache) and no earlier output; the bare site gets an empty Astro cache too. The rebuild
// then changes one sentence in one protocol's body and builds again into the same output, with the
// caches the cold build left (what a pull-request build or an editor's second build finds).
//
// Peak memory is the largest sum of the resident memory of the build process and all its
// descendants (Astro, Pagefind), sampled every 200 ms from /proc (scripts/process-tree.ts).
// `--parties` is one number for every size, or one per size (e.g. 150,750,2000). `--no-body-cache`
// builds without the cache of checked and rendered bodies, to see what it gives.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, folderSize, root } from './bench-common.ts';
import { sampleTreePeak } from './process-tree.ts';
import { childEnvironment } from '../src/lib/site/config.node.ts';

const { values } = parseArgs({
  options: {
    protocols: { type: 'string', default: '1000,5000' },
    parties: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    // To measure what the body cache gives: the same runs without it.
    'no-body-cache': { type: 'boolean', default: false },
    // To measure what slicing the search index gives (SEARCH_SLICE_PAGES): at most this many pages per slice.
    'slice-pages': { type: 'string' },
    // To measure what Astro's incremental build gives: the same runs without it (PAGE_CACHE=off).
    'no-page-cache': { type: 'boolean', default: false },
  },
});
const sizes = values.protocols!.split(',').map(Number);
const partyCounts = values.parties!.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const seconds = (s: number) => `${s.toFixed(1)} s`;

/** Runs a command, returns wall-clock seconds and the peak memory of its whole process tree. */
function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ seconds: number; peak: number; steps: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ...options.env }), stdio: ['ignore', 'pipe', 'inherit'] });
    const sampler = sampleTreePeak(child.pid!, 200);
    // The register's build prints how many bodies came from the cache and the time of each step.
    // Astro's output is long: only the lines wanted are kept, read line by line.
    let rest = '';
    const kept: string[] = [];
    let reused = 0;
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = `${rest}${chunk.toString('utf8')}`.split('\n');
      rest = lines.pop() ?? '';
      kept.push(...lines.filter((line) => line.startsWith('Teksten: ') || line.startsWith('Site gebouwd in ') || line.startsWith('Zoekindex: ')));
      // Astro marks each page it copied from its page cache (the incremental build).
      for (const line of lines) if (/\((cached|restored)\)/.test(line)) reused++;
    });
    child.on('close', (code) => {
      const peak = sampler.stop();
      const output = [...kept, rest].join('\n');
      const steps = [/Teksten: [^\n]*/.exec(output)?.[0], /Zoekindex: [^\n]*/.exec(output)?.[0], `${reused} pagina's uit de paginacache.`, /\(controle [^)]*\)/.exec(output)?.[0]]
        .filter(Boolean)
        .join(' ');
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} mislukte (${code})`));
      else done({ seconds: (performance.now() - started) / 1000, peak, steps });
    });
  });
}

/** A bare Astro 7 + MDX + Pagefind site over the same files: the baseline (its own, empty Astro cache). */
function bareSite(dir: string, corpus: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { protocols: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(corpus, 'protocols'))} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('protocols')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="nl"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>\n`,
  );
}

/** One protocol of the corpus with one sentence added to its body; `restore` puts it back. */
function changeOneProtocol(corpus: string, run: number): { restore: () => void } {
  const dir = join(corpus, 'protocols');
  const name = readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()[0]!;
  const file = join(dir, name);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()}\n\nDeze zin is toegevoegd voor meting ${run} van de herbouw.\n`);
  return { restore: () => writeFileSync(file, original) };
}

const header = [
  '| protocols (parties) | register | bare | ratio | peak tree memory register / bare | rebuild after changing one protocol |',
  '| --- | --- | --- | --- | --- | --- |',
];
const rows: string[] = [];
const work = resolve(root, '.build-tmp/bench-build');
mkdirSync(work, { recursive: true });
sizes.forEach((_, i) => {
  if (!Number.isInteger(sizes[i]) || sizes[i]! < 1) throw new Error(`--protocols: "${values.protocols}" is geen lijst van aantallen`);
});
for (const [i, protocols] of sizes.entries()) {
  const parties = partyCounts[i] ?? partyCounts.at(-1)!;
  const corpus = ensureCorpus(protocols, parties);
  const registerOut = join(work, `register-${protocols}`);
  const caches = join(work, `caches-${protocols}`);
  const bare = join(work, `bare-${protocols}`);
  const bareOut = join(bare, 'dist');
  const registerTimes: number[] = [];
  const rebuildTimes: number[] = [];
  const bareTimes: number[] = [];
  let registerPeak = 0;
  let barePeak = 0;
  for (let run = 1; run <= runs; run++) {
    // Cold: no earlier output and empty caches. Removing a previous site is not part of building one.
    rmSync(registerOut, { recursive: true, force: true });
    rmSync(`${registerOut}.releases`, { recursive: true, force: true });
    rmSync(caches, { recursive: true, force: true });
    rmSync(resolve(root, '.cache/astro'), { recursive: true, force: true });
    const env = {
      REGISTER_CONTENT_DIR: corpus,
      OUT_DIR: registerOut,
      BUILD_DATE: '2026-11-22',
      GRAPH_LAYOUT_CACHE: join(caches, 'graph-layout'),
      BODY_CACHE_DIR: values['no-body-cache'] ? 'off' : join(caches, 'bodies'),
      YAML_CACHE_DIR: join(caches, 'yaml'),
      SEARCH_CACHE_DIR: join(caches, 'search'),
      ...(values['slice-pages'] ? { SEARCH_SLICE_PAGES: values['slice-pages'] } : {}),
      ...(values['no-page-cache'] ? { PAGE_CACHE: 'off' } : {}),
    };
    const register = await measure(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, env });
    const change = changeOneProtocol(corpus, run);
    let rebuild: { seconds: number; peak: number; steps: string };
    try {
      rebuild = await measure(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, env });
    } finally {
      change.restore();
    }
    bareSite(bare, corpus);
    const bareBuild = await measure(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare });
    const pagefind = await measure(process.execPath, [resolve(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', bareOut], { cwd: bare });
    registerTimes.push(register.seconds);
    rebuildTimes.push(rebuild.seconds);
    bareTimes.push(bareBuild.seconds + pagefind.seconds);
    registerPeak = Math.max(registerPeak, register.peak, rebuild.peak);
    barePeak = Math.max(barePeak, bareBuild.peak, pagefind.peak);
    console.log(`    koud: ${register.steps}\n    herbouw: ${rebuild.steps}`);
    console.log(
      `  ${protocols} protocollen, run ${run}: register ${seconds(register.seconds)} (${gb(register.peak)}), herbouw ${seconds(rebuild.seconds)}, kaal ${seconds(bareBuild.seconds + pagefind.seconds)} (${gb(Math.max(bareBuild.peak, pagefind.peak))})`,
    );
  }
  const registerSeconds = median(registerTimes);
  const bareSeconds = median(bareTimes);
  const rebuildSeconds = median(rebuildTimes);
  const registerSize = folderSize(registerOut);
  const bareSize = folderSize(bareOut);
  const row = `| ${protocols.toLocaleString('en')} (${parties}) | ${seconds(registerSeconds)} | ${seconds(bareSeconds)} | ${(registerSeconds / bareSeconds).toFixed(2)}× | ${gb(registerPeak)} / ${gb(barePeak)} | ${seconds(rebuildSeconds)} (${Math.round((100 * rebuildSeconds) / registerSeconds)} % of cold) |`;
  console.log(
    `${protocols} protocollen, mediaan van ${runs}: uitvoer ${registerSize.files} bestanden (${(registerSize.bytes / 1024 ** 2).toFixed(1)} MiB) tegen ${bareSize.files} (${(bareSize.bytes / 1024 ** 2).toFixed(1)} MiB)`,
  );
  rows.push(row);
  console.log([...header, ...rows].join('\n'));
}
writeFileSync(resolve(root, '.build-tmp/bench-build.txt'), `${[...header, ...rows].join('\n')}\n`);
if (existsSync(work)) console.log('Uitvoer in .build-tmp/bench-build/ (wordt niet gepubliceerd).');
