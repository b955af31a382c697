import { describe, expect, it } from 'vitest';
import { escapeHtml, fold, isSafeLinkUrl, neutraliseFormula, unique } from '../../src/lib/text.ts';
import { csvCell } from '../../src/lib/exports/csv.ts';

describe('text helpers', () => {
  it('escapes every character that could end an element or an attribute', () => {
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>&`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;');
  });

  it('allows https, http, mailto, relative and fragment links, and nothing that runs', () => {
    for (const url of ['https://www.vlaanderen.be', 'http://www.vlaanderen.be', 'mailto:dpo@vlaanderen.be', '/protocollen/', '#artikel-1', 'bijlage.pdf'])
      expect(isSafeLinkUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//evil.example'])
      expect(isSafeLinkUrl(url), url).toBe(false);
  });

  it('neutralises values a spreadsheet would run as a formula', () => {
    for (const value of ['=HYPERLINK("https://evil.example","klik")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(neutraliseFormula('Protocol 2025')).toBe('Protocol 2025');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('2025-12-15')).toBe('2025-12-15');
  });
});

describe('fold and unique', () => {
  it('folds case, accents and punctuation into one form for matching and slugs', () => {
    expect(fold('  Économie, Wetenschap & Innovatie ')).toBe('economie wetenschap innovatie');
    expect(fold('Welzijn, Volksgezondheid en Gezin', '-')).toBe('welzijn-volksgezondheid-en-gezin');
    expect(fold('---')).toBe('');
  });

  it('keeps the first of each value, in order', () => {
    expect(unique(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
