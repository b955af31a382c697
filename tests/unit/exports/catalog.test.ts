import { describe, expect, it } from 'vitest';
import { protocolsCsv } from '../../../src/lib/exports/csv.ts';
import { atomFeed, protocolEvents } from '../../../src/lib/exports/feeds.ts';
import { jsonSchemas, partyExport, protocolRecord, protocolsExport } from '../../../src/lib/exports/records.ts';
import { dcatCatalog, exportFiles } from '../../../src/lib/exports/catalog.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';
import { schemaValidator } from '../../support/json-schema.ts';
import { startOfDayInBrussels } from '../../../src/lib/format.ts';

const valid = validateContent(
  content(
    [
      protocol('2024-a-b'),
      protocol(
        '2020-a-c',
        protocolData({
          title: 'Oud protocol, "met" aanhalingstekens',
          documentDate: '2020-01-01',
          entryIntoForce: { date: '2020-01-01' },
          end: { date: '2021-01-01' },
          parties: [
            { party: 'a', role: 'sends', dpoAdviceDate: '2019-12-01' },
            { party: 'c', role: 'receives', dpoAdviceDate: '2019-12-01' },
          ],
          flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['insz'] }] }],
        }),
      ),
    ],
    { parties: [party('a', { establishmentUnits: ['2.199.310.197'], ovoCode: 'OVO000123' }), party('b'), party('c', { kbo: '0887.010.362', shortName: '=C' })] },
  ),
);
const history = {
  available: true as const,
  byProtocol: {
    '2024-a-b': {
      added: '2024-03-01',
      lastChanged: '2024-06-10',
      changes: [
        { date: '2024-03-01', time: '2024-03-01T09:15:02+01:00', commit: 'a1', descriptions: ['opgenomen in het register'] },
        { date: '2024-06-10', time: '2024-06-10T16:40:59+02:00', commit: 'b2', descriptions: ['einddatum toegevoegd: 1 januari 2030'] },
        // A rebased series: two commits in the same second are one change.
        { date: '2024-06-10', time: '2024-06-10T16:40:59+02:00', commit: 'c3', descriptions: ['samenvatting gewijzigd'] },
        // The same day, a second later: its own entry.
        { date: '2024-06-10', time: '2024-06-10T16:41:00+02:00', commit: 'd4', descriptions: ['titel gewijzigd'] },
      ],
    },
  },
  files: {
    'protocols/2024-a-b.mdx': { first: '2024-03-01T09:15:02+01:00', last: '2024-06-10T16:41:00+02:00' },
    'protocols/2020-a-c.mdx': { first: '2024-01-05T10:00:00+01:00', last: '2024-01-05T10:00:00+01:00' },
    'parties/a.yaml': { first: '2024-01-05T10:00:00+01:00', last: '2024-08-01T12:00:00+02:00' },
    'data-categories/insz.yaml': { first: '2023-12-01T10:00:00+01:00', last: '2023-12-01T10:00:00+01:00' },
  },
};
const register = buildRegister(valid, '2026-11-22', history);
const site = 'https://register.example.be/';

describe('JSON exports', () => {
  it('carry a stable id, the canonical URL, and per party the slug, name, KBO, establishment units and OVO code', () => {
    const record = protocolRecord(register.protocols[0]!, register, site);
    expect(record).toMatchObject({
      id: '2024-a-b',
      url: 'https://register.example.be/protocollen/2024-a-b/',
      status: 'in-force',
      statusLabel: 'Van kracht',
      statusComputedOn: '2026-11-22',
      flows: [{ from: 'a', to: 'b', dataCategories: ['diploma'] }],
    });
    expect(record.parties[0]).toEqual({
      id: 'a',
      url: 'https://register.example.be/partijen/a/',
      name: 'Agentschap A',
      shortName: 'A',
      kbo: '0316.380.841',
      establishmentUnits: ['2.199.310.197'],
      ovoCode: 'OVO000123',
      ovoUri: 'https://data.vlaanderen.be/id/organisatie/OVO000123',
      nisCode: null,
      role: 'sends',
      roleLabel: 'deelt gegevens mee',
    });
  });

  it('name their licence and schema, and validate against the published JSON Schema', () => {
    const ajv = schemaValidator();
    const schemas = jsonSchemas(site);
    const all = protocolsExport(register, site);
    expect(all.licence.id).toBe('CC0-1.0');
    expect(all.$schema).toBe('https://register.example.be/schema/v2/protocollen.schema.json');
    expect(ajv.validate(schemas.protocols, all), JSON.stringify(ajv.errors)).toBe(true);
    const one = partyExport(register, 'a', site);
    expect(ajv.validate(schemas.party, one), JSON.stringify(ajv.errors)).toBe(true);
    expect(one.party.feed).toBe('https://register.example.be/partijen/a.xml');
    // The schema can fail: a record without its id does not pass.
    const broken = structuredClone(all) as { protocols: Record<string, unknown>[] };
    delete broken.protocols[0]!.id;
    expect(ajv.validate(schemas.protocols, broken)).toBe(false);
  });
});

