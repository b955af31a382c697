import { describe, expect, it } from 'vitest';
import { protocolsCsv } from '../../src/lib/exports/csv.ts';
import { atomFeed, protocolEvents } from '../../src/lib/exports/feeds.ts';
import { startOfDayInBrussels } from '../../src/lib/model/status.ts';
import { jsonSchemas, partyExport, protocolRecord, protocolsExport } from '../../src/lib/exports/records.ts';
import { dcatCatalog, exportFiles } from '../../src/lib/exports/catalog.ts';
import { buildRegister } from '../../src/lib/model/register.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from './fixtures/content.ts';
import { schemaValidator } from '../support/json-schema.ts';

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
      role: 'sends',
      roleLabel: 'deelt mee',
    });
  });

  it('name their licence and schema, and validate against the published JSON Schema', () => {
    const ajv = schemaValidator();
    const schemas = jsonSchemas(site);
    const all = protocolsExport(register, site);
    expect(all.licence.id).toBe('CC0-1.0');
    expect(all.$schema).toBe('https://register.example.be/schema/v1/protocollen.schema.json');
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
    expect(lines[0]).toBe(
      'id,titel,datum_document,status,status_code,in_werking,einde,periodiciteit,periodiciteit_code,van,van_id,van_kbo,naar,naar_id,naar_kbo,soorten_gegevens,soorten_gegevens_id,bijzondere_gegevens,url,licentie',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith('2024-a-b,')).toBe(true);
    expect(lines[2]).toContain('"Oud protocol, ""met"" aanhalingstekens"');
    expect(lines[2]).toContain(',Beëindigd,ended,');
    expect(lines[2]).toContain(",Doorlopend,permanent,A,a,0316.380.841,'=C,c,0887.010.362,");
    expect(lines[2]!.endsWith(',CC0-1.0')).toBe(true);
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
    expect(protocolEvents(c, register.today).map((e) => `${e.kind} ${e.time}`)).toEqual(['added 2020-01-01T00:00:00+01:00', 'in-force 2020-01-01T00:00:00+01:00', 'ended 2021-01-01T00:00:00+01:00']);
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
    expect(atomFeed(later, site, { title: 'x', path: '/feed.xml', protocols: later.protocols })).toContain('<id>urn:protocollenregister:protocol:2020-a-c:ended:2021-01-01T00:00:00+01:00</id>');
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

describe('the DCAT-AP catalogue', () => {
  it('lists every export file as a distribution with its licence', () => {
    const catalog = JSON.stringify(dcatCatalog(register, site));
    const files = exportFiles(register).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['/protocollen.json', '/protocollen.csv', '/feed.xml', '/partijen/a.json', '/partijen/c.xml', '/gegevens/insz.xml']));
    for (const path of files) expect(catalog).toContain(`"dcat:downloadURL":{"@id":"${new URL(path, site).href}"}`);
    expect(catalog).toContain('"dct:license":{"@id":"https://creativecommons.org/publicdomain/zero/1.0/deed.nl"}');
  });
});
