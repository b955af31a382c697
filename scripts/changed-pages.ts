// npm run changed-pages -- <base-ref>: the register's pages that this branch adds, changes or
// removes compared with <base-ref> (e.g. origin/main), as Dutch Markdown. The pull-request
// workflow puts it in the comment on the pull request, next to the summary.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { changedPages, formatChangedPages } from '../src/lib/repository/changed-pages.ts';
import { defaultContentDir } from '../src/lib/site/config.node.ts';

const base = process.argv[2];
if (!base) {
  console.error('Gebruik: npm run changed-pages -- <basis-ref>   (bv. origin/main)');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const diff = spawnSync('git', ['diff', '--name-status', '-M', `${base}...HEAD`, '--', defaultContentDir], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (diff.status !== 0) {
  console.error(`"${base}" is geen bekende git-ref: ${diff.stderr.trim()}`);
  process.exit(2);
}
console.log(formatChangedPages(changedPages(diff.stdout)));