describe('CSV export', () => {
  it('starts with a byte-order mark, has Dutch headers and labels with codes beside them, and neutralises formulas', () => {
    const csv = protocolsCsv(register, site);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    // The v1 columns keep their positions; v2 adds its columns after them.
    expect(lines[0]).toBe(
      'id,titel,datum_document,status,status_code,in_werking,einde,periodiciteit,periodiciteit_code,van,van_id,van_kbo,naar,naar_id,naar_kbo,soorten_gegevens,soorten_gegevens_id,bijzondere_gegevens,url,licentie,' +
        'van_ovo,naar_ovo,van_nis,naar_nis,rechtskader_code,avg_grond_dpv,akten_eli,stroomsoort_code,authentieke_bronnen,soorten_gegevens_dpv,bijzondere_gegevens_avg,herzieningsdatum',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith('2024-a-b,')).toBe(true);
    expect(lines[2]).toContain('"Oud protocol, ""met"" aanhalingstekens"');
    expect(lines[2]).toContain(',Beëindigd,ended,');
    expect(lines[2]).toContain(",Doorlopend,permanent,A,a,0316.380.841,'=C,c,0887.010.362,");
    expect(lines[2]).toContain(',CC0-1.0,OVO000123,,,,flemish-egov-decree,https://w3id.org/dpv/legal/eu/gdpr#A6-1-e,');
  });

  it('shows an end tied to another document as unconfirmed, with what it is tied to', () => {
    const tied = buildRegister(
      validateContent(
        content([
          protocol(
            '2019-a-b',
            protocolData({ title: 'Gekoppeld', end: { tiedTo: { kind: 'agreement', label: 'het convenant 2018–2022', quote: 'eindigt op de einddatum van het Convenant' } } }),
          ),
        ]),
      ),
      '2026-11-22',
    );
    expect(protocolRecord(tied.protocols[0]!, tied, site)).toMatchObject({
      status: 'unconfirmed',
      statusLabel: 'Einde niet bevestigd',
      endDate: null,
      endTiedTo: { label: 'het convenant 2018–2022' },
    });
    expect(protocolsCsv(tied, site)).toContain(',Einde gekoppeld aan het convenant 2018–2022 — niet bevestigd,unconfirmed,');
  });
});

