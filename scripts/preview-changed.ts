// npm run preview:changed -- <base-ref> [--out <folder>]: a preview of what this branch changes
// compared with <base-ref> (e.g. origin/main). The register is built from the complete content
// (the check, the lists, the real layout), but the pages that exist once per record are rendered
// only for the changed protocols, parties and data categories and the pages that list them (the
// protocols' parties, data categories and groups of people); the search index covers those
// pages. Into .build-tmp/preview (or --out); prints what it built and how long it took.
// REGISTER_CONTENT_DIR is the content folder (default content/), inside a git repository.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { changedContent, protocolReferences } from '../src/lib/repository/preview.ts';
import { childEnvironment, contentDir as contentFolder } from '../src/lib/site/config.node.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const outDir = resolve(outFlag >= 0 && args[outFlag + 1] ? args[outFlag + 1]! : resolve(root, '.build-tmp/preview'));
const base = args.find((arg, i) => !arg.startsWith('--') && (outFlag < 0 || i !== outFlag + 1));
if (!base) {
  console.error('Gebruik: npm run preview:changed -- <basis-ref> [--out <map>]   (bv. origin/main)');
  process.exit(2);
}
const contentDir = contentFolder();
const git = (...gitArgs: string[]) => spawnSync('git', ['-C', contentDir, ...gitArgs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const diff = git('diff', '--name-status', '-M', `${base}...HEAD`, '--', '.');
if (diff.status !== 0) {
  console.error(`"${base}" is geen bekende git-ref: ${diff.stderr.trim()}`);
  process.exit(2);
}
const changed = changedContent(diff.stdout);
// A changed or removed protocol also changes the pages of the parties and data categories it
// named before: read them from the base version.
const top = git('rev-parse', '--show-toplevel').stdout.trim();
for (const line of diff.stdout.split('\n')) {
  const [status, file] = line.split('\t');
  if (!status || !file || status === 'A' || !/(^|\/)protocols\/[^/]+\.mdx$/.test(file)) continue;
  const before = spawnSync('git', ['-C', top, 'show', `${base}:${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (before.status !== 0) continue;
  const refs = protocolReferences(before.stdout);
  for (const id of refs.parties) if (!changed.parties.includes(id)) changed.parties.push(id);
  for (const id of refs.dataCategories) if (!changed.dataCategories.includes(id)) changed.dataCategories.push(id);
}
console.log(
  `Voorbeeld van ${changed.protocols.length} protocol(len), ${changed.parties.length} partij(en) en ${changed.dataCategories.length} gegevenscategorie(ën) gewijzigd sinds ${base}${changed.removed.length ? ` (${changed.removed.length} bestand(en) verwijderd)` : ''}.`,
);

const selectionFile = `${outDir}.selection-${process.pid}.json`;
mkdirSync(resolve(outDir, '..'), { recursive: true });
writeFileSync(selectionFile, JSON.stringify(changed));
const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], {
  cwd: root,
  stdio: 'inherit',
  // A preview renders a few pages once, mostly on a fresh CI machine: keying and copying every page
  // for Astro's page cache would cost more than it saves.
  env: childEnvironment({ REGISTER_CONTENT_DIR: contentDir, OUT_DIR: outDir, REGISTER_ONLY: selectionFile, PAGE_CACHE: 'off' }),
});
rmSync(selectionFile, { force: true });
if (build.status !== 0) process.exit(build.status ?? 1);

const pages: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') walk(path);
    } else if (name === 'index.html') pages.push(`/${relative(outDir, dir)}/`.replace('//', '/'));
  }
};
walk(outDir);
pages.sort();
const perRecord = pages.filter((page) => /^\/(protocollen|partijen|gegevens|betrokkenen|embed\/partijen|protocollen\/partij|graaf\/gegevens)\/[^/]+\/$/.test(page));
console.log(`\nGebouwde pagina's per record (${perRecord.length}):\n${perRecord.map((page) => `  ${page}`).join('\n')}`);
console.log(
  `Voorbeeld gebouwd in ${outDir}: ${pages.length} pagina's in totaal (ook de overzichten), zoekindex over die pagina's; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
