/**
 * What a pull-request preview builds (npm run preview:changed): from `git diff --name-status`
 * of the content folder, the ids of the protocols, parties and data categories a branch adds,
 * changes or removes; and, once the register is known, those plus everything that lists them
 * (a protocol's parties, data categories and groups of people). Pure.
 */
import { parse } from 'yaml';

export interface ChangedContent {
  protocols: string[];
  parties: string[];
  dataCategories: string[];
  /** Content files removed (or renamed away) by the branch: no page is built for them. */
  removed: string[];
}

const contentFile = /^(?:.*\/)?content\/(protocols|parties|data-categories)\/([a-z0-9][a-z0-9-]*)\.(mdx|yaml)$/;

/** The ids behind each changed content file; a rename counts for both names. */
export function changedContent(nameStatus: string): ChangedContent {
  const result: ChangedContent = { protocols: [], parties: [], dataCategories: [], removed: [] };
  const add = (file: string | undefined, removed = false) => {
    const match = file ? contentFile.exec(file) : null;
    if (!file || !match) return;
    if (removed) result.removed.push(file);
    const [, folder, slug] = match;
    const list = folder === 'protocols' ? result.protocols : folder === 'parties' ? result.parties : result.dataCategories;
    if (slug && !list.includes(slug)) list.push(slug);
  };
  for (const line of nameStatus.split('\n')) {
    const [status, first, second] = line.split('\t');
    if (!status || !first) continue;
    if ((status.startsWith('R') || status.startsWith('C')) && second) {
      add(first, status.startsWith('R'));
      add(second);
    } else add(first, status === 'D');
  }
  return result;
}

/** The parties and data categories a protocol file names (its front matter), for the base version of a changed file. */
export function protocolReferences(text: string): { parties: string[]; dataCategories: string[] } {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!front) return { parties: [], dataCategories: [] };
  try {
    const data = parse(front) as { parties?: { party?: unknown }[]; flows?: { dataItems?: { dataCategories?: unknown[] }[] }[] };
    const strings = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
    return {
      parties: strings((data.parties ?? []).map((p) => p?.party)),
      dataCategories: strings((data.flows ?? []).flatMap((flow) => (flow?.dataItems ?? []).flatMap((item) => item?.dataCategories ?? []))),
    };
  } catch {
    return { parties: [], dataCategories: [] };
  }
}

export interface Selection {
  protocols: Set<string>;
  parties: Set<string>;
  dataCategories: Set<string>;
  dataSubjectGroups: Set<string>;
}

interface ProtocolLike {
  id: string;
  data: { parties: { party: string }[]; flows: { dataItems: { dataCategories: string[] }[] }[]; dataSubjectGroups?: string[] };
}

/** The changed records and every party, data category and group of people page that lists a changed protocol. */
export function selectPages(changed: Pick<ChangedContent, 'protocols' | 'parties' | 'dataCategories'>, protocols: Map<string, ProtocolLike>): Selection {
  const selection: Selection = {
    protocols: new Set(changed.protocols.filter((id) => protocols.has(id))),
    parties: new Set(changed.parties),
    dataCategories: new Set(changed.dataCategories),
    dataSubjectGroups: new Set(),
  };
  for (const id of selection.protocols) {
    const { data } = protocols.get(id)!;
    for (const p of data.parties) selection.parties.add(p.party);
    for (const flow of data.flows) for (const item of flow.dataItems) for (const c of item.dataCategories) selection.dataCategories.add(c);
    for (const g of data.dataSubjectGroups ?? []) selection.dataSubjectGroups.add(g);
  }
  return selection;
}