/** Every <id> and <updated> of the entries of an Atom feed. */
const entries = (feed: string) => [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>\s*<updated>([^<]+)<\/updated>/g)].map((m) => ({ id: m[1]!, updated: m[2]! }));
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe('feeds', () => {
  it('have an entry when a protocol is added, changed, enters into force and ends, timed to the second', () => {
    const [b, c] = [register.protocols.find((p) => p.id === '2024-a-b')!, register.protocols.find((p) => p.id === '2020-a-c')!];
    expect(protocolEvents(b, register.today).map((e) => `${e.kind} ${e.time}`)).toEqual([
      'in-force 2024-02-01T00:00:00+01:00',
      'added 2024-03-01T09:15:02+01:00',
      'changed 2024-06-10T16:40:59+02:00',
      'changed 2024-06-10T16:41:00+02:00',
    ]);
    expect(protocolEvents(b, register.today)[2]!.summary).toBe('Gewijzigd in het register: einddatum toegevoegd: 1 januari 2030; samenvatting gewijzigd.');
    // Without git history the document date stands in for the time it was added.
    expect(protocolEvents(c, register.today).map((e) => `${e.kind} ${e.time}`)).toEqual([
      'added 2020-01-01T00:00:00+01:00',
      'in-force 2020-01-01T00:00:00+01:00',
      'ended 2021-01-01T00:00:00+01:00',
    ]);
    // An end date that has not passed yet gives no entry.
    expect(protocolEvents(c, '2020-06-01').map((e) => e.kind)).toEqual(['added', 'in-force']);
  });

  it('date a day by its start in Brussels, in winter and in summer time, also on the days the clocks change', () => {
    expect(startOfDayInBrussels('2026-01-15')).toBe('2026-01-15T00:00:00+01:00');
    expect(startOfDayInBrussels('2026-07-15')).toBe('2026-07-15T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(startOfDayInBrussels('2026-03-30')).toBe('2026-03-30T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-10-26')).toBe('2026-10-26T00:00:00+01:00');
  });

  it('use the event time as updated and an id that does not change between builds', () => {
    const feed = atomFeed(register, site, { title: 'Protocollen van C & co', path: '/partijen/c.xml', protocols: [register.protocols.find((p) => p.id === '2020-a-c')!] });
    expect(feed).toContain('<title>Protocollen van C &amp; co</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toMatch(/<id>urn:protocollenregister:protocol:2020-a-c:ended:2021-01-01T00:00:00\+01:00<\/id>\n\s+<updated>2021-01-01T00:00:00\+01:00<\/updated>/);
    expect(feed).toContain('<updated>2021-01-01T00:00:00+01:00</updated>\n  <author>');
    expect(feed).toContain('<rights>Creative Commons Zero 1.0');
    const later = buildRegister(valid, '2027-01-01', history);
    expect(atomFeed(later, site, { title: 'x', path: '/feed.xml', protocols: later.protocols })).toContain(
      '<id>urn:protocollenregister:protocol:2020-a-c:ended:2021-01-01T00:00:00+01:00</id>',
    );
  });

  it('never repeat an id, and date every entry to the second with its offset, also with several changes on one day', () => {
    const feed = atomFeed(register, site, { title: 'Alles', path: '/feed.xml', protocols: [...register.protocols, ...register.protocols] });
    const all = entries(feed);
    expect(all).toHaveLength(7);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const entry of all) {
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.id.endsWith(`:${entry.updated}`), entry.id).toBe(true);
    }
    // Newest first, compared as instants (the offsets differ).
    const instants = all.map((e) => Date.parse(e.updated));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    expect(all[0]!.updated).toBe('2024-06-10T16:41:00+02:00');
    expect(feed).toContain('<updated>2024-06-10T16:41:00+02:00</updated>\n  <author>');
  });
});

type Node = Record<string, unknown>;
const settings = { publisher: { uri: 'https://data.vlaanderen.be/id/organisatie/OVO002949', name: 'Digitaal Vlaanderen' }, contactEmail: 'redactie@register.example.be' };

