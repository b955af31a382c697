import { describe, expect, it } from 'vitest';
import { buildExcerpt, keywordRange } from '../../../src/lib/search/excerpt.ts';
import { queryVariants } from '../../../src/lib/search/query.ts';

const words = (n: number, word = 'tekst') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

describe('search result excerpts', () => {
  it('finds the hidden search words as a range of words in the page text', () => {
    expect(keywordRange('Titel van de pagina INSZ, INSZ-nummer, rijksregisternummer', 'INSZ, INSZ-nummer, rijksregisternummer')).toEqual([4, 7]);
    expect(keywordRange('Titel', 'niet aanwezig')).toBeUndefined();
    expect(keywordRange('Titel', undefined)).toBeUndefined();
  });

  it('leaves the hidden search words out, even where most matches are', () => {
    const content = `Diploma's van AHOVOKS naar Departement Zorg. ${words(60)} INSZ, INSZ-nummer, rijksregisternummer, INSZ`;
    const all = content.split(' ');
    const locations = all.flatMap((w, i) => (w.startsWith('INSZ') || w.startsWith('rijksregister') ? [i] : []));
    locations.push(3); // "naar", a match in the readable text
    const excerpt = buildExcerpt({ content, locations, keywords: 'INSZ, INSZ-nummer, rijksregisternummer, INSZ', length: 10 });
    expect(excerpt).not.toContain('rijksregisternummer');
    expect(excerpt).toContain('<mark>naar</mark>');
    expect(excerpt.startsWith('Diploma&#39;s van AHOVOKS <mark>naar</mark>')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
  });

  it('shows the start of the page when every match is in the search words', () => {
    const content = `Begin van de pagina ${words(5)} WVG, Welzijn`;
    const excerpt = buildExcerpt({ content, locations: [9], keywords: 'WVG, Welzijn', length: 4 });
    expect(excerpt).toBe('Begin van de pagina …');
  });

  it('escapes the page text: code in a page is shown as text, never run', () => {
    const content = 'Plak <iframe src="x"></iframe> & <script>alert(1)</script> hier';
    const excerpt = buildExcerpt({ content, locations: [1], length: 30 });
    expect(excerpt).not.toMatch(/<(iframe|script)/);
    expect(excerpt).toContain('<mark>&lt;iframe</mark>');
    expect(excerpt).toContain('&amp;');
  });

  it('centres on the densest run of matches, with a few words before the first', () => {
    const list = words(100).split(' ');
    const content = list.join(' ');
    const excerpt = buildExcerpt({ content, locations: [10, 70, 72, 74], length: 10 });
    expect(excerpt).toBe('… tekst66 tekst67 tekst68 tekst69 <mark>tekst70</mark> tekst71 <mark>tekst72</mark> tekst73 <mark>tekst74</mark> tekst75 …');
  });
});

describe('other forms of a query', () => {
  it('tries the plural of a singular and the singular of a plural', () => {
    expect(queryVariants('studietoelage')).toEqual(['studietoelagen', 'studietoelages']);
    expect(queryVariants('studietoelagen')).toEqual(['studietoelage', 'studietoelag']);
    expect(queryVariants("diploma's")).toEqual(['diploma']);
    expect(queryVariants('klacht')).toEqual(['klachten', 'klachts']);
  });

  it('leaves acronyms and short words alone', () => {
    expect(queryVariants('KBO')).toEqual([]);
    expect(queryVariants('   ')).toEqual([]);
    expect(queryVariants('VDAB diploma')).toEqual(['VDABen diplomaen', 'VDABs diplomas']);
  });
});
