/** Machine-readable exports (JSON, CSV, Atom) built from the register model. */
import type { ProtocolView, Register } from './register.ts';
import { statusLabels } from './status.ts';
import { statusText } from './describe.ts';
import { escapeHtml as xml, neutraliseFormula } from './text.ts';

export function protocolRecord(protocol: ProtocolView, register: Register, siteUrl: string) {
  const { data } = protocol;
  return {
    id: protocol.id,
    url: new URL(`/protocollen/${protocol.id}/`, siteUrl).href,
    title: data.title,
    subject: data.subject,
    summary: data.summary,
    documentDate: data.documentDate,
    status: protocol.status,
    statusLabel: statusLabels[protocol.status],
    statusComputedOn: register.today,
    entryIntoForce: data.entryIntoForce.date,
    endDate: data.end.date ?? null,
    indefinite: data.end.indefinite,
    endTiedTo: data.end.tiedTo ?? null,
    periodicity: data.periodicity,
    parties: data.parties.map((p) => ({ id: p.party, name: register.parties.get(p.party)?.name ?? p.party, role: p.role })),
    flows: protocol.pairs.map((pair) => ({ from: pair.from, to: pair.to, dataCategories: pair.dataCategories })),
    dataCategories: protocol.categories,
    specialCategories: data.specialCategories,
    legalBasis: data.legalBasis,
    retention: data.retention.summary,
  };
}

export function partyRecord(id: string, register: Register, siteUrl: string) {
  const party = register.parties.get(id)!;
  return { id, url: new URL(`/partijen/${id}/`, siteUrl).href, ...party };
}

/** One CSV cell: formulas neutralised (content is untrusted), quoted when needed. */
export function csvCell(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const csvColumns = ['id', 'titel', 'datum', 'status', 'status_code', 'van', 'naar', 'gegevens', 'in_werking', 'einde', 'periodiciteit', 'url'] as const;

/** One line per protocol; several values in one cell are separated by "|". */
export function protocolsCsv(register: Register, siteUrl: string): string {
  const rows = register.protocols.map((p) => [
    p.id,
    p.data.title,
    p.data.documentDate,
    statusText(p.data, p.status),
    p.status,
    p.senders.join('|'),
    p.receivers.join('|'),
    p.categories.join('|'),
    p.data.entryIntoForce.date,
    p.data.end.date ?? '',
    p.data.periodicity,
    new URL(`/protocollen/${p.id}/`, siteUrl).href,
  ]);
  return [csvColumns.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** Atom feed of protocols, newest first; optionally limited to one party. */
export function atomFeed(register: Register, siteUrl: string, options: { partyId?: string; title: string; path: string }): string {
  const protocols = options.partyId
    ? register.protocols.filter((p) => p.data.parties.some((party) => party.party === options.partyId))
    : register.protocols;
  const updated = `${protocols[0]?.data.documentDate ?? register.today}T00:00:00Z`;
  const entries = protocols.map((p) => {
    const url = new URL(`/protocollen/${p.id}/`, siteUrl).href;
    return `  <entry>
    <title>${xml(p.data.title)}</title>
    <link href="${xml(url)}"/>
    <id>${xml(url)}</id>
    <updated>${p.data.documentDate}T00:00:00Z</updated>
    <summary>${xml(p.data.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-BE">
  <title>${xml(options.title)}</title>
  <link rel="self" href="${xml(new URL(options.path, siteUrl).href)}"/>
  <link href="${xml(siteUrl)}"/>
  <id>${xml(new URL(options.path, siteUrl).href)}</id>
  <updated>${updated}</updated>
  <author><name>Protocollenregister</name></author>
${entries.join('\n')}
</feed>
`;
}
