/**
 * REGISTER_ONLY (set by npm run preview:changed): a JSON file with the protocols, parties and
 * data categories a pull request changes. The register is still built from the complete content,
 * but the pages that exist once per record are rendered only for those records and the pages
 * that list them (see selectPages). Unset: every page.
 */
import { readFileSync } from 'node:fs';
import { getRegister } from './register.ts';
import { selectPages, type ChangedContent, type Selection } from '../lib/repository/preview.ts';

let selection: Promise<Selection | undefined> | undefined;

export function pageSelection(): Promise<Selection | undefined> {
  selection ??= (async () => {
    const file = process.env.REGISTER_ONLY;
    if (!file) return undefined;
    const changed = JSON.parse(readFileSync(file, 'utf8')) as ChangedContent;
    return selectPages(changed, (await getRegister()).protocolsById);
  })();
  return selection;
}

/** Keeps the ids of `kind` that the selection renders (all of them without one). */
export async function selectedIds(kind: keyof Selection, ids: string[]): Promise<string[]> {
  const chosen = (await pageSelection())?.[kind];
  return chosen ? ids.filter((id) => chosen.has(id)) : ids;
}
