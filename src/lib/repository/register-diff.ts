/**
 * What a pull request changes in the register, in plain Dutch, for the reviewer who approves it:
 * per added or changed protocol its subject, parties with KBO number, data items and their
 * categories, dates and status, and the check's warnings for it; parties added, renamed, changed
 * or removed; flows that start or end; statuses that change; URLs added, redirected or removed.
 * Pure: it compares two validated registers, so `npm run pr-summary` and its tests share it.
 *
 * Every value comes from a content file, so every value is written through `markdownText`:
 * a title with a line break or "<!--" cannot hide the lines after it.
 */
import { categoryLabel, type Register, type ProtocolView } from '../model/register.ts';
import type { Issue } from '../content/issue.ts';
import { currentUrls, redirectedUrls, type LedgerContent } from './url-ledger.ts';
import { formatDate } from '../format.ts';
import { markdownText } from '../text.ts';
import { roleLabels, statusLabels, tiedEndText } from '../labels.ts';

export interface RegisterSide {
  register: Register;
  ledger: LedgerContent;
  /** The check's result: its warnings are listed for the changed files, and the files named. */
  content?: { issues: Issue[]; protocols: { id: string; file: string }[]; parties: { id: string; file: string }[] };
}

export interface ProtocolDetail {
  id: string;
  title: string;
  subject: string;
  parties: { name: string; kbo?: string; role: string }[];
  dataItems: { label: string; description: string; categories: string[]; special: boolean }[];
  dates: { documentDate: string; entryIntoForce: string; end: string };
  status: string;
  /** For a changed protocol: the fields that changed. */
  changedFields?: string[];
  warnings: string[];
}

