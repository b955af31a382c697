/**
 * The open-data catalogue in DCAT-AP 3 (JSON-LD), so a data portal can harvest the register:
 * one dataset for the whole register and one per party and per kind of data, each with its
 * distributions (JSON, CSV, Atom). `exportFiles` is the one list of export URLs; the open-data
 * page and the catalogue both read it.
 *
 * Beyond the mandatory shapes it carries what DCAT-AP's recommended shapes and the Flemish
 * profile (DCAT-AP-VL) expect: a contact point with a mailto: address, a description of every
 * distribution, the publisher as an IRI (from the settings), the CC0 licence IRI of the EU
 * vocabulary, a data theme, access rights, and dct:issued / dct:modified from the data's own
 * history in git (the content files behind each dataset), never the build time.
 */
import type { Register } from '../model/register.ts';
import { schemaPaths } from './records.ts';
import { routes } from '../site/routes.ts';
import { kboUri, ovoUri } from '../content/vocabularies.ts';
import { partyNodeId, protocolNodeId } from './linked-data.ts';
import { collectionFolders } from '../content/read.node.ts';

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
  /** The content files its data comes from (`parties/vdab.yaml`), for its dates. */
  sources: string[];
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
/** What each format is, for the distribution's description. */
const formatDescriptions = {
  JSON: 'JSON-bestand met één record per protocol (vaste id, adres, partijen, gegevensstromen, status); het JSON Schema staat in dct:conformsTo.',
  CSV: 'CSV-bestand in UTF-8 met byte-order mark, één rij per protocol, Nederlandse kolomnamen, meerdere waarden per cel gescheiden door " | ".',
  ATOM: 'Atom-feed met een bericht wanneer een protocol in het register komt, gewijzigd wordt, van kracht wordt of afloopt.',
} as const;

/** Controlled vocabularies (EU Vocabularies, as DCAT-AP and DCAT-AP-VL ask). */
export const vocabularies = {
  licence: 'http://publications.europa.eu/resource/authority/licence/CC0',
  language: 'http://publications.europa.eu/resource/authority/language/NLD',
  theme: 'http://publications.europa.eu/resource/authority/data-theme/GOVE',
  themeTaxonomy: 'http://publications.europa.eu/resource/authority/data-theme',
  accessRights: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
  availability: 'http://data.europa.eu/r5r/availability/stable',
  mediaType: (format: ExportFile['format']) => `http://www.iana.org/assignments/media-types/${mediaTypes[format]}`,
  fileType: (format: ExportFile['format']) => `http://publications.europa.eu/resource/authority/file-type/${fileTypes[format]}`,
} as const;

/** Who publishes the register and whom to contact, from the settings (src/lib/site/config.node.ts). */
export interface CatalogSettings {
  publisher: { uri: string; name: string };
  /** A functional mailbox, without mailto:. */
  contactEmail?: string;
}

const sourceFile = (folder: keyof typeof collectionFolders, id: string) => `${collectionFolders[folder].folder}/${id}${collectionFolders[folder].extension}`;

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
    sources: [
      ...register.protocols.map((p) => sourceFile('protocols', p.id)),
      ...[...register.parties.keys()].map((id) => sourceFile('parties', id)),
      ...[...register.dataCategories.keys()].map((id) => sourceFile('dataCategories', id)),
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
      sources: [sourceFile('parties', id), ...(register.protocolsByParty.get(id) ?? []).map((p) => sourceFile('protocols', p.id))],
    }),
  );
  const categories = [...register.dataCategories.entries()].map(
    ([id, category]): ExportDataset => ({
      id: `gegevens-${id}`,
      title: `Protocollen over ${category.label.toLowerCase()}`,
      description: `Nieuwe en gewijzigde protocollen waarin ${category.label.toLowerCase()} wordt doorgegeven.`,
      keywords: [category.label, ...category.synonyms.slice(0, 5)],
      files: [{ path: routes.dataCategoryFeed(id), format: 'ATOM', title: `${category.label} (Atom)` }],
      sources: [sourceFile('dataCategories', id), ...(register.protocolsByCategory.get(id) ?? []).map((p) => sourceFile('protocols', p.id))],
    }),
  );
  return [all, ...parties, ...categories];
}

/** Every export file of the site. */
export function exportFiles(register: Register): ExportFile[] {
  return exportDatasets(register).flatMap((dataset) => dataset.files);
}

/**
 * When the data behind some content files was first published and last changed (git), as
 * xsd:dateTime; without git history (a tarball) the build date stands in for both.
 */
