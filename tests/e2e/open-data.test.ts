// The built exports, checked as an agency reuses them: every JSON file validates against the
// schema it names, the catalogue lists every export, the CSV opens with its accents, ended
// protocols appear in the feeds on their end date. These hold for any content.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { testSiteDir } from '../support/site.ts';
import { schemaValidator } from '../support/json-schema.ts';

const site = (path: string) => join(testSiteDir, path);
const read = (path: string) => readFileSync(site(path), 'utf8');

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/** Every export file: JSON (not the schemas or the search index), CSV and Atom. */
function exportFiles(): string[] {
  const all = filesBelow(testSiteDir).map((file) => `/${relative(testSiteDir, file)}`);
  // A renamed party's old JSON and feed are copies at its former address, not exports of their own.
  const currentParties = new Set(
    all
      .map((path) => /^\/partijen\/([^/]+)\.json$/.exec(path)?.[1])
      .filter((slug): slug is string => Boolean(slug) && (JSON.parse(read(`/partijen/${slug}.json`)) as { party: { id: string } }).party.id === slug),
  );
  return (
    all
      // Not exports: the schemas, the search index and the search page's own shortcut list.
      .filter((path) => /\.(json|csv|xml)$/.test(path) && !path.startsWith('/schema/') && !path.startsWith('/pagefind/') && !path.startsWith('/zoeken/'))
      .filter((path) => {
        const party = /^\/partijen\/([^/]+)\.(json|xml)$/.exec(path)?.[1];
        return !party || currentParties.has(party);
      })
  );
}

