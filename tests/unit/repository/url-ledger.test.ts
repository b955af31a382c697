import { describe, expect, it } from 'vitest';
import { compareLedger, currentUrls, formatLedger, parseLedger } from '../../../src/lib/repository/url-ledger.ts';

const content = {
  protocols: [
    { id: 'p-nieuw', data: { formerSlugs: ['p-oud'] } },
    { id: 'q', data: {} },
  ],
  parties: [{ id: 'a', data: { formerSlugs: ['a-oud'] } }],
  dataCategories: [{ id: 'naam' }],
};

describe('the ledger of published URLs', () => {
  it('lists the URLs the content publishes: pages, party JSON, feeds and embeds', () => {
    expect(currentUrls(content)).toEqual([
      '/embed/partijen/a/',
      '/gegevens/naam.xml',
      '/gegevens/naam/',
      '/partijen/a.json',
      '/partijen/a.xml',
      '/partijen/a/',
      '/protocollen/p-nieuw/',
      '/protocollen/q/',
    ]);
  });

  it('reports a URL that is neither produced nor redirected, and new URLs missing from the ledger', () => {
    const ledger = ['/protocollen/p-oud/', '/partijen/a-oud.json', '/protocollen/weg/', '/protocollen/q/'];
    expect(compareLedger(ledger, content)).toEqual({
      dropped: ['/protocollen/weg/'],
      added: ['/embed/partijen/a/', '/gegevens/naam.xml', '/gegevens/naam/', '/partijen/a.json', '/partijen/a.xml', '/partijen/a/', '/protocollen/p-nieuw/'],
    });
  });

  it('writes and reads the ledger file, sorted and without duplicates, ignoring comments', () => {
    const text = formatLedger(['/b/', '/a/', '/b/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseLedger(text)).toEqual(['/a/', '/b/']);
  });
});