export interface RegisterDiff {
  protocols: { added: string[]; changed: string[]; removed: string[] };
  /** The added and changed protocols in full. */
  details: ProtocolDetail[];
  parties: { added: string[]; renamed: string[]; changed: string[]; removed: string[] };
  /** Warnings of the check on changed party files. */
  partyWarnings: string[];
  flows: { added: string[]; ended: string[] };
  statuses: string[];
  urls: { added: string[]; redirected: string[]; removed: string[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function flowKeys(register: Register): Set<string> {
  const name = (id: string) => register.parties.get(id)?.shortName ?? id;
  return new Set(register.protocols.flatMap((p) => p.pairs.map((pair) => `${name(pair.from)} → ${name(pair.to)}`)));
}

function endOf(p: ProtocolView): string {
  const end = p.data.end;
  if (end.date) return formatDate(end.date);
  if (end.indefinite) return 'onbepaalde duur';
  if (end.tiedTo) return tiedEndText(end.tiedTo.label);
  return end.note ?? 'niet vermeld';
}

function warningsOf(side: RegisterSide, collection: 'protocols' | 'parties', id: string): string[] {
  const file = side.content?.[collection].find((entry) => entry.id === id)?.file;
  if (!file) return [];
  return side
    .content!.issues.filter((issue) => issue.file === file && issue.level === 'warning')
    .map((issue) => `${issue.field || '(bestand)'}: [${issue.code}] ${issue.message} (oplossing: ${issue.fix})`);
}

function detailOf(side: RegisterSide, p: ProtocolView, before?: ProtocolView): ProtocolDetail {
  const { register } = side;
  const changedFields = before
    ? [...new Set([...Object.keys(before.data), ...Object.keys(p.data)])].filter(
        (key) => !same((before.data as Record<string, unknown>)[key], (p.data as Record<string, unknown>)[key]),
      )
    : undefined;
  return {
    id: p.id,
    title: p.data.title,
    subject: p.data.subject,
    parties: p.data.parties.map((entry) => {
      const party = register.parties.get(entry.party);
      return { name: `${party?.name ?? entry.party} (${entry.party})`, kbo: party?.kbo, role: roleLabels[entry.role] };
    }),
    dataItems: p.data.flows.flatMap((flow) =>
      flow.dataItems.map((item) => ({
        label: item.label,
        description: item.description,
        categories: item.dataCategories.map((c) => categoryLabel(register, c)),
        special: item.specialCategory,
      })),
    ),
    dates: { documentDate: formatDate(p.data.documentDate), entryIntoForce: formatDate(p.data.entryIntoForce.date), end: endOf(p) },
    status: statusLabels[p.status],
    ...(changedFields ? { changedFields } : {}),
    warnings: warningsOf(side, 'protocols', p.id),
  };
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

  // A party renamed: a new slug whose formerSlugs name a removed one, or the same slug with a new name.
  const headParties = head.register.parties;
  const baseParties = base.register.parties;
  const movedTo = new Map<string, string>();
  for (const [id, party] of headParties) {
    if (baseParties.has(id)) continue;
    for (const former of party.formerSlugs ?? []) if (baseParties.has(former) && !headParties.has(former)) movedTo.set(former, id);
  }
  const renamed = [
    ...[...movedTo].map(([from, to]) => `${partyName(base.register, from)} → ${partyName(head.register, to)}`),
    ...[...headParties.keys()]
      .filter((id) => baseParties.has(id) && baseParties.get(id)!.name !== headParties.get(id)!.name)
      .map((id) => `${partyName(base.register, id)} → ${partyName(head.register, id)}`),
  ];
  const renamedTargets = new Set(movedTo.values());

  const added = [...headProtocols.values()].filter((p) => !baseProtocols.has(p.id));
  const changed = [...headProtocols.values()].filter((p) => baseProtocols.has(p.id) && !same(baseProtocols.get(p.id)!.data, p.data));
  const changedParties = [...headParties.keys()].filter((id) => baseParties.has(id) && !same(baseParties.get(id), headParties.get(id)));
  return {
    protocols: { added: added.map(title), changed: changed.map(title), removed: [...baseProtocols.values()].filter((p) => !headProtocols.has(p.id)).map(title) },
    details: [...added.map((p) => detailOf(head, p)), ...changed.map((p) => detailOf(head, p, baseProtocols.get(p.id)))],
    parties: {
      added: [...headParties.keys()].filter((id) => !baseParties.has(id) && !renamedTargets.has(id)).map((id) => partyName(head.register, id)),
      renamed,
      changed: changedParties.filter((id) => baseParties.get(id)!.name === headParties.get(id)!.name).map((id) => partyName(head.register, id)),
      removed: [...baseParties.keys()].filter((id) => !headParties.has(id) && !movedTo.has(id)).map((id) => partyName(base.register, id)),
    },
    partyWarnings: [...headParties.keys()]
      .filter((id) => !baseParties.has(id) || changedParties.includes(id))
      .flatMap((id) => warningsOf(head, 'parties', id).map((w) => `${partyName(head.register, id)}: ${w}`)),
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

/** A list of content values, each escaped, as Markdown bullets under a heading. */
function section(heading: string, lines: string[]): string[] {
  return lines.length ? [`### ${heading}`, '', ...lines.map((line) => `- ${markdownText(line)}`), ''] : [];
}

function detailLines(detail: ProtocolDetail, kind: 'nieuw' | 'gewijzigd'): string[] {
  const t = (value: string, max?: number) => markdownText(value, max);
  return [
    `#### ${kind === 'nieuw' ? 'Nieuw' : 'Gewijzigd'}: ${t(detail.title)} (${t(detail.id)})`,
    '',
    `- Onderwerp: ${t(detail.subject)}`,
    `- Status: ${t(detail.status)}; document van ${t(detail.dates.documentDate)}, in werking vanaf ${t(detail.dates.entryIntoForce)}, einde: ${t(detail.dates.end)}`,
    ...(detail.changedFields?.length ? [`- Gewijzigde velden: ${detail.changedFields.map((f) => t(f)).join(', ')}`] : []),
    '- Partijen:',
    ...detail.parties.map((p) => `  - ${t(p.name)}, ${p.kbo ? `KBO ${t(p.kbo)}` : 'geen KBO\\-nummer'}, ${t(p.role)}`),
    '- Gegevens:',
    ...detail.dataItems.map(
      (item) => `  - ${t(item.label, 80)}: ${t(item.description, 200)} (${item.categories.map((c) => t(c, 80)).join(', ')}${item.special ? '; bijzondere categorie' : ''})`,
    ),
    ...(detail.warnings.length ? ['- Waarschuwingen van de check:', ...detail.warnings.map((w) => `  - ${t(w, 500)}`)] : ['- Waarschuwingen van de check: geen']),
    '',
  ];
}

/** The summary as Markdown, for the pull request's job summary. Every content value is escaped. */
export function formatDiff(diff: RegisterDiff): string {
  const added = new Set(diff.protocols.added);
  const details = diff.details.flatMap((d) => detailLines(d, added.has(`${d.title} (${d.id})`) ? 'nieuw' : 'gewijzigd'));
  const body = [
    ...section('Nieuwe protocollen', diff.protocols.added),
    ...section('Gewijzigde protocollen', diff.protocols.changed),
    ...section('Verwijderde protocollen', diff.protocols.removed),
    ...section('Nieuwe partijen', diff.parties.added),
    ...section('Hernoemde partijen', diff.parties.renamed),
    ...section('Gewijzigde partijen', diff.parties.changed),
    ...section('Verwijderde partijen', diff.parties.removed),
    ...section('Waarschuwingen bij partijen', diff.partyWarnings),
    ...section('Nieuwe gegevensstromen', diff.flows.added),
    ...section('Gegevensstromen die verdwijnen', diff.flows.ended),
    ...section('Statussen die veranderen', diff.statuses),
    ...section("Nieuwe URL's", diff.urls.added),
    ...section("Oude URL's die doorverwijzen", diff.urls.redirected),
    ...section("URL's die verdwijnen (de build weigert dit zonder doorverwijzing)", diff.urls.removed),
    ...(details.length ? ['### Per protocol', '', ...details] : []),
  ];
  return ['## Wat deze pull request verandert in het register', '', ...(body.length ? body : ['Geen wijzigingen aan protocollen, partijen of gegevensstromen.', ''])].join('\n');
}
