// npm run bench:build [-- --protocols 1000,5000]: in one run, builds the same synthetic MDX
// files with the register's build (check + Astro + graph + Pagefind) and with a bare Astro 7 +
// MDX + Pagefind site, and prints both times, the ratio, peak memory and output size.
// Figures are printed, not asserted: speed targets are read from this output.
//
// The machines here vary in speed from minute to minute (the same build took 61 s and 87 s within
// the hour), so each size is built --runs times (default 3), register and bare site in turn, and
// the ratio is that of the median times.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, folderSize, mb, root } from './bench-common.ts';
import { childEnvironment } from '../src/lib/site/config.node.ts';

const { values } = parseArgs({
  options: { protocols: { type: 'string', default: '1000,5000' }, parties: { type: 'string', default: '300' }, runs: { type: 'string', default: '3' } },
});
const sizes = values.protocols!.split(',').map(Number);
const runs = Math.max(1, Number(values.runs));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command, returns wall-clock seconds and the peak memory of its process tree. */
function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ seconds: number; peak: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: childEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ...options.env }), stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${command} ${args.join(' ')} mislukte (${code})`));
      else done({ seconds: (performance.now() - started) / 1000, peak });
    });
  });
}

/** A bare Astro 7 + MDX + Pagefind site over the same files: the baseline. */
function bareSite(dir: string, corpus: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare', type: 'module', private: true }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n`,
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

const rows: string[] = [];
for (const protocols of sizes) {
  const corpus = ensureCorpus(protocols, Number(values.parties));
  const work = resolve(root, '.build-tmp/bench-build');
  mkdirSync(work, { recursive: true });

  const registerOut = join(work, `register-${protocols}`);
  const bare = join(work, `bare-${protocols}`);
  const bareOut = join(bare, 'dist');
  const registerTimes: number[] = [];
  const bareTimes: number[] = [];
  let registerPeak = 0;
  let barePeak = 0;
  for (let run = 1; run <= runs; run++) {
    // Both builds start without earlier output: removing a previous 5,000-protocol site is not
    // part of building one (the bare site's folder is recreated before it is measured too).
    rmSync(registerOut, { recursive: true, force: true });
    const register = await measure(process.execPath, [resolve(root, 'scripts/build.ts')], {
      cwd: root,
      env: { REGISTER_CONTENT_DIR: corpus, OUT_DIR: registerOut, BUILD_DATE: '2026-11-22' },
    });
    bareSite(bare, corpus);
    const bareBuild = await measure(process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: bare });
    const pagefind = await measure(process.execPath, [resolve(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', bareOut], { cwd: bare });
    registerTimes.push(register.seconds);
    bareTimes.push(bareBuild.seconds + pagefind.seconds);
    registerPeak = Math.max(registerPeak, register.peak);
    barePeak = Math.max(barePeak, bareBuild.peak, pagefind.peak);
    console.log(`  ${protocols} protocollen, run ${run}: register ${register.seconds.toFixed(1)} s, kaal ${(bareBuild.seconds + pagefind.seconds).toFixed(1)} s`);
  }
  const registerSeconds = median(registerTimes);
  const bareSeconds = median(bareTimes);
  const bareSize = folderSize(bareOut);
  const registerSize = folderSize(registerOut);
  const line = `${protocols} protocollen (mediaan van ${runs}): register ${registerSeconds.toFixed(1)} s, kaal Astro ${bareSeconds.toFixed(1)} s, verhouding ${(registerSeconds / bareSeconds).toFixed(2)}×; piekgeheugen ${mb(registerPeak)} tegen ${mb(barePeak)}; uitvoer ${mb(registerSize.bytes)} (${registerSize.files} bestanden) tegen ${mb(bareSize.bytes)} (${bareSize.files})`;
  console.log(line);
  rows.push(line);
}
writeFileSync(resolve(root, '.build-tmp/bench-build.txt'), `${rows.join('\n')}\n`);
if (existsSync(resolve(root, '.build-tmp/bench-build'))) console.log('Uitvoer in .build-tmp/bench-build/ (wordt niet gepubliceerd).');
