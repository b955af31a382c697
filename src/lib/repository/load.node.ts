/**
 * The one way into the register (Node only: it reads files and git). Every script, the Astro
 * glue (src/astro/) and the tests' support code go through here:
 *
 * - `loadContent(dir)`: read a content folder and check it (schemas, references, bodies, the
 *   publish gate); the validated entries with every problem found (`issues`). Whether an error
 *   stops the caller is the caller's choice: `requireValid` stops with the report.
 * - `loadHistory(dir)`: the protocols' history from git (or the file the build wrote it to).
 * - `loadRegister(content, { history, today })`: content + history + build date → the register
 *   the pages, exports and summaries read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseContentFiles, protocolBodies, readContentFiles } from '../content/read.node.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../content/validate.ts';
import { processBodies, type BodyStats } from '../content/parallel.node.ts';
import { openBodyCache } from '../content/body-cache.node.ts';
import { buildRegister, type Register } from '../model/register.ts';
import type { HistoryResult } from '../history/changes.ts';
import { readProtocolHistory } from '../history/git.node.ts';
import { buildDate, yamlCacheDir } from '../site/config.node.ts';
import { yamlCache } from '../content/yaml-cache.node.ts';

export interface LoadContentOptions {
  /** Issues name files relative to this folder; default the folder the command runs from. */
  fileNamesFrom?: string;
  /** Parse, check and render the bodies on every core (worker threads): the check and the build. */
  parallel?: boolean;
  /** With `parallel`: the folder of the cache of checked and rendered bodies (body-cache.node.ts); without it, none. */
  bodyCache?: string;
  /** The folder of the cache of parsed YAML (yaml-cache.node.ts); without it every file is parsed. */
  yamlCache?: string;
  /** Filled in with how many bodies were processed and how many came from the cache. */
  bodyStats?: BodyStats;
  /** The day date-driven warnings (a passed review date) are computed for; without it, none. */
  today?: string;
}

/** Reads and checks the content folder `dir`: the validated entries and every problem. */
export async function loadContent(dir: string, options: LoadContentOptions = {}): Promise<ValidatedContent> {
  const files = readContentFiles(dir, options.fileNamesFrom);
  const cache = options.bodyCache ? openBodyCache(options.bodyCache) : undefined;
  // The workers start on the bodies first; this thread parses the YAML meanwhile (it would
  // otherwise wait for them: 4 s of the check's 22 s at 5,000 protocols).
  const bodies = options.parallel ? processBodies(protocolBodies(files), cache, options.bodyStats) : undefined;
  const yaml = yamlCache(options.yamlCache, 'check');
  const raw = parseContentFiles(files, yaml);
  yaml.save();
  return validateContent(raw, await bodies, { today: options.today });
}

/** Content with errors, stopped before anything is built from it; the message is the check's report. */
export class ContentError extends Error {
  readonly content: ValidatedContent;
  constructor(content: ValidatedContent) {
    super(`De inhoud bevat fouten; er wordt niets gebouwd.\n${formatIssues(content.issues)}`);
    this.content = content;
  }
}

/** The content itself when it has no errors (warnings are allowed); else a ContentError. */
export function requireValid(content: ValidatedContent): ValidatedContent {
  if (hasErrors(content.issues)) throw new ContentError(content);
  return content;
}

/** The history of the protocols in `dir`: from `file` when the build wrote it there, else read from git. */
export function loadHistory(dir: string, file?: string): HistoryResult {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as HistoryResult;
  return readProtocolHistory(dir, { cacheDir: yamlCacheDir() });
}

export type RegisterContent = Parameters<typeof buildRegister>[0];

/**
 * The register read model: content (validated, or the content collections' entries with their
 * rendered bodies) with its history, for the build date (BUILD_DATE, else today in Brussels).
 * Without history every protocol page says none was read.
 */
export function loadRegister(content: RegisterContent, options: { history?: HistoryResult; today?: string } = {}): Register {
  return buildRegister(content, options.today ?? buildDate(), options.history);
}
