import { describe, expect, it } from 'vitest';
import { dcatCatalog, exportFiles } from '../../../src/lib/exports/catalog.ts';
import { register, site, valid } from './fixture.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';

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
