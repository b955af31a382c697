/**
 * The open-data catalogue in DCAT-AP (JSON-LD), so a data portal can harvest the register:
 * one dataset for the whole register and one per party and per kind of data, each with its
 * distributions (JSON, CSV, Atom). `exportFiles` is the one list of export URLs; the open-data
 * page and the catalogue both read it.
 */
import type { Register } from '../model/register.ts';
import { licence, schemaPaths } from './records.ts';
import { routes } from '../site/routes.ts';
import { kboUri, ovoUri } from '../content/vocabularies.ts';
import { partyNodeId, protocolNodeId } from './linked-data.ts';

export interface ExportFile {
  path: string;
  format: 'JSON' | 'CSV' | 'ATOM';
  title: string;
  conformsTo?: string;
}

export interface ExportDataset {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  files: ExportFile[];
  /** Identifiers of the dataset's subject in other registers (KBO, OVO), for a party's dataset. */
  identifiers?: { scheme: 'KBO' | 'OVO'; value: string; uri: string }[];
}

/** The linked data the pages embed, by @id: each protocol in the register's dataset, the party in its own. */
function describedResources(register: Register, dataset: string, siteUrl: string): string[] {
  if (dataset === 'protocollen') return register.protocols.map((p) => protocolNodeId(p.id, siteUrl));
  const party = /^partij-(.+)$/.exec(dataset)?.[1];
  return party ? [partyNodeId(party, siteUrl)] : [];
}

const mediaTypes = { JSON: 'application/json', CSV: 'text/csv', ATOM: 'application/atom+xml' } as const;
const fileTypes = { JSON: 'JSON', CSV: 'CSV', ATOM: 'ATOM' } as const;

export function exportDatasets(register: Register): ExportDataset[] {
  const all: ExportDataset = {
    id: 'protocollen',
    title: 'Protocollen voor de elektronische mededeling van persoonsgegevens tussen Vlaamse overheden',
    description: 'Alle protocollen in het register: partijen, gegevensstromen, soorten gegevens, rechtsgrond, looptijd en status.',
    keywords: ['protocol', 'persoonsgegevens', 'gegevensdeling', 'decreet eGov', 'AVG'],
    files: [
      { path: routes.protocolsJson(), format: 'JSON', title: 'Alle protocollen (JSON)', conformsTo: schemaPaths.protocols },
      { path: routes.protocolsCsv(), format: 'CSV', title: 'Alle protocollen (CSV)' },
      { path: routes.feed(), format: 'ATOM', title: 'Nieuwe en gewijzigde protocollen (Atom)' },
    ],
  };
  const parties = [...register.parties.entries()].map(
    ([id, party]): ExportDataset => ({
      id: `partij-${id}`,
      title: `Protocollen van ${party.name}`,
      description: `De protocollen waarin ${party.shortName} persoonsgegevens meedeelt of ontvangt.`,
      keywords: [party.shortName, 'protocol'],
      identifiers: [
        ...(party.kbo ? [{ scheme: 'KBO' as const, value: party.kbo, uri: kboUri(party.kbo) }] : []),
        ...(party.ovoCode ? [{ scheme: 'OVO' as const, value: party.ovoCode, uri: ovoUri(party.ovoCode) }] : []),
      ],
      files: [
        { path: routes.partyJson(id), format: 'JSON', title: `${party.shortName} (JSON)`, conformsTo: schemaPaths.party },
        { path: routes.partyFeed(id), format: 'ATOM', title: `${party.shortName} (Atom)` },
      ],
    }),
  );
  const categories = [...register.dataCategories.entries()].map(
    ([id, category]): ExportDataset => ({
      id: `gegevens-${id}`,
      title: `Protocollen over ${category.label.toLowerCase()}`,
      description: `Nieuwe en gewijzigde protocollen waarin ${category.label.toLowerCase()} wordt doorgegeven.`,
      keywords: [category.label, ...category.synonyms.slice(0, 5)],
      files: [{ path: routes.dataCategoryFeed(id), format: 'ATOM', title: `${category.label} (Atom)` }],
    }),
  );
  return [all, ...parties, ...categories];
}

/** Every export file of the site. */
export function exportFiles(register: Register): ExportFile[] {
  return exportDatasets(register).flatMap((dataset) => dataset.files);
}

export function dcatCatalog(register: Register, siteUrl: string): object {
  const url = (path: string) => new URL(path, siteUrl).href;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': 'Protocollenregister' };
  const language = { '@id': 'http://publications.europa.eu/resource/authority/language/NLD' };
  const theme = { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      adms: 'http://www.w3.org/ns/adms#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
    },
    '@id': url('/catalogus.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': { '@value': 'Protocollenregister', '@language': 'nl' },
    'dct:description': { '@value': 'Publiek register van de protocollen waarmee Vlaamse overheden persoonsgegevens aan elkaar doorgeven.', '@language': 'nl' },
    'dct:publisher': publisher,
    'dct:language': language,
    'dct:license': { '@id': licence.url },
    'dct:modified': { '@value': register.today, '@type': 'xsd:date' },
    'foaf:homepage': { '@id': url('/') },
    'dcat:dataset': exportDatasets(register).map((dataset) => ({
      '@id': url(`/catalogus.jsonld#${dataset.id}`),
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.id,
      'dct:title': { '@value': dataset.title, '@language': 'nl' },
      'dct:description': { '@value': dataset.description, '@language': 'nl' },
      'dcat:keyword': dataset.keywords.map((keyword) => ({ '@value': keyword, '@language': 'nl' })),
      'dct:publisher': publisher,
      'dct:language': language,
      'dcat:theme': theme,
      'dct:license': { '@id': licence.url },
      'dct:modified': { '@value': register.today, '@type': 'xsd:date' },
      'dcat:landingPage': { '@id': url(routes.openData()) },
      // The linked data embedded in the pages (JSON-LD), and the party's identifiers in other registers.
      ...(describedResources(register, dataset.id, siteUrl).length > 0 ? { 'dct:relation': describedResources(register, dataset.id, siteUrl).map((id) => ({ '@id': id })) } : {}),
      ...(dataset.identifiers?.length
        ? {
            'adms:identifier': dataset.identifiers.map((i) => ({
              '@type': 'adms:Identifier',
              'skos:notation': i.value,
              'adms:schemaAgency': i.scheme,
              'dct:subject': { '@id': i.uri },
            })),
          }
        : {}),
      'dcat:distribution': dataset.files.map((file) => ({
        '@id': url(`${file.path}#distributie`),
        '@type': 'dcat:Distribution',
        'dct:title': { '@value': file.title, '@language': 'nl' },
        'dcat:accessURL': { '@id': url(file.path) },
        'dcat:downloadURL': { '@id': url(file.path) },
        'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${mediaTypes[file.format]}` },
        'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${fileTypes[file.format]}` },
        'dct:license': { '@id': licence.url },
        ...(file.conformsTo ? { 'dct:conformsTo': { '@id': url(file.conformsTo) } } : {}),
      })),
    })),
  };
}
