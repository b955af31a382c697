/**
 * The register model for the pages, built once per build from the check's result (the same
 * validated content the content collections are loaded from, see content-loader.ts).
 */
import { buildRegister, type Register } from '../lib/model/register.ts';
import { existsSync, readFileSync } from 'node:fs';
import { buildDate, contentDir } from '../lib/site/config.node.ts';
import { readProtocolHistory } from '../lib/history/git.node.ts';
import type { HistoryResult } from '../lib/history/changes.ts';
import { validatedContent } from './content-loader.ts';

let cached: Register | undefined;

/** The git history read by `npm run build` (REGISTER_HISTORY), or read here (astro dev). */
function history(): HistoryResult {
  const file = process.env.REGISTER_HISTORY;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as HistoryResult;
  return readProtocolHistory(contentDir());
}

export async function getRegister(): Promise<Register> {
  cached ??= buildRegister(validatedContent(), buildDate(), history());
  return cached;
}
