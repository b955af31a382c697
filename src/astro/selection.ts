/**
 * Which of the pages that exist once per record this build renders.
 *
 * REGISTER_SHARD=i/N (`npm run build -- --shard i/N`): a stable slice of the records, by a hash of
 * their id, so that N builds together render every page once (scripts/merge-shards.ts).
 *
 * REGISTER_ONLY (set by npm run preview:changed): a JSON file with the protocols, parties and
 * data categories a pull request changes. The register is still built from the complete content,
 * but the pages that exist once per record are rendered only for those records and the pages
 * that list them (see selectPages). Unset: every page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getRegister } from './register.ts';
import { pageSelectionSettings } from '../lib/site/config.node.ts';
import { selectPages, type ChangedContent, type Selection } from '../lib/repository/preview.ts';

let selection: Promise<Selection | undefined> | undefined;

export function pageSelection(): Promise<Selection | undefined> {
  selection ??= (async () => {
    const file = pageSelectionSettings().onlyFile;
    if (!file) return undefined;
    const changed = JSON.parse(readFileSync(file, 'utf8')) as ChangedContent;
    return selectPages(changed, (await getRegister()).protocolsById);
  })();
  return selection;
}

/** REGISTER_SHARD as [i, N] (1 ≤ i ≤ N), or undefined. */
export function shard(): [number, number] | undefined {
  return pageSelectionSettings().shard;
}

/** Whether the record `id` is rendered by this shard (always without shards). */
export function inShard(id: string): boolean {
  const current = shard();
  if (!current) return true;
  return (createHash('sha256').update(id).digest().readUInt32BE(0) % current[1]) + 1 === current[0];
}

/** Whether this build renders the page of record `id` of `kind`. */
export async function isSelected(kind: keyof Selection, id: string): Promise<boolean> {
  const chosen = (await pageSelection())?.[kind];
  return (!chosen || chosen.has(id)) && inShard(`${kind}/${id}`);
}

/** Keeps the ids of `kind` that this build renders (all of them without a selection or shards). */
export async function selectedIds(kind: keyof Selection, ids: string[]): Promise<string[]> {
  const chosen = await Promise.all(ids.map((id) => isSelected(kind, id)));
  return ids.filter((_, i) => chosen[i]);
}
