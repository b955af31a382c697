/**
 * How close a draft comes to the published file: the structured fields an importer is meant to
 * find, each compared exactly (after folding case and accents for texts). Editors' own texts
 * (summary, purposes, notes) are not counted.
 */
import { digitsOf } from '../content/kbo.ts';
import { foldName } from './text.ts';

type Data = Record<string, unknown>;
const get = (data: Data, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Data)[key] : undefined), data);
const sortedSet = (values: unknown) => JSON.stringify([...new Set((Array.isArray(values) ? values : []).map(String))].sort());

export function compareFields(draft: Data, published: Data): { field: string; equal: boolean }[] {
  const fields: { field: string; equal: boolean }[] = [];
  const add = (field: string, equal: boolean) => fields.push({ field, equal });
  add('title', foldName(String(get(draft, 'title'))) === foldName(String(get(published, 'title'))));
  add('subject', foldName(String(get(draft, 'subject'))) === foldName(String(get(published, 'subject'))));
  for (const path of ['documentDate', 'entryIntoForce.date', 'end.date', 'end.indefinite', 'periodicity', 'channel.type'])
    add(path, String(get(draft, path) ?? '') === String(get(published, path) ?? ''));
  add('legalBasis.gdpr', sortedSet(get(draft, 'legalBasis.gdpr')) === sortedSet(get(published, 'legalBasis.gdpr')));
  const parties = (data: Data) => (get(data, 'parties') as Data[] | undefined) ?? [];
  add('parties', sortedSet(parties(draft).map((p) => p.party)) === sortedSet(parties(published).map((p) => p.party)));
  for (const p of parties(published)) {
    const d = parties(draft).find((x) => x.party === p.party);
    add(`parties.${p.party}.role`, d?.role === p.role);
    if (p.kboAsWritten) add(`parties.${p.party}.kboAsWritten`, digitsOf(String(d?.kboAsWritten ?? '')) === digitsOf(String(p.kboAsWritten)));
    if (p.dpoAdviceDate) add(`parties.${p.party}.dpoAdviceDate`, d?.dpoAdviceDate === p.dpoAdviceDate);
  }
  const flows = (data: Data) => (get(data, 'flows') as Data[] | undefined) ?? [];
  const senders = (data: Data) => sortedSet(flows(data).flatMap((f) => f.from as string[]));
  const receivers = (data: Data) => sortedSet(flows(data).flatMap((f) => f.to as string[]));
  add('flows.from', senders(draft) === senders(published));
  add('flows.to', receivers(draft) === receivers(published));
  const items = (data: Data) => flows(data).flatMap((f) => (f.dataItems as Data[] | undefined) ?? []);
  add('dataItems.labels', sortedSet(items(draft).map((i) => i.label)) === sortedSet(items(published).map((i) => i.label)));
  for (const item of items(published)) {
    const d = items(draft).find((x) => x.label === item.label);
    add(`dataItems.${item.label}.dataCategories`, sortedSet(d?.dataCategories) === sortedSet(item.dataCategories));
  }
  return fields;
}
