// npm run check [-- <content folder>] [-- --changed <base-ref>]: validates every content file and
// lists every problem. With --changed, the files changed since <base-ref> (committed, staged,
// in the working tree or new) come first with every problem; the rest is summarised in one line.
// Exit code 1 when there is at least one error anywhere; warnings alone do not fail.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { formatChangedFirst } from '../src/lib/content/changed-first.ts';
import { readContentFolder } from '../src/lib/content/read.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { processBodies } from '../src/lib/content/parallel.ts';
import { buildDate, ConfigError } from '../src/lib/site/config.ts';

/** Validates the folder and prints the report; returns the result when there is no error. */
export async function checkContent(contentDir: string, isChanged?: (file: string) => boolean): Promise<ValidatedContent | undefined> {
  const raw = readContentFolder(contentDir);
  const result = validateContent(raw, await processBodies(raw.protocols), { today: checkDate() });
  console.log(
    `Inhoud gecontroleerd in ${contentDir}: ${result.protocols.length} protocollen, ${result.parties.length} partijen, ${result.dataCategories.length} gegevenscategorieën.`,
  );
  if (isChanged) console.log(formatChangedFirst(result.issues, isChanged));
  else if (result.issues.length > 0) console.log(formatIssues(result.issues));
  return hasErrors(result.issues) ? undefined : result;
}

/** The day date-driven warnings (a review date that has passed) are computed for: BUILD_DATE, else today. */
function checkDate(): string | undefined {
  try {
    return buildDate();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.log(`Let op: ${error.message}; datums zoals herzieningsdatums worden niet gecontroleerd.`);
      return undefined;
    }
    throw error;
  }
}

/** Files changed since `base`: committed on this branch, staged, in the working tree, or new. */
function changedFiles(base: string): Set<string> {
  const git = (...args: string[]) => {
    const run = spawnSync('git', args, { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`git ${args.join(' ')} lukt niet: ${run.stderr.trim()} (is "${base}" een bekende ref?)`);
      process.exit(2);
    }
    return run.stdout.split('\n').filter(Boolean);
  };
  const root = git('rev-parse', '--show-toplevel')[0]!;
  const names = [...git('diff', '--name-only', `${base}...HEAD`), ...git('diff', '--name-only', 'HEAD'), ...git('ls-files', '--others', '--exclude-standard')];
  return new Set(names.map((name) => resolve(root, name)));
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--changed');
  const base = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !base) {
    console.error('Gebruik: npm run check -- --changed <basis-ref>   (bv. origin/main)');
    process.exit(2);
  }
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const dir = resolve(rest[0] ?? process.env.REGISTER_CONTENT_DIR ?? 'content');
  const changed = base ? changedFiles(base) : undefined;
  process.exit((await checkContent(dir, changed && ((file) => changed.has(resolve(file))))) ? 0 : 1);
}
