import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { filterOptions, protocolSearchData, searchShortcuts } from '../../../src/lib/search/search.ts';
import { parseSearchParams, toPagefindFilters, toSearchParams } from '../../../src/lib/search/query.ts';
import { fold } from '../../../src/lib/text.ts';

const register = buildRegister(validateContent(readContentFolder(resolve(import.meta.dirname, '../../fixtures/content'))), '2026-11-22');
const byId = (id: string) => register.protocols.find((p) => p.id === id)!;

describe('search data per protocol', () => {
  it('gives seed 001 its sender and receiver filters, categories, status and a one-line answer', () => {
    const data = protocolSearchData(byId('2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening'), register);
    expect(data.filters.van?.sort()).toEqual(['TBT', 'VLAIO']);
    expect(data.filters.naar).toEqual(['VDAB']);
    expect(data.filters.status).toEqual(['Beëindigd']);
    expect(data.filters.periodiciteit).toEqual(['Doorlopend']);
    expect(data.filters.jaar).toEqual(['2025']);
    expect(data.line).toMatch(/^VLAIO, TBT → VDAB · .* · Beëindigd$/);
  });
  it('gives the test protocol the status and periodicity it has on the build date', () => {
    const data = protocolSearchData(byId('2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten'), register);
    expect(data.filters.status).toEqual(['Nog niet van kracht']);
    expect(data.filters.periodiciteit).toEqual(['Periodiek']);
    expect(data.filters.jaar).toEqual(['2026']);
    expect(data.line).toMatch(/^WEWIS → TBT · /);
  });
  it('marks the mutual exchange of seed 002 with a double arrow', () => {
    expect(protocolSearchData(byId('2021-vlaio-fio-tbt-frontoffice'), register).line).toContain('⇄');
  });
  it('adds synonyms of data categories and former names of parties as keywords', () => {
    const keywords = protocolSearchData(byId('2023-ahovoks-departement-zorg-diplomagegevens'), register).keywords;
    expect(keywords).toEqual(expect.arrayContaining(['rijksregisternummer', 'diploma', 'WVG', 'Departement Welzijn, Volksgezondheid en Gezin']));
  });
});

describe('shortcuts and URL state', () => {
  const shortcuts = searchShortcuts(register);
  it('maps an acronym, a former name and a synonym to their page', () => {
    expect(shortcuts[fold('WVG')]?.url).toBe('/partijen/departement-zorg/');
    expect(shortcuts[fold('VDAB')]?.url).toBe('/partijen/vdab/');
    expect(shortcuts[fold('Rijksregisternummer')]?.url).toBe('/gegevens/insz/');
    expect(shortcuts[fold('kmo-portefeuille')]?.url).toBe('/gegevens/subsidiedossiers/');
  });
  it('round-trips query and filters through the URL', () => {
    const params = toSearchParams('diploma', { status: ['Van kracht'], van: ['AHOVOKS', 'VDAB'] });
    expect(params.toString()).toBe('q=diploma&van=AHOVOKS&van=VDAB&status=Van+kracht');
    expect(parseSearchParams(params)).toEqual({ query: 'diploma', filters: { van: ['AHOVOKS', 'VDAB'], status: ['Van kracht'] } });
  });
  it('ignores unknown parameters and turns filters into Pagefind "any" filters', () => {
    expect(parseSearchParams(new URLSearchParams('q=+x+&foo=bar'))).toEqual({ query: 'x', filters: {} });
    expect(toPagefindFilters({ gegevens: ['Naam en voornaam'] })).toEqual({ gegevens: { any: ['Naam en voornaam'] } });
  });
  it('offers every party that sends or receives as a filter option', () => {
    const options = filterOptions(register);
    expect(options.van).toEqual(expect.arrayContaining(['AHOVOKS', 'VDAB', 'VLAIO', 'TBT', 'FIO', 'WEWIS']));
    expect(options.naar).toEqual(expect.arrayContaining(['Departement Zorg', 'WEWIS', 'Atlas', 'Amal', 'AgII', 'TBT']));
    expect(options.jaar).toEqual(['2026', '2025', '2024', '2023', '2021']);
  });
});
