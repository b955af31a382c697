// Linked data and the identifiers of other registers in the built test site (issue 22): the
// JSON-LD of every page parses and carries its required properties, the catalogue links to it,
// and the fixture protocol with every new field round-trips through JSON, CSV and JSON-LD.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { testSiteDir } from '../support/site.ts';
import { schemaValidator } from '../support/json-schema.ts';

const read = (path: string) => readFileSync(join(testSiteDir, path), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro'].includes(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

type Node = Record<string, unknown>;

/** Every JSON-LD block of a page, parsed. */
function jsonLdOf(html: string): Node[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    // Nothing in the block may look like markup: "<" is written as \u003c.
    expect(m[1]).not.toMatch(/[<>]/);
    return JSON.parse(m[1]!) as Node;
  });
}

const pages = htmlFiles(testSiteDir).map((file) => ({ path: `/${relative(testSiteDir, file)}`.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') }));
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
const protocolPages = pages.filter((p) => /^\/protocollen\/[^/]+\/$/.test(p.path) && p.html.includes('id="volledige-tekst"'));
const partyPages = pages.filter((p) => /^\/partijen\/[^/]+\/$/.test(p.path) && p.html.includes('id="gegevens-partij"'));
const fixtureId = '2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten';
const eli = 'https://www.ejustice.just.fgov.be/eli/decreet/2026/01/01/2026000001/justel';

describe('JSON-LD in the built pages', () => {
  it('parses on every page that has it, and every protocol and party page has exactly one with its required properties', () => {
    const withLd = pages.filter((p) => p.html.includes('application/ld+json'));
    for (const page of withLd) expect(jsonLdOf(page.html).length, page.path).toBeGreaterThan(0);
    expect(protocolPages.length).toBeGreaterThan(1);
    expect(partyPages.length).toBeGreaterThan(1);
    for (const page of protocolPages) {
      const blocks = jsonLdOf(page.html);
      expect(blocks, page.path).toHaveLength(1);
      const ld = blocks[0]!;
      expect(ld['@id'], page.path).toBe(`${canonical(page.html)}#protocol`);
      expect(ld['@type']).toEqual(['dcat:Dataset', 'dpv:Process']);
      for (const key of ['dct:title', 'dct:issued', 'dcat:landingPage', 'dct:conformsTo']) expect(ld[key], `${page.path} ${key}`).toBeDefined();
      for (const key of ['dpv:hasDataController', 'dpv:hasRecipient', 'dpv:hasLegalBasis', 'dpv:hasPurpose', 'dpv:hasPersonalData', 'dpv:hasProcess'])
        expect((ld[key] as unknown[]).length, `${page.path} ${key}`).toBeGreaterThan(0);
      // Every GDPR basis is a DPV term, and every controller is a party page's organisation.
      expect((ld['dpv:hasLegalBasis'] as Node[]).some((b) => String(b['@id']).startsWith('https://w3id.org/dpv/legal/eu/gdpr#A6-1-'))).toBe(true);
      for (const controller of ld['dpv:hasDataController'] as Node[]) expect(String(controller['@id'])).toMatch(/\/partijen\/[^/]+\/#organisatie$/);
    }
    for (const page of partyPages) {
      const blocks = jsonLdOf(page.html);
      expect(blocks, page.path).toHaveLength(1);
      const ld = blocks[0]!;
      expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', '@id': `${canonical(page.html)}#organisatie` });
      expect(typeof ld.name).toBe('string');
      expect((ld.identifier as Node[]).map((i) => i.propertyID)).toContain('register-slug');
    }
  });

  it('is linked from /catalogus.jsonld by the same @id', () => {
    const catalog = JSON.parse(read('/catalogus.jsonld')) as { 'dcat:dataset': Node[] };
    const relations = (id: string) => ((catalog['dcat:dataset'].find((d) => d['dct:identifier'] === id)?.['dct:relation'] as Node[] | undefined) ?? []).map((r) => r['@id']);
    const protocolIds = protocolPages.map((p) => jsonLdOf(p.html)[0]!['@id']);
    expect(new Set(relations('protocollen'))).toEqual(new Set(protocolIds));
    for (const page of partyPages) {
      const ld = jsonLdOf(page.html)[0]!;
      const slug = /\/partijen\/([^/]+)\/$/.exec(page.path)![1]!;
      expect(relations(`partij-${slug}`), slug).toEqual([ld['@id']]);
    }
  });
});

describe('the fixture with every new field', () => {
  const { protocols } = JSON.parse(read('/protocollen.json')) as { protocols: Node[] };
  const record = protocols.find((p) => p.id === fixtureId)!;

  it('round-trips through the JSON export, which validates against v1 and v2', () => {
    expect(record.legalFramework).toMatchObject({ id: 'flemish-egov-decree' });
    expect(record.reviewDate).toBe('2026-11-01');
    expect(record.reviewPassed).toBe(true);
    expect((record.legalBasis as Node).dpv).toEqual(['https://w3id.org/dpv/legal/eu/gdpr#A6-1-e']);
    expect((record.legalBasis as Node).acts).toEqual([
      { title: 'Testdecreet over transitietrajecten </script><script>window.ldPwned = 1</script> & co', eli },
      { title: 'Een akte zonder ELI', eli: null },
    ]);
    expect(record.dataFlows).toMatchObject([
      {
        kind: 'batch',
        trigger: 'elk kwartaal, voor de ondernemingen met een lopend transitietraject',
        authorisingAct: { title: 'Testdecreet over transitietrajecten, artikel 7', eli },
        dataItems: [{ sourceRegister: 'Rijksregister' }, { sourceRegister: 'Kruispuntbank van de Sociale Zekerheid', specialCategory: true }],
      },
    ]);
    expect(record.dataCategoryTerms).toEqual([
      { id: 'naam', label: 'Naam en voornaam', dpv: ['https://w3id.org/dpv/pd#Name'], special: null },
      { id: 'gezondheidsgegevens', label: expect.any(String), dpv: ['https://w3id.org/dpv/pd#Health'], special: 'art-9' },
    ]);
    const tbt = (record.parties as Node[]).find((p) => p.id === 'team-bedrijfstrajecten')!;
    expect([tbt.ovoCode, tbt.ovoUri]).toEqual(['OVO999901', 'https://data.vlaanderen.be/id/organisatie/OVO999901']);
    const atlas = JSON.parse(read('/partijen/atlas-antwerpen.json')) as { party: Node };
    expect(atlas.party.nisCode).toBe('11002');
    const ajv = schemaValidator();
    for (const version of ['v1', 'v2']) {
      const validate = ajv.compile({ ...(JSON.parse(read(`/schema/${version}/protocollen.schema.json`)) as object), $id: undefined });
      expect(validate(JSON.parse(read('/protocollen.json'))), `${version}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('round-trips through the CSV export', () => {
    const [header, ...rows] = read('/protocollen.csv').slice(1).trim().split('\r\n');
    const columns = header!.split(',');
    // The fixture's cells hold no commas or quotes in these columns; the row is split on plain commas up to them.
    const row = rows.find((r) => r.startsWith(`${fixtureId},`))!;
    const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect(cell('naar_ovo')).toBe('OVO999901');
    expect(cell('rechtskader_code')).toBe('flemish-egov-decree');
    expect(cell('avg_grond_dpv')).toBe('https://w3id.org/dpv/legal/eu/gdpr#A6-1-e');
    expect(cell('akten_eli')).toBe(eli);
    expect(cell('stroomsoort_code')).toBe('batch');
    expect(cell('authentieke_bronnen')).toBe('Rijksregister | Kruispuntbank van de Sociale Zekerheid');
    expect(cell('soorten_gegevens_dpv')).toBe('https://w3id.org/dpv/pd#Name | https://w3id.org/dpv/pd#Health');
    expect(cell('bijzondere_gegevens_avg')).toBe('art-9');
    expect(cell('herzieningsdatum')).toBe('2026-11-01');
  });

  it('round-trips through the JSON-LD of its page and of its parties', () => {
    const ld = jsonLdOf(read(`/protocollen/${fixtureId}/index.html`))[0]!;
    expect(ld['dct:valid']).toEqual({ '@value': '2026-11-01', '@type': 'xsd:date' });
    expect((ld['dpv:hasLegalBasis'] as Node[]).map((b) => b['@id'])).toEqual(['https://w3id.org/dpv/legal/eu/gdpr#A6-1-e', eli, undefined]);
    const [flow] = ld['dpv:hasProcess'] as Node[];
    expect(flow).toMatchObject({ 'dct:type': 'batch', 'dpv:hasLegalBasis': { '@id': eli } });
    expect((flow!['dpv:hasDataSource'] as Node[]).map((s) => (s['dct:title'] as Node)['@value'])).toEqual(['Rijksregister', 'Kruispuntbank van de Sociale Zekerheid']);
    const subjects = (ld['dpv:hasPersonalData'] as Node[]).flatMap((d) => (d['dct:subject'] as Node[] | undefined) ?? []).map((s) => s['@id']);
    expect(subjects).toEqual(['https://w3id.org/dpv/pd#Name', 'https://w3id.org/dpv/pd#Health']);
    const tbt = jsonLdOf(read('/partijen/team-bedrijfstrajecten/index.html'))[0]!;
    expect(tbt.identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'OVO', value: 'OVO999901', url: 'https://data.vlaanderen.be/id/organisatie/OVO999901' });
    expect(tbt.sameAs).toContain('https://data.vlaanderen.be/id/organisatie/OVO999901');
    const atlas = jsonLdOf(read('/partijen/atlas-antwerpen/index.html'))[0]!;
    expect(atlas.identifier).toContainEqual({ '@type': 'PropertyValue', propertyID: 'NIS', value: '11002' });
  });

  it('shows the new fields on the pages, with links to the public registers', () => {
    const party = read('/partijen/team-bedrijfstrajecten/index.html');
    expect(party).toContain('<a href="https://data.vlaanderen.be/id/organisatie/OVO999901" data-identifier="OVO-code">OVO999901</a>');
    expect(party).toMatch(
      /<a href="https:\/\/kbopub\.economie\.fgov\.be\/kbopub\/zoeknummerform\.html\?nummer=\d{10}&amp;actionLu=Zoek" data-identifier="Ondernemingsnummer \(KBO\)">/,
    );
    const page = read(`/protocollen/${fixtureId}/index.html`);
    expect(page).toContain(`<a href="${eli}">Testdecreet over transitietrajecten &lt;/script&gt;&lt;script&gt;window.ldPwned = 1&lt;/script&gt; &amp; co</a>`);
    expect(page).toContain('<dd data-flow-kind="batch">periodiek in één bestand of zending (batch)</dd>');
    expect(page).toContain('Bron: Kruispuntbank van de Sociale Zekerheid.');
    expect(page).toContain('<code>eu-gdpr:A6-1-e</code>');
    expect(page).toMatch(/<dd data-review="voorbij">[\s\S]*1 november 2026[\s\S]*Die datum is voorbij/);
    const review = read('/te-herzien/index.html');
    expect(review).toMatch(new RegExp(`<tr data-review="voorbij">\\s*<th scope="row"><a href="/protocollen/${fixtureId}/">`));
    expect(review).toContain('<strong>1</strong> van de <strong>1</strong> protocollen');
    const criminal = read('/gegevens/strafrechtelijke-gegevens/index.html');
    expect(criminal).toContain('data-special="art-10"');
    expect(criminal).toContain('<a href="https://w3id.org/dpv/pd#Criminal"><code>pd:Criminal</code></a>');
  });
});