describe('the DCAT-AP catalogue', () => {
  const catalog = dcatCatalog(register, site, settings) as Node & { 'dcat:dataset': (Node & { 'dcat:distribution': Node[] })[] };
  const datasets = catalog['dcat:dataset'];
  const distributions = datasets.flatMap((d) => d['dcat:distribution']);

  it('lists every export file as a distribution', () => {
    const files = exportFiles(register).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['/protocollen.json', '/protocollen.csv', '/feed.xml', '/partijen/a.json', '/partijen/c.xml', '/gegevens/insz.xml']));
    expect(distributions.map((d) => (d['dcat:downloadURL'] as { '@id': string })['@id']).sort()).toEqual(files.map((path) => new URL(path, site).href).sort());
    expect(datasets).toHaveLength(1 + 3 + register.dataCategories.size);
  });

  it('names the publisher by the IRI from the settings, the CC0 licence IRI, issued and modified on the catalogue', () => {
    expect(catalog['dct:publisher']).toEqual({
      '@id': 'https://data.vlaanderen.be/id/organisatie/OVO002949',
      '@type': 'foaf:Agent',
      'foaf:name': { '@value': 'Digitaal Vlaanderen', '@language': 'nl' },
    });
    expect(catalog['dct:license']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/licence/CC0' });
    expect(JSON.stringify(catalog)).not.toContain('deed.nl');
    // The earliest and latest change of any content file (see `files` in the history above).
    expect(catalog['dct:issued']).toEqual({ '@value': '2023-12-01T10:00:00+01:00', '@type': 'xsd:dateTime' });
    expect(catalog['dct:modified']).toEqual({ '@value': '2024-08-01T12:00:00+02:00', '@type': 'xsd:dateTime' });
    expect(catalog['dcat:themeTaxonomy']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/data-theme' });
  });

  it('gives every dataset a contact point with mailto:, publisher, theme, access rights and dates from the data', () => {
    for (const dataset of datasets) {
      const id = String(dataset['dct:identifier']);
      expect(dataset['dcat:contactPoint'], id).toEqual({
        '@type': 'vcard:Organization',
        'vcard:fn': { '@value': 'Redactie van het Protocollenregister', '@language': 'nl' },
        'vcard:hasEmail': { '@id': 'mailto:redactie@register.example.be' },
      });
      expect((dataset['dct:publisher'] as Node)['@id'], id).toBe('https://data.vlaanderen.be/id/organisatie/OVO002949');
      expect(dataset['dcat:theme'], id).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' });
      expect(dataset['dct:accessRights'], id).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' });
      expect((dataset['dct:description'] as Node)['@value'], id).toMatch(/\w{10,}/);
      expect(dataset['dct:title'], id).toBeTruthy();
      // From git; only a dataset whose files are not committed yet (none here but unused categories) falls back to the build date.
      for (const key of ['dct:issued', 'dct:modified'])
        expect(
          [{ '@type': 'xsd:dateTime' }, { '@value': '2026-11-22', '@type': 'xsd:date' }].some((v) => Object.entries(v).every(([k, x]) => (dataset[key] as Node)[k] === x)),
          `${id} ${key}`,
        ).toBe(true);
      if (register.protocolsByParty.has(id.replace(/^partij-/, '')) || register.protocolsByCategory.has(id.replace(/^gegevens-/, '')) || id === 'protocollen')
        expect((dataset['dct:modified'] as Node)['@type'], id).toBe('xsd:dateTime');
    }
    const byId = new Map(datasets.map((d) => [d['dct:identifier'], d]));
    // Party a: its own file changed last on 1 August 2024, after its protocol.
    expect(byId.get('partij-a')!['dct:modified']).toEqual({ '@value': '2024-08-01T12:00:00+02:00', '@type': 'xsd:dateTime' });
    expect(byId.get('partij-a')!['dct:issued']).toEqual({ '@value': '2024-01-05T10:00:00+01:00', '@type': 'xsd:dateTime' });
    // Party b has no file dates of its own; its protocol 2024-a-b last changed on 10 June 2024.
    expect(byId.get('partij-b')!['dct:modified']).toEqual({ '@value': '2024-06-10T16:41:00+02:00', '@type': 'xsd:dateTime' });
    // INSZ: its file dates from 2023, the protocol that passes it (2020-a-c) entered the register in January 2024.
    expect(byId.get('gegevens-insz')!['dct:issued']).toEqual({ '@value': '2023-12-01T10:00:00+01:00', '@type': 'xsd:dateTime' });
    expect(byId.get('gegevens-insz')!['dct:modified']).toEqual({ '@value': '2024-01-05T10:00:00+01:00', '@type': 'xsd:dateTime' });
  });

  it('gives every distribution a title, a description, the CC0 licence IRI, format, media type, availability and modified', () => {
    for (const distribution of distributions) {
      const id = String(distribution['@id']);
      expect((distribution['dct:title'] as Node)['@value'], id).toBeTruthy();
      expect((distribution['dct:description'] as Node)['@value'], id).toMatch(/^(JSON|CSV|Atom)-(bestand|feed) /);
      expect(distribution['dct:license'], id).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/licence/CC0' });
      expect((distribution['dct:format'] as Node)['@id'], id).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(JSON|CSV|ATOM)$/);
      expect((distribution['dcat:mediaType'] as Node)['@id'], id).toMatch(
        /^http:\/\/www\.iana\.org\/assignments\/media-types\/(application\/json|text\/csv|application\/atom\+xml)$/,
      );
      expect(distribution['dcatap:availability'], id).toEqual({ '@id': 'http://data.europa.eu/r5r/availability/stable' });
      expect(['xsd:dateTime', 'xsd:date'], id).toContain((distribution['dct:modified'] as Node)['@type']);
    }
  });

  it('without git history, dates on the build date; without a contact address, no contact point', () => {
    const bare = dcatCatalog(buildRegister(valid, '2026-11-22'), site, { publisher: settings.publisher }) as typeof catalog;
    expect(bare['dct:modified']).toEqual({ '@value': '2026-11-22', '@type': 'xsd:date' });
    expect(bare['dcat:dataset'][0]!['dcat:contactPoint']).toBeUndefined();
  });
});
