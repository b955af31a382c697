/**
 * How close a draft comes to the published file: the structured fields an importer is meant to
 * find, each compared exactly (after folding case and accents for texts). Editors' own texts
 * (summary, purposes, notes) are not counted. A field the draft left empty (or as a placeholder)
 * is "missing"; one with another value is "wrong".
 */
import { digitsOf } from '../content/kbo.ts';
import { foldName } from './text.ts';

type Data = Record<string, unknown>;
export interface FieldResult {
  field: string;
  equal: boolean;
  result: 'exact' | 'wrong' | 'missing';
}
const get = (data: Data, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Data)[key] : undefined), data);
const sortedSet = (values: unknown) => JSON.stringify([...new Set((Array.isArray(values) ? values : []).map(String))].sort());
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === '1970-01-01' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'string' && /nog aan te vullen|…$/i.test(value));

export function compareFields(draft: Data, published: Data): FieldResult[] {
  const fields: FieldResult[] = [];
  const add = (field: string, equal: boolean, draftValue: unknown) =>
    fields.push({ field, equal, result: equal ? 'exact' : isEmpty(draftValue) || draftValue === '[]' ? 'missing' : 'wrong' });
  add('title', foldName(String(get(draft, 'title'))) === foldName(String(get(published, 'title'))), get(draft, 'title'));
  add('subject', foldName(String(get(draft, 'subject'))) === foldName(String(get(published, 'subject'))), get(draft, 'subject'));
  for (const path of ['documentDate', 'entryIntoForce.date', 'end.date', 'end.indefinite', 'periodicity', 'channel.type'])
    add(path, String(get(draft, path) ?? '') === String(get(published, path) ?? ''), get(draft, path));
  add('legalBasis.gdpr', sortedSet(get(draft, 'legalBasis.gdpr')) === sortedSet(get(published, 'legalBasis.gdpr')), get(draft, 'legalBasis.gdpr'));
  const parties = (data: Data) => (get(data, 'parties') as Data[] | undefined) ?? [];
  add('parties', sortedSet(parties(draft).map((p) => p.party)) === sortedSet(parties(published).map((p) => p.party)), parties(draft));
  for (const p of parties(published)) {
    const d = parties(draft).find((x) => x.party === p.party);
    add(`parties.${p.party}.role`, d?.role === p.role, d?.role);
    if (p.kboAsWritten) add(`parties.${p.party}.kboAsWritten`, digitsOf(String(d?.kboAsWritten ?? '')) === digitsOf(String(p.kboAsWritten)), d?.kboAsWritten);
    if (p.dpoAdviceDate) add(`parties.${p.party}.dpoAdviceDate`, d?.dpoAdviceDate === p.dpoAdviceDate, d?.dpoAdviceDate);
  }
  const flows = (data: Data) => (get(data, 'flows') as Data[] | undefined) ?? [];
  const senders = (data: Data) => sortedSet(flows(data).flatMap((f) => f.from as string[]));
  const receivers = (data: Data) => sortedSet(flows(data).flatMap((f) => f.to as string[]));
  add('flows.from', senders(draft) === senders(published), senders(draft));
  add('flows.to', receivers(draft) === receivers(published), receivers(draft));
  // The kind of flow only where the published file states it, so files without it score as before.
  const kinds = (data: Data) =>
    sortedSet(
      flows(data)
        .map((f) => f.kind)
        .filter(Boolean),
    );
  if (flows(published).some((f) => f.kind)) add('flows.kind', kinds(draft) === kinds(published), kinds(draft));
  const items = (data: Data) => flows(data).flatMap((f) => (f.dataItems as Data[] | undefined) ?? []);
  const draftItems = items(draft).filter((i) => !isEmpty(i.description));
  add('dataItems.labels', sortedSet(draftItems.map((i) => i.label)) === sortedSet(items(published).map((i) => i.label)), draftItems);
  for (const item of items(published)) {
    const d = draftItems.find((x) => x.label === item.label);
    add(`dataItems.${item.label}.dataCategories`, sortedSet(d?.dataCategories) === sortedSet(item.dataCategories), d?.dataCategories);
  }
  return fields;
}