function datesOf(register: Register, sources: string[]): { issued: object; modified: object } {
  const known = sources.flatMap((file) => register.fileDates[file] ?? []);
  if (known.length === 0) return { issued: { '@value': register.today, '@type': 'xsd:date' }, modified: { '@value': register.today, '@type': 'xsd:date' } };
  const pick = (times: string[], newest: boolean) => times.reduce((a, b) => (Date.parse(b) > Date.parse(a) === newest ? b : a));
  return {
    issued: {
      '@value': pick(
        known.map((d) => d.first),
        false,
      ),
      '@type': 'xsd:dateTime',
    },
    modified: {
      '@value': pick(
        known.map((d) => d.last),
        true,
      ),
      '@type': 'xsd:dateTime',
    },
  };
}

const text = (value: string) => ({ '@value': value, '@language': 'nl' });
const iri = (value: string) => ({ '@id': value });

export function dcatCatalog(register: Register, siteUrl: string, settings: CatalogSettings): object {
  const url = (path: string) => new URL(path, siteUrl).href;
  const publisher = { '@id': settings.publisher.uri, '@type': 'foaf:Agent', 'foaf:name': text(settings.publisher.name) };
  const contactPoint = settings.contactEmail
    ? { '@type': 'vcard:Organization', 'vcard:fn': text('Redactie van het Protocollenregister'), 'vcard:hasEmail': iri(`mailto:${settings.contactEmail}`) }
    : undefined;
  const datasets = exportDatasets(register);
  const catalogDates = datesOf(register, datasets[0]?.sources ?? []);
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dcatap: 'http://data.europa.eu/r5r/',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      adms: 'http://www.w3.org/ns/adms#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
    },
    '@id': url(routes.catalog()),
    '@type': 'dcat:Catalog',
    'dct:title': text('Protocollenregister'),
    'dct:description': text('Publiek register van de protocollen waarmee Vlaamse overheden persoonsgegevens aan elkaar doorgeven.'),
    'dct:publisher': publisher,
    'dct:language': iri(vocabularies.language),
    'dct:license': iri(vocabularies.licence),
    'dct:issued': catalogDates.issued,
    'dct:modified': catalogDates.modified,
    'dcat:themeTaxonomy': iri(vocabularies.themeTaxonomy),
    ...(contactPoint ? { 'dcat:contactPoint': contactPoint } : {}),
    'foaf:homepage': iri(url(routes.home())),
    'dcat:dataset': datasets.map((dataset) => {
      const dates = datesOf(register, dataset.sources);
      const related = describedResources(register, dataset.id, siteUrl);
      return {
        '@id': url(routes.catalogDataset(dataset.id)),
        '@type': 'dcat:Dataset',
        'dct:identifier': dataset.id,
        'dct:title': text(dataset.title),
        'dct:description': text(dataset.description),
        'dcat:keyword': dataset.keywords.map(text),
        'dct:publisher': publisher,
        ...(contactPoint ? { 'dcat:contactPoint': contactPoint } : {}),
        'dct:language': iri(vocabularies.language),
        'dcat:theme': iri(vocabularies.theme),
        'dct:accessRights': iri(vocabularies.accessRights),
        'dct:issued': dates.issued,
        'dct:modified': dates.modified,
        'dcat:landingPage': iri(url(routes.openData())),
        // The linked data embedded in the pages (JSON-LD), and the party's identifiers in other registers.
        ...(related.length > 0 ? { 'dct:relation': related.map((id) => iri(id)) } : {}),
        ...(dataset.identifiers?.length
          ? {
              'adms:identifier': dataset.identifiers.map((i) => ({
                '@type': 'adms:Identifier',
                'skos:notation': i.value,
                'adms:schemaAgency': i.scheme,
                'dct:subject': iri(i.uri),
              })),
            }
          : {}),
        'dcat:distribution': dataset.files.map((file) => ({
          '@id': url(routes.distribution(file.path)),
          '@type': 'dcat:Distribution',
          'dct:title': text(file.title),
          'dct:description': text(formatDescriptions[file.format]),
          'dcat:accessURL': iri(url(file.path)),
          'dcat:downloadURL': iri(url(file.path)),
          'dcat:mediaType': iri(vocabularies.mediaType(file.format)),
          'dct:format': iri(vocabularies.fileType(file.format)),
          'dct:license': iri(vocabularies.licence),
          'dcatap:availability': iri(vocabularies.availability),
          'dct:modified': dates.modified,
          ...(file.conformsTo ? { 'dct:conformsTo': iri(url(file.conformsTo)) } : {}),
        })),
      };
    }),
  };
}
