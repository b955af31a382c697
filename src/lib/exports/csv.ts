/**
 * The CSV export: one row per protocol, Dutch headers and labels with the codes in their own
 * columns, UTF-8 with a byte-order mark so that Excel reads the accents, and every cell
 * neutralised against spreadsheet formulas (content is untrusted).
 */
import type { Register } from '../model/register.ts';
import { neutraliseFormula } from '../text.ts';
import { statusText } from '../model/describe.ts';
import { periodicityLabels } from '../format.ts';
import { licence } from './records.ts';
import { routes } from '../site/routes.ts';

/** One CSV cell: formulas neutralised, quoted when needed. */
export function csvCell(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export const csvColumns = [
  'id',
  'titel',
  'datum_document',
  'status',
  'status_code',
  'in_werking',
  'einde',
  'periodiciteit',
  'periodiciteit_code',
  'van',
  'van_id',
  'van_kbo',
  'naar',
  'naar_id',
  'naar_kbo',
  'soorten_gegevens',
  'soorten_gegevens_id',
  'bijzondere_gegevens',
  'url',
  'licentie',
] as const;

/** Byte-order mark: without it Excel reads UTF-8 as Windows-1252 and breaks "Beëindigd". */
export const bom = '\uFEFF';

/** Several values in one cell are separated by " | ". */
export function protocolsCsv(register: Register, siteUrl: string): string {
  const name = (id: string) => register.parties.get(id)?.shortName ?? id;
  const kbo = (id: string) => register.parties.get(id)?.kbo ?? '';
  const list = (values: string[]) => values.join(' | ');
  const rows = register.protocols.map((p) => [
    p.id,
    p.data.title,
    p.data.documentDate,
    statusText(p.data, p.status),
    p.status,
    p.data.entryIntoForce.date,
    p.data.end.date ?? '',
    periodicityLabels[p.data.periodicity],
    p.data.periodicity,
    list(p.senders.map(name)),
    list(p.senders),
    list(p.senders.map(kbo)),
    list(p.receivers.map(name)),
    list(p.receivers),
    list(p.receivers.map(kbo)),
    list(p.categories.map((id) => register.dataCategories.get(id)?.label ?? id)),
    list(p.categories),
    p.data.specialCategories ? 'ja' : 'nee',
    new URL(routes.protocol(p.id), siteUrl).href,
    licence.id,
  ]);
  return bom + [csvColumns.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
