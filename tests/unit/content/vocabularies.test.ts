// Identifiers and vocabularies of other registers (issue 22): formats, the two legal frameworks
// and their checklists, the checks, the v2 export (with v1 still valid), CSV columns, JSON-LD.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { dataCategorySchema, partySchema, protocolSchema } from '../../../src/lib/content/schemas.ts';
import { legalFrameworkOf } from '../../../src/lib/content/vocabularies.ts';
import { eliUri } from '../../../src/lib/content/vocabulary-fields.ts';
import { checklistElementsOf, checklistOf, checklistSummary } from '../../../src/lib/content/checklist.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { reviewList } from '../../../src/lib/model/identifiers.ts';
import { jsonSchemas, protocolRecord, protocolsExport, partyExport } from '../../../src/lib/exports/records.ts';
import { csvColumns, protocolsCsv } from '../../../src/lib/exports/csv.ts';
import { jsonLdText, partyJsonLd, protocolJsonLd } from '../../../src/lib/exports/linked-data.ts';
import { dcatCatalog } from '../../../src/lib/exports/catalog.ts';
import { body, category, content, party, protocol, protocolData } from '../fixtures/content.ts';
import { schemaValidator } from '../../support/json-schema.ts';

const site = 'https://register.example.be/';
const eli = 'http://www.ejustice.just.fgov.be/eli/decreet/2022/07/08/2022033099/justel';

const enriched = protocolData({
  legalFrameworkId: 'flemish-egov-decree',
  reviewDate: '2025-06-30',
  legalBasis: {
    gdpr: ['c', 'e'],
    articles: ['Artikel 46 van een besluit'],
    acts: [{ title: 'Decreet van 8 juli 2022 over de werk- en zorgtrajecten', eli }, { title: 'Een akte zonder ELI' }],
  },
  flows: [
    {
      from: ['a'],
      to: ['b'],
      kind: 'pull',
      trigger: 'bij elke aanvraag tot erkenning',
      authorisingAct: { title: 'Decreet van 8 juli 2022, artikel 12', eli },
      dataItems: [
        { label: 'Gegeven 1', description: 'INSZ', dataCategories: ['insz'], sourceRegister: 'Rijksregister' },
        { label: 'Gegeven 2', description: 'Diploma', dataCategories: ['diploma'], sourceRegister: 'LED' },
      ],
    },
  ],
});
const raw = content([protocol('2024-a-b', enriched)], {
  parties: [party('a', { ovoCode: 'OVO000123' }), party('b', { kind: 'municipality', governmentLevel: 'local', nisCode: '44021', kbo: '0207.451.227' })],
  dataCategories: [
    category('diploma', { dpv: ['pd:EducationQualification'] }),
    category('insz', { nationalId: true, dpv: ['https://w3id.org/dpv/pd#OfficialID'] }),
    category('strafregister', { specialCategory: true, criminalData: true, dpv: ['pd:Criminal'] }),
  ],
});

