/**
 * What a pull request changes in the register, in plain Dutch: protocols and parties added,
 * changed or removed, flows that start or end, statuses that change, URLs added or redirected.
 * Pure: it compares two validated registers, so `npm run pr-summary` and its tests share it.
 */
import type { Register } from '../model/register.ts';
import { currentUrls, redirectedUrls, type LedgerContent } from './url-ledger.ts';
import { statusLabels } from '../model/status.ts';

export interface RegisterSide {
  register: Register;
  ledger: LedgerContent;
}

export interface RegisterDiff {
  protocols: { added: string[]; changed: string[]; removed: string[] };
  parties: { added: string[]; changed: string[]; removed: string[] };
  flows: { added: string[]; ended: string[] };
  statuses: string[];
  urls: { added: string[]; redirected: string[]; removed: string[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function flowKeys(register: Register): Set<string> {
  const name = (id: string) => register.parties.get(id)?.shortName ?? id;
  return new Set(register.protocols.flatMap((p) => p.pairs.map((pair) => `${name(pair.from)} → ${name(pair.to)}`)));
}

export function diffRegisters(base: RegisterSide, head: RegisterSide): RegisterDiff {
  const baseProtocols = new Map(base.register.protocols.map((p) => [p.id, p]));
  const headProtocols = new Map(head.register.protocols.map((p) => [p.id, p]));
  const title = (p: { id: string; data: { title: string } }) => `${p.data.title} (${p.id})`;
  const baseFlows = flowKeys(base.register);
  const headFlows = flowKeys(head.register);
  const baseUrls = new Set(currentUrls(base.ledger));
  const headUrls = new Set(currentUrls(head.ledger));
  const redirects = redirectedUrls(head.ledger);
  const baseRedirects = redirectedUrls(base.ledger);
  const partyName = (register: Register, id: string) => `${register.parties.get(id)?.name ?? id} (${id})`;
  return {
    protocols: {
      added: [...headProtocols.values()].filter((p) => !baseProtocols.has(p.id)).map(title),
      changed: [...headProtocols.values()].filter((p) => baseProtocols.has(p.id) && !same(baseProtocols.get(p.id)!.data, p.data)).map(title),
      removed: [...baseProtocols.values()].filter((p) => !headProtocols.has(p.id)).map(title),
    },
    parties: {
      added: [...head.register.parties.keys()].filter((id) => !base.register.parties.has(id)).map((id) => partyName(head.register, id)),
      changed: [...head.register.parties.keys()]
        .filter((id) => base.register.parties.has(id) && !same(base.register.parties.get(id), head.register.parties.get(id)))
        .map((id) => partyName(head.register, id)),
      removed: [...base.register.parties.keys()].filter((id) => !head.register.parties.has(id)).map((id) => partyName(base.register, id)),
    },
    flows: { added: [...headFlows].filter((f) => !baseFlows.has(f)), ended: [...baseFlows].filter((f) => !headFlows.has(f)) },
    statuses: [...headProtocols.values()]
      .filter((p) => baseProtocols.has(p.id) && baseProtocols.get(p.id)!.status !== p.status)
      .map((p) => `${title(p)}: ${statusLabels[baseProtocols.get(p.id)!.status]} → ${statusLabels[p.status]}`),
    urls: {
      added: [...headUrls].filter((u) => !baseUrls.has(u)),
      redirected: [...redirects].filter(([from]) => !baseRedirects.has(from)).map(([from, to]) => `${from} → ${to}`),
      removed: [...baseUrls].filter((u) => !headUrls.has(u) && !redirects.has(u)),
    },
  };
}

function section(heading: string, lines: string[]): string[] {
  return lines.length ? [`### ${heading}`, '', ...lines.map((line) => `- ${line}`), ''] : [];
}

/** The summary as Markdown, for the pull request's job summary. */
export function formatDiff(diff: RegisterDiff): string {
  const body = [
    ...section('Nieuwe protocollen', diff.protocols.added),
    ...section('Gewijzigde protocollen', diff.protocols.changed),
    ...section('Verwijderde protocollen', diff.protocols.removed),
    ...section('Nieuwe partijen', diff.parties.added),
    ...section('Gewijzigde partijen', diff.parties.changed),
    ...section('Verwijderde partijen', diff.parties.removed),
    ...section('Nieuwe gegevensstromen', diff.flows.added),
    ...section('Gegevensstromen die verdwijnen', diff.flows.ended),
    ...section('Statussen die veranderen', diff.statuses),
    ...section("Nieuwe URL's", diff.urls.added),
    ...section("Oude URL's die doorverwijzen", diff.urls.redirected),
    ...section("URL's die verdwijnen (de build weigert dit zonder doorverwijzing)", diff.urls.removed),
  ];
  return ['## Wat deze pull request verandert in het register', '', ...(body.length ? body : ['Geen wijzigingen aan protocollen, partijen of gegevensstromen.', ''])].join('\n');
}
