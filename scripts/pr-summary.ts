// npm run pr-summary -- <base-ref>: what this branch changes in the register compared with
// <base-ref> (e.g. origin/main), in plain Dutch Markdown. CI appends it to the job summary of
// a pull request; it works the same on an editor's machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { readContentFolder } from '../src/lib/content/read.node.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { buildRegister } from '../src/lib/model/register.ts';
import { buildDate } from '../src/lib/site/config.node.ts';
import { diffRegisters, formatDiff, type RegisterSide } from '../src/lib/repository/register-diff.ts';

const base = process.argv[2];
if (!base) {
  console.error('Gebruik: npm run pr-summary -- <basis-ref>   (bv. origin/main)');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');

function side(dir: string): RegisterSide {
  const content = validateContent(readContentFolder(dir, dir));
  return { register: buildRegister(content, buildDate()), ledger: content, content };
}

const work = mkdtempSync(join(tmpdir(), 'pr-basis-'));
try {
  mkdirSync(join(work, 'content'));
  // The content folder as it is on the base ref, without touching the working tree.
  const archive = spawnSync('git', ['archive', base, 'content'], { cwd: root, maxBuffer: 1024 * 1024 * 1024 });
  if (archive.status !== 0) {
    console.error(`"${base}" is geen bekende git-ref: ${archive.stderr.toString().trim()}`);
    process.exit(2);
  }
  spawnSync('tar', ['-x', '-C', work], { input: archive.stdout });
  console.log(formatDiff(diffRegisters(side(join(work, 'content')), side(resolve(root, 'content')))));
} finally {
  rmSync(work, { recursive: true, force: true });
}
