/**
 * The CSV export: one row per protocol, Dutch headers and labels with the codes in their own
 * columns, UTF-8 with a byte-order mark so that Excel reads the accents, and every cell
 * neutralised against spreadsheet formulas (content is untrusted).
 */
import { categoryLabel, partyName, type Register } from '../model/register.ts';
import { neutraliseFormula } from '../text.ts';
import { statusText } from '../model/describe.ts';
import { licence } from './records.ts';
import { routes } from '../site/routes.ts';
import { categoryTerms, legalFacts, sourceRegisters } from '../model/identifiers.ts';
import { unique } from '../text.ts';
import { periodicityLabels } from '../labels.ts';

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
  // Added in export v2 (issue 22), after the v1 columns so their positions do not change.
  'van_ovo',
  'naar_ovo',
  'van_nis',
  'naar_nis',
  'rechtskader_code',
  'avg_grond_dpv',
  'akten_eli',
  'stroomsoort_code',
  'authentieke_bronnen',
  'soorten_gegevens_dpv',
  'bijzondere_gegevens_avg',
  'herzieningsdatum',
] as const;

/** Byte-order mark: without it Excel reads UTF-8 as Windows-1252 and breaks "Beëindigd". */
export const bom = '\uFEFF';

/** Several values in one cell are separated by " | ". */
export function protocolsCsv(register: Register, siteUrl: string): string {
  const name = (id: string) => partyName(register, id);
  const kbo = (id: string) => register.parties.get(id)?.kbo ?? '';
  const list = (values: string[]) => values.join(' | ');
  const ovo = (id: string) => register.parties.get(id)?.ovoCode ?? '';
  const nis = (id: string) => register.parties.get(id)?.nisCode ?? '';
  const terms = (id: string) => {
    const category = register.dataCategories.get(id);
    return category ? categoryTerms(category) : { dpv: [], special: null };
  };
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
    list(p.categories.map((id) => categoryLabel(register, id))),
    list(p.categories),
    p.data.specialCategories ? 'ja' : 'nee',
    new URL(routes.protocol(p.id), siteUrl).href,
    licence.id,
    list(p.senders.map(ovo)),
    list(p.receivers.map(ovo)),
    list(p.senders.map(nis)),
    list(p.receivers.map(nis)),
    legalFacts(p.data).framework,
    list(legalFacts(p.data).gdpr.map((basis) => basis.iri)),
    list(unique([...(p.data.legalBasis.acts ?? []), ...p.data.flows.flatMap((f) => (f.authorisingAct ? [f.authorisingAct] : []))].flatMap((a) => (a.eli ? [a.eli] : [])))),
    list(unique(p.data.flows.flatMap((f) => (f.kind ? [f.kind] : [])))),
    list(sourceRegisters(p.data)),
    list(unique(p.categories.flatMap((id) => terms(id).dpv.map((t) => t.iri)))),
    list(unique(p.categories.flatMap((id) => terms(id).special ?? []))),
    p.data.reviewDate ?? '',
  ]);
  return bom + [csvColumns.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}