describe('open data in the built site', () => {
  it('validates every JSON export against the JSON Schema it names in $schema', () => {
    const ajv = schemaValidator();
    const jsonFiles = exportFiles().filter((path) => path.endsWith('.json'));
    expect(jsonFiles.length).toBeGreaterThan(1);
    for (const path of jsonFiles) {
      const data = JSON.parse(read(path)) as { $schema?: string; licence?: { id: string } };
      expect(data.$schema, path).toMatch(/\/schema\/v2\/[a-z]+\.schema\.json$/);
      expect(data.licence?.id, path).toBe('CC0-1.0');
      const schemaPath = new URL(data.$schema!).pathname;
      const schema = JSON.parse(read(schemaPath)) as object;
      const validate = ajv.compile({ ...schema, $id: undefined });
      expect(validate(data), `${path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      // A consumer of v1 validates the same file against the v1 schema, still published.
      const v1 = ajv.compile({ ...(JSON.parse(read(schemaPath.replace('/schema/v2/', '/schema/v1/'))) as object), $id: undefined });
      expect(v1(data), `${path} (v1): ${JSON.stringify(v1.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('lists every export file in the DCAT-AP catalogue', () => {
    const catalog = read('/catalogus.jsonld');
    const parsed = JSON.parse(catalog) as { '@type': string; 'dcat:dataset': { 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }[] };
    expect(parsed['@type']).toBe('dcat:Catalog');
    const listed = new Set(parsed['dcat:dataset'].flatMap((d) => d['dcat:distribution'].map((x) => new URL(x['dcat:downloadURL']['@id']).pathname)));
    for (const path of exportFiles()) expect(listed.has(path), `${path} ontbreekt in de catalogus`).toBe(true);
    for (const path of listed) expect(existsSync(site(path)), `${path} staat in de catalogus maar bestaat niet`).toBe(true);
  });

  it('describes every dataset and distribution as DCAT-AP 3 recommends and DCAT-AP-VL expects', () => {
    type Node = Record<string, unknown> & { '@id'?: string; '@type'?: string; '@value'?: string };
    const catalog = JSON.parse(read('/catalogus.jsonld')) as Node & { 'dcat:dataset': (Node & { 'dcat:distribution': Node[] })[] };
    // The fixture register is committed, so its dates come from git (unless this is a shallow clone).
    const withHistory = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() === 'false';
    const isDate = (value: unknown) =>
      withHistory
        ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(String((value as Node)['@value'])) && (value as Node)['@type'] === 'xsd:dateTime'
        : (value as Node)['@type'] === 'xsd:date';
    const absolute = (value: unknown) => /^https?:\/\/[^/]+\//.test(String((value as Node)?.['@id']));
    const cc0 = 'http://publications.europa.eu/resource/authority/licence/CC0';
    expect(isDate(catalog['dct:issued']), 'catalogus dct:issued').toBe(true);
    expect(isDate(catalog['dct:modified']), 'catalogus dct:modified').toBe(true);
    expect(absolute(catalog['dct:publisher']), 'uitgever met een IRI').toBe(true);
    expect((catalog['dct:license'] as Node)['@id']).toBe(cc0);
    expect(catalog['dcat:dataset'].length).toBeGreaterThan(2);
    for (const dataset of catalog['dcat:dataset']) {
      const id = String(dataset['dct:identifier']);
      const contact = dataset['dcat:contactPoint'] as Node & { 'vcard:hasEmail': Node };
      expect(contact?.['vcard:hasEmail']?.['@id'], `${id} contactPoint`).toMatch(/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
      expect(absolute(dataset['dct:publisher']), `${id} publisher`).toBe(true);
      expect((dataset['dcat:theme'] as Node)['@id'], `${id} theme`).toBe('http://publications.europa.eu/resource/authority/data-theme/GOVE');
      expect((dataset['dct:accessRights'] as Node)['@id'], `${id} accessRights`).toBe('http://publications.europa.eu/resource/authority/access-right/PUBLIC');
      expect(String((dataset['dct:description'] as Node)['@value']).length, `${id} description`).toBeGreaterThan(20);
      expect(isDate(dataset['dct:issued']), `${id} issued`).toBe(true);
      expect(isDate(dataset['dct:modified']), `${id} modified`).toBe(true);
      expect(dataset['dcat:distribution'].length, id).toBeGreaterThan(0);
      for (const distribution of dataset['dcat:distribution']) {
        const where = String(distribution['@id']);
        expect(String((distribution['dct:description'] as Node)?.['@value']).length, `${where} description`).toBeGreaterThan(20);
        expect((distribution['dct:license'] as Node)['@id'], `${where} license`).toBe(cc0);
        expect(absolute(distribution['dcat:accessURL']), `${where} accessURL`).toBe(true);
        expect(absolute(distribution['dct:format']), `${where} format`).toBe(true);
        expect(absolute(distribution['dcat:mediaType']), `${where} mediaType`).toBe(true);
        expect(isDate(distribution['dct:modified']), `${where} modified`).toBe(true);
      }
    }
  });

  it('writes the CSV as UTF-8 with a byte-order mark, one row per protocol and the licence', () => {
    const csv = readFileSync(site('/protocollen.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const protocols = (JSON.parse(read('/protocollen.json')) as { protocols: unknown[] }).protocols;
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]!.split(',')).toContain('licentie');
    expect(lines.length - 1).toBeGreaterThanOrEqual(protocols.length);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)[=+@]/);
  });

  it('puts an entry dated on its end date in the feeds for every protocol that has ended', () => {
    const { generated, protocols } = JSON.parse(read('/protocollen.json')) as { generated: string; protocols: { id: string; endDate: string | null; parties: { id: string }[] }[] };
    const ended = protocols.filter((p) => p.endDate && p.endDate < generated);
    for (const protocol of ended) {
      // The start of the end date in Brussels: +01:00 in winter, +02:00 in summer.
      const time = `${protocol.endDate}T00:00:00\\+0[12]:00`;
      const entry = new RegExp(`<id>urn:protocollenregister:protocol:${protocol.id}:ended:${time}</id>\\n    <updated>${time}</updated>`);
      expect(read('/feed.xml'), protocol.id).toMatch(entry);
      for (const party of protocol.parties) expect(read(`/partijen/${party.id}.xml`), `${protocol.id} in de feed van ${party.id}`).toMatch(entry);
    }
  });

  it('never repeats an entry id within a feed, and dates every entry to the second with its offset', () => {
    const feeds = filesBelow(testSiteDir).filter((file) => file.endsWith('.xml'));
    expect(feeds.length).toBeGreaterThan(3);
    for (const file of feeds) {
      const text = readFileSync(file, 'utf8');
      const entries = [...text.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>\s*<updated>([^<]+)<\/updated>/g)].map((m) => ({ id: m[1]!, updated: m[2]! }));
      expect(entries.length, file).toBe(text.match(/<entry>/g)?.length ?? 0);
      const seen = new Set<string>();
      for (const { id, updated } of entries) {
        expect(seen.has(id), `${file}: ${id} komt twee keer voor`).toBe(false);
        seen.add(id);
        expect(updated, `${file}: ${id}`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(id.endsWith(`:${updated}`), id).toBe(true);
      }
      expect(text, file).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}<\/updated>\n {2}<author>/);
    }
  });

  it('has an embed page and a linked feed for every party', () => {
    const { protocols } = JSON.parse(read('/protocollen.json')) as { protocols: { parties: { id: string }[] }[] };
    const parties = new Set(protocols.flatMap((p) => p.parties.map((party) => party.id)));
    for (const party of parties) {
      const embed = read(`/embed/partijen/${party}/index.html`);
      expect(embed).not.toMatch(/<script\b(?![^>]*type="application\/json")/);
      expect(embed).not.toMatch(/(src|href)="https?:\/\/(?!127\.0\.0\.1|localhost)[^"]*\.(js|css)"/);
      const page = read(`/partijen/${party}/index.html`);
      expect(page).toContain(`<link rel="alternate" type="application/atom+xml" title=`);
      expect(page).toContain(`href="/partijen/${party}.xml"`);
    }
  });
});
