// npm run check [-- <content folder>] [-- --changed <base-ref>]: validates every content file and
// lists every problem. With --changed, the files changed since <base-ref> (committed, staged,
// in the working tree or new) come first with every problem; the rest is summarised in one line.
// Exit code 1 when there is at least one error anywhere; warnings alone do not fail. Whatever the
// input, the last line is the Dutch summary: an unexpected failure is reported as an error, never
// as a stack trace.
import { spawnSync } from 'node:child_process';
import { formatChangedFirst } from '../src/lib/content/changed-first.ts';
import { bodyCacheDir, buildDate, ConfigError, contentDir as contentFolder, yamlCacheDir } from '../src/lib/site/config.node.ts';
import type { BodyStats } from '../src/lib/content/parallel.node.ts';
import { join, relative, resolve } from 'node:path';
import { formatIssues, hasErrors, type ValidatedContent } from '../src/lib/content/validate.ts';
import { loadContent } from '../src/lib/repository/load.node.ts';
import { inertLine } from '../src/lib/text.ts';
import { existsSync } from 'node:fs';
import { formerSlugLedgerIssues, ledgerFileName, ledgerProblem, parseLedger } from '../src/lib/repository/url-ledger.ts';
import { readContentFile, refuseEntry } from '../src/lib/content/files.node.ts';
import type { Issue } from '../src/lib/content/issue.ts';
import { publicFileIssues, trackedBuildFileIssues } from '../src/lib/repository/trust-boundary.node.ts';

const root = resolve(import.meta.dirname, '..');

/**
 * The ledger of published URLs is part of the trust boundary: missing, cut short, not a regular
 * file, or naming former slugs it never published, it is an error of the check.
 */
function ledgerIssues(contentDir: string, content: Parameters<typeof formerSlugLedgerIssues>[1]): Issue[] {
  const path = join(contentDir, ledgerFileName);
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path) && refuseEntry(path, '.txt')?.message.startsWith('het bestand kan niet'))
    return [
      {
        code: 'U008',
        level: 'error',
        file,
        field: '',
        message: `${ledgerFileName} ontbreekt: zonder die lijst kunnen gepubliceerde URL's stil verdwijnen`,
        fix: `herstel het bestand (git checkout origin/main -- content/${ledgerFileName}); voor een nieuw register: maak het met "npm run urls:update" en commit het`,
      },
    ];
  const refusal = refuseEntry(path, '.txt');
  const read = refusal ? { refusal } : readContentFile(path);
  if ('refusal' in read) return [{ level: 'error', file, field: '', line: 1, ...read.refusal }];
  const problem = ledgerProblem(read.text);
  if (problem) return [{ level: 'error', file, field: '', ...problem }];
  return formerSlugLedgerIssues(parseLedger(read.text), content);
}

/** Validates the folder and prints the report; returns the result when there is no error. */
export async function checkContent(contentDir: string, isChanged?: (file: string) => boolean, report: { warningFiles?: number } = {}): Promise<ValidatedContent | undefined> {
  try {
    const bodyStats: BodyStats = { processed: 0, cached: 0, refused: 0 };
    const result = await loadContent(contentDir, { parallel: true, today: checkDate(), bodyCache: bodyCacheDir(), yamlCache: yamlCacheDir(), bodyStats });
    result.issues.push(...ledgerIssues(contentDir, result));
    // Beyond content/: public/ must match its manifest, build caches never come from the repository.
    result.issues.push(...publicFileIssues(root), ...trackedBuildFileIssues(root));
    console.log(
      `Inhoud gecontroleerd in ${inertLine(contentDir)}: ${result.protocols.length} protocollen, ${result.parties.length} partijen, ${result.dataCategories.length} gegevenscategorieën.`,
    );
    console.log(
      `Teksten: ${bodyStats.processed} gecontroleerd en omgezet, ${bodyStats.cached} uit de cache${bodyStats.refused ? ` (${bodyStats.refused} cachebestand(en) uit de cache verworpen en opnieuw gemaakt)` : ''}.`,
    );
    if (isChanged) console.log(formatChangedFirst(result.issues, isChanged));
    else if (result.issues.length > 0) console.log(formatIssues(result.issues, report));
    return hasErrors(result.issues) ? undefined : result;
  } catch (error) {
    const reason = error instanceof RangeError ? 'de inhoud is te groot of te diep genest' : inertLine(error instanceof Error ? error.message : String(error)).slice(0, 300);
    console.log(
      `[X001] De controle van ${inertLine(contentDir)} is afgebroken: ${reason}.\n  oplossing: verklein of vereenvoudig het bestand dat u het laatst wijzigde, en meld dit aan de beheerders als het blijft.\n1 fout(en), 0 waarschuwing(en)`,
    );
    return undefined;
  }
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
  const dir = contentFolder(rest[0]);
  const changed = base ? changedFiles(base) : undefined;
  process.exit((await checkContent(dir, changed && ((file) => changed.has(resolve(file))))) ? 0 : 1);
}
