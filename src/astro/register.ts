/** Loads the content collections once per build and turns them into the register model. */
import { getCollection } from 'astro:content';
import { buildRegister, type Register } from '../lib/model/register.ts';
import { existsSync, readFileSync } from 'node:fs';
import { buildDate, contentDir } from '../lib/site/config.ts';
import { readProtocolHistory } from '../lib/history/git.ts';
import type { HistoryResult } from '../lib/history/changes.ts';
import { htmlToText } from '../lib/text.ts';

let cached: Promise<Register> | undefined;

/** The git history read by `npm run build` (REGISTER_HISTORY), or read here (astro dev). */
function history(): HistoryResult {
  const file = process.env.REGISTER_HISTORY;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as HistoryResult;
  return readProtocolHistory(contentDir());
}

export function getRegister(): Promise<Register> {
  cached ??= (async () => {
    const [parties, dataCategories, dataSubjectGroups, protocols] = await Promise.all([
      getCollection('parties'),
      getCollection('dataCategories'),
      getCollection('dataSubjectGroups'),
      getCollection('protocols'),
    ]);
    const withText = protocols.map((entry) => ({ id: entry.id, data: entry.data, text: htmlToText(entry.rendered?.html ?? '') }));
    return buildRegister({ parties, dataCategories, dataSubjectGroups, protocols: withText }, buildDate(), history());
  })();
  return cached;
}
