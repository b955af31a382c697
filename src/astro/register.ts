/**
 * The register model for the pages, built once per build from the content collections
 * (getCollection; their loader is the register's loader, see content-loader.ts) with the
 * rendered bodies the check made for exactly those entries, the git history and the build date.
 */
import { getCollection } from 'astro:content';
import type { Register } from '../lib/model/register.ts';
import { loadHistory, loadRegister } from '../lib/repository/load.node.ts';
import { buildHandover, contentDir } from '../lib/site/config.node.ts';
import { renderedBody } from './content-loader.ts';

let cached: Promise<Register> | undefined;

/**
 * A collection's entries in the order the check read them (file names, sorted by code unit):
 * Astro's data store sorts its entries with localeCompare, and the register keeps the order of
 * the files wherever it does not sort itself.
 */
async function entries<C extends 'parties' | 'dataCategories' | 'dataSubjectGroups' | 'protocols'>(collection: C) {
  const file = (entry: { id: string; filePath?: string }) => entry.filePath ?? entry.id;
  return (await getCollection(collection)).sort((a, b) => (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0));
}

/** What the register takes of an entry: its id, file and data (Astro's `rendered` is never filled, see content-loader.ts). */
const item = <T>({ id, data, filePath }: { id: string; data: T; filePath?: string }) => ({ id, file: filePath ?? id, data });

async function build(): Promise<Register> {
  const [parties, dataCategories, dataSubjectGroups, protocols] = await Promise.all([
    entries('parties'),
    entries('dataCategories'),
    entries('dataSubjectGroups'),
    entries('protocols'),
  ]);
  return loadRegister(
    {
      parties: parties.map(item),
      dataCategories: dataCategories.map(item),
      dataSubjectGroups: dataSubjectGroups.map(item),
      protocols: await Promise.all(protocols.map(async (entry) => ({ ...item(entry), rendered: await renderedBody(entry.digest) }))),
    },
    // The git history read by `npm run build` (REGISTER_HISTORY), or read here (astro dev).
    { history: loadHistory(contentDir(), buildHandover().historyFile) },
  );
}

export function getRegister(): Promise<Register> {
  cached ??= build();
  return cached;
}