describe('formats of identifiers', () => {
  it('accepts an OVO number and a NIS code in their own form only', () => {
    expect(partySchema.safeParse(party('a', { ovoCode: 'OVO000123' }).data).success).toBe(true);
    for (const bad of ['OVO12345', 'ovo000123', 'OVO0001234', '000123']) expect(partySchema.safeParse(party('a', { ovoCode: bad }).data).success, bad).toBe(false);
    expect(partySchema.safeParse(party('a', { nisCode: '44021' }).data).success).toBe(true);
    for (const bad of ['4402', '440211', '4402a', 44021]) expect(partySchema.safeParse(party('a', { nisCode: bad }).data).success, String(bad)).toBe(false);
  });

  it('accepts Belgian ELIs of real calendar dates, published as https', () => {
    expect(eliUri.parse(eli)).toBe('https://www.ejustice.just.fgov.be/eli/decreet/2022/07/08/2022033099/justel');
    expect(eliUri.parse('https://www.ejustice.just.fgov.be/eli/wet/2018/07/30/2018040581')).toBe('https://www.ejustice.just.fgov.be/eli/wet/2018/07/30/2018040581');
    for (const bad of [
      'https://www.ejustice.just.fgov.be/eli/wet/2018/02/30/2018040581/justel',
      'https://evil.example/eli/wet/2018/07/30/2018040581/justel',
      'javascript:alert(1)',
      'https://www.ejustice.just.fgov.be/eli/wet/2018/07/30/12/justel',
    ])
      expect(eliUri.safeParse(bad).success, bad).toBe(false);
  });

  it('names file, field and fix for a malformed code', () => {
    const result = validateContent(
      content([protocol('2024-a-b', protocolData({ legalBasis: { gdpr: ['e'], acts: [{ title: 'Wet', eli: 'https://example.org/wet' }] } }))], {
        parties: [party('a', { ovoCode: 'OVO12' }), party('b'), party('c')],
        dataCategories: [category('diploma', { dpv: ['OfficialID'] })],
      }),
    );
    const errors = result.issues.filter((i) => i.level === 'error').map((i) => `${i.file} ${i.field}: ${i.code}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'content/parties/a.yaml ovoCode: S006',
        'content/data-categories/diploma.yaml dpv[0]: S006',
        'content/protocols/2024-a-b.mdx legalBasis.acts[0].eli: S007',
      ]),
    );
    const eliIssue = result.issues.find((i) => i.field === 'legalBasis.acts[0].eli');
    expect(eliIssue?.fix).toContain('www.ejustice.just.fgov.be');
  });

  it('normalises DPV terms to the pd: prefix and refuses unknown legal frameworks and flow kinds', () => {
    expect(dataCategorySchema.parse(category('x', { dpv: ['https://w3id.org/dpv/pd#OfficialID'] }).data).dpv).toEqual(['pd:OfficialID']);
    expect(protocolSchema.safeParse(protocolData({ legalFrameworkId: 'gdpr' })).success).toBe(false);
    expect(
      protocolSchema.safeParse(protocolData({ flows: [{ from: ['a'], to: ['b'], kind: 'sometimes', dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }] }))
        .success,
    ).toBe(false);
  });
});

describe('the legal framework and its checklist', () => {
  it('reads the framework from the controlled value, else from the text', () => {
    expect(legalFrameworkOf({ legalFramework: 'Artikel 8, §1, decreet eGov' })).toBe('flemish-egov-decree');
    expect(legalFrameworkOf({ legalFramework: 'Artikel 20 van de wet van 30 juli 2018' })).toBe('federal-law-2018');
    expect(legalFrameworkOf({ legalFramework: 'Artikel 20 van de wet van 30 juli 2018', legalFrameworkId: 'flemish-egov-decree' })).toBe('flemish-egov-decree');
  });

  it('measures a federal protocol against the fourteen elements of art. 20 of the law of 30 July 2018', () => {
    expect(checklistElementsOf('federal-law-2018').map((e) => e.id)).toEqual([
      'parties',
      'controllers',
      'dpo-contacts',
      'purposes',
      'data-and-format',
      'recipients',
      'legal-basis',
      'channel',
      'security',
      'restrictions',
      'rights-at-recipient',
      'periodicity',
      'duration',
      'sanctions',
    ]);
    const federal = protocolSchema.parse(protocolData({ legalFrameworkId: 'federal-law-2018', legalFramework: 'Artikel 20 van de wet van 30 juli 2018' }));
    const checklist = checklistOf(federal, body);
    expect(checklist.framework).toBe('federal-law-2018');
    expect(checklist.total).toBe(14);
    // The shared test text names DPOs, rights and sanctions, but no controller, DPO contact, format or restriction.
    expect(checklist.missing.map((m) => m.id)).toEqual(['controllers', 'dpo-contacts', 'data-and-format', 'restrictions']);
    expect(checklistSummary(checklist)).toContain('Bevat 10 van de 14 verplichte onderdelen; ontbreekt: identificatie van de verwerkingsverantwoordelijken');
    const complete = `${body} De verwerkingsverantwoordelijken zijn A en B. De functionaris voor gegevensbescherming is bereikbaar via dpo@a.be. De gegevens worden in XML-formaat doorgegeven. Er geldt geen beperking van de rechten.`;
    expect(checklistOf(federal, complete).missing).toEqual([]);
    // The same protocol under the Flemish decree keeps its twelve elements.
    expect(checklistOf(protocolSchema.parse(protocolData()), body).total).toBe(12);
  });

  it('warns with the federal list when a federal protocol lacks an element', () => {
    const result = validateContent(
      content([protocol('2024-a-b', protocolData({ legalFrameworkId: 'federal-law-2018', legalFramework: 'Artikel 20 van de wet van 30 juli 2018' }))]),
    );
    const missing = result.issues.filter((i) => i.field.startsWith('checklist.'));
    expect(missing.every((i) => i.code === 'K001')).toBe(true);
    // The message names the federal law's list, not the decree's.
    expect(missing.find((i) => i.field === 'checklist.controllers')?.message).toContain('art. 20 wet 30 juli 2018');
  });
});

describe('checks across fields', () => {
  it('warns when the review date has passed on the day of the check, and only then', () => {
    const warning = (today?: string) => validateContent(raw, undefined, { today }).issues.filter((i) => i.field === 'reviewDate');
    expect(warning('2026-11-22').map((i) => `${i.level}: ${i.code}`)).toEqual(['warning: V003']);
    expect(warning('2025-06-30')).toEqual([]);
    expect(warning(undefined)).toEqual([]);
  });

  it('refuses criminal data that is not marked as a special category, and warns on a framework that contradicts the text', () => {
    const result = validateContent(
      content([protocol('2024-a-b', protocolData({ legalFrameworkId: 'flemish-egov-decree', legalFramework: 'Artikel 20 van de wet van 30 juli 2018' }))], {
        dataCategories: [category('diploma'), category('strafregister', { criminalData: true })],
      }),
    );
    expect(result.issues.find((i) => i.file === 'content/data-categories/strafregister.yaml')).toMatchObject({ code: 'V001', level: 'error', field: 'specialCategory' });
    expect(result.issues.find((i) => i.field === 'legalFrameworkId')).toMatchObject({ code: 'V002', level: 'warning', file: 'content/protocols/2024-a-b.mdx' });
  });
});

const valid = validateContent(raw);
const register = buildRegister(valid, '2026-11-22');

describe('exports v2', () => {
  it('carry the identifiers and vocabularies', () => {
    expect(valid.issues.filter((i) => i.level === 'error')).toEqual([]);
    const record = protocolRecord(register.protocols[0]!, register, site);
    expect(record.parties.map((p) => [p.ovoCode, p.ovoUri, p.nisCode])).toEqual([
      ['OVO000123', 'https://data.vlaanderen.be/id/organisatie/OVO000123', null],
      [null, null, '44021'],
    ]);
    expect(record.legalFramework).toMatchObject({ id: 'flemish-egov-decree', text: 'Artikel 8, §1, decreet eGov' });
    expect(record.legalBasis.dpv).toEqual(['https://w3id.org/dpv/legal/eu/gdpr#A6-1-c', 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-e']);
    expect(record.legalBasis.acts).toEqual([
      { title: 'Decreet van 8 juli 2022 over de werk- en zorgtrajecten', eli: 'https://www.ejustice.just.fgov.be/eli/decreet/2022/07/08/2022033099/justel' },
      { title: 'Een akte zonder ELI', eli: null },
    ]);
    expect(record.dataFlows[0]).toMatchObject({
      kind: 'pull',
      trigger: 'bij elke aanvraag tot erkenning',
      authorisingAct: { title: 'Decreet van 8 juli 2022, artikel 12' },
      dataItems: [{ sourceRegister: 'Rijksregister' }, { sourceRegister: 'LED' }],
    });
    expect(record.dataCategoryTerms).toEqual([
      { id: 'insz', label: 'insz', dpv: ['https://w3id.org/dpv/pd#OfficialID'], special: null },
      { id: 'diploma', label: 'diploma', dpv: ['https://w3id.org/dpv/pd#EducationQualification'], special: null },
    ]);
    expect(record.sourceRegisters).toEqual(['Rijksregister', 'LED']);
    expect([record.reviewDate, record.reviewPassed]).toEqual(['2025-06-30', true]);
    expect(record.checklist.framework).toBe('flemish-egov-decree');
  });

  it('validate against the v2 schema and against the published v1 schema, which keeps every v1 property', () => {
    const ajv = schemaValidator();
    const [v1, v2] = [jsonSchemas(site, 'v1'), jsonSchemas(site, 'v2')];
    const all = protocolsExport(register, site);
    const one = partyExport(register, 'a', site);
    for (const [schemas, name] of [
      [v1, 'v1'],
      [v2, 'v2'],
    ] as const) {
      expect(ajv.validate({ ...schemas.protocols, $id: undefined }, all), `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
      expect(ajv.validate({ ...schemas.party, $id: undefined }, one), `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    }
    // What a v1 consumer relies on: the v1 record properties, all still required in v1.
    const record = (schema: object) => (schema as { properties: { protocols: { items: { required: string[]; properties: Record<string, unknown> } } } }).properties.protocols.items;
    const v1Required = record(v1.protocols).required;
    expect(v1Required).toEqual(expect.arrayContaining(['id', 'url', 'title', 'status', 'parties', 'flows', 'dataCategories', 'legalBasis', 'checklist']));
    expect(v1Required).not.toContain('dataFlows');
    for (const property of v1Required) expect(record(v2.protocols).required, property).toContain(property);
    // A file as v1 wrote it still validates against v1, not against v2 (which needs the new fields).
    const v1File = structuredClone(all) as { protocols: Record<string, unknown>[] };
    for (const p of v1File.protocols) for (const key of ['legalFramework', 'dataFlows', 'dataCategoryTerms', 'sourceRegisters', 'reviewDate', 'reviewPassed']) delete p[key];
    expect(ajv.validate({ ...v1.protocols, $id: undefined }, v1File)).toBe(true);
    expect(ajv.validate({ ...v2.protocols, $id: undefined }, v1File)).toBe(false);
  });

  it('write the new CSV columns after the v1 columns', () => {
    const [header, row] = protocolsCsv(register, site).slice(1).trim().split('\r\n');
    expect(header!.split(',').slice(0, 20).at(-1)).toBe('licentie');
    const cells = Object.fromEntries(csvColumns.map((column, i) => [column, row!.split(',')[i]]));
    expect(cells).toMatchObject({
      van_ovo: 'OVO000123',
      naar_nis: '44021',
      rechtskader_code: 'flemish-egov-decree',
      avg_grond_dpv: 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-c | https://w3id.org/dpv/legal/eu/gdpr#A6-1-e',
      akten_eli: 'https://www.ejustice.just.fgov.be/eli/decreet/2022/07/08/2022033099/justel',
      stroomsoort_code: 'pull',
      authentieke_bronnen: 'Rijksregister | LED',
      soorten_gegevens_dpv: 'https://w3id.org/dpv/pd#OfficialID | https://w3id.org/dpv/pd#EducationQualification',
      herzieningsdatum: '2025-06-30',
    });
  });

  it('list the review dates, those that have passed first', () => {
    const more = buildRegister(
      validateContent(
        content([
          protocol('2024-a-b', protocolData({ reviewDate: '2027-01-01' })),
          protocol('2023-a-b', protocolData({ title: 'Twee', documentDate: '2023-01-10', reviewDate: '2026-01-01' })),
          protocol('2022-a-b', protocolData({ title: 'Drie', documentDate: '2022-01-10' })),
        ]),
      ),
      '2026-11-22',
    );
    expect(reviewList(more).map((r) => `${r.protocol.id} ${r.review.passed}`)).toEqual(['2023-a-b true', '2024-a-b false']);
  });
});

describe('linked data', () => {
  it('escapes what could end the script block', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });

  it('describes a party as a GovernmentOrganization with its identifiers', () => {
    const ld = partyJsonLd(register, 'a', site) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': 'https://register.example.be/partijen/a/#organisatie',
      name: 'Agentschap A',
    });
    expect(ld.identifier).toEqual(
      expect.arrayContaining([
        { '@type': 'PropertyValue', propertyID: 'KBO', value: '0316.380.841', url: 'https://org.belgif.be/id/CbeRegisteredEntity/0316380841' },
        { '@type': 'PropertyValue', propertyID: 'OVO', value: 'OVO000123', url: 'https://data.vlaanderen.be/id/organisatie/OVO000123' },
      ]),
    );
    expect(ld.sameAs).toContain('https://data.vlaanderen.be/id/organisatie/OVO000123');
    expect((partyJsonLd(register, 'b', site) as { identifier: unknown[] }).identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'NIS', value: '44021' });
  });

  it('describes a protocol in DPV and DCAT terms', () => {
    const ld = protocolJsonLd(register, register.protocols[0]!, site) as Record<string, unknown>;
    expect(ld['@type']).toEqual(['dcat:Dataset', 'dpv:Process']);
    expect(ld['dpv:hasLegalBasis']).toEqual([
      { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-c' },
      { '@id': 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-e' },
      {
        '@id': 'https://www.ejustice.just.fgov.be/eli/decreet/2022/07/08/2022033099/justel',
        '@type': 'dpv:Law',
        'dct:title': { '@value': 'Decreet van 8 juli 2022 over de werk- en zorgtrajecten', '@language': 'nl' },
      },
      { '@type': 'dpv:Law', 'dct:title': { '@value': 'Een akte zonder ELI', '@language': 'nl' } },
    ]);
    expect(ld['dpv:hasDataController']).toEqual([
      { '@id': 'https://register.example.be/partijen/a/#organisatie' },
      { '@id': 'https://register.example.be/partijen/b/#organisatie' },
    ]);
    const data = ld['dpv:hasPersonalData'] as { 'dct:subject'?: { '@id': string }[] }[];
    expect(data.flatMap((d) => d['dct:subject'] ?? []).map((s) => s['@id'])).toEqual(['https://w3id.org/dpv/pd#OfficialID', 'https://w3id.org/dpv/pd#EducationQualification']);
    const [flow] = ld['dpv:hasProcess'] as Record<string, unknown>[];
    expect(flow).toMatchObject({ 'dct:type': 'pull', 'dpv:hasContext': { '@value': 'bij elke aanvraag tot erkenning' } });
    expect(ld['dct:valid']).toEqual({ '@value': '2025-06-30', '@type': 'xsd:date' });
  });

  it('is linked from the catalogue, with the KBO and OVO of each party', () => {
    const catalog = dcatCatalog(register, site, { publisher: { uri: 'https://register.example.be/#uitgever', name: 'Redactie' } }) as { 'dcat:dataset': Record<string, unknown>[] };
    const all = catalog['dcat:dataset'].find((d) => d['dct:identifier'] === 'protocollen')!;
    expect(all['dct:relation']).toEqual([{ '@id': 'https://register.example.be/protocollen/2024-a-b/#protocol' }]);
    const a = catalog['dcat:dataset'].find((d) => d['dct:identifier'] === 'partij-a')!;
    expect(a['dct:relation']).toEqual([{ '@id': 'https://register.example.be/partijen/a/#organisatie' }]);
    expect(a['adms:identifier']).toEqual([
      {
        '@type': 'adms:Identifier',
        'skos:notation': '0316.380.841',
        'adms:schemaAgency': 'KBO',
        'dct:subject': { '@id': 'https://org.belgif.be/id/CbeRegisteredEntity/0316380841' },
      },
      { '@type': 'adms:Identifier', 'skos:notation': 'OVO000123', 'adms:schemaAgency': 'OVO', 'dct:subject': { '@id': 'https://data.vlaanderen.be/id/organisatie/OVO000123' } },
    ]);
  });
});
