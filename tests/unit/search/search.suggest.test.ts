// "Bedoelde u …?": the nearest known term for a near-miss query.
import { describe, expect, it } from 'vitest';
describe('"Bedoelde u …?" suggestions', () => {
  const terms = ['inburgering', 'inburgeringstraject', 'vdab', 'diploma', 'rijksregisternummer', 'werkzoekende', 'insz'];
  it('suggests the known term a near-miss meant, typo or swapped letters', async () => {
    const { suggestTerm } = await import('../../../src/lib/search/query.ts');
    expect(suggestTerm('inburgring', terms)).toBe('inburgering');
    expect(suggestTerm('diplomma', terms)).toBe('diploma');
    expect(suggestTerm('rijksregsiternummer', terms)).toBe('rijksregisternummer');
    expect(suggestTerm('Werkzoeknde', terms)).toBe('werkzoekende');
  });
  it('suggests nothing for a known term, for short words, or when nothing is close', async () => {
    const { suggestTerm } = await import('../../../src/lib/search/query.ts');
    expect(suggestTerm('diploma', terms)).toBeUndefined();
    expect(suggestTerm('vdb', terms)).toBeUndefined();
    expect(suggestTerm('fietspad', terms)).toBeUndefined();
  });
  it('counts edits as a person types them', async () => {
    const { editDistance } = await import('../../../src/lib/search/query.ts');
    expect(editDistance('inburgring', 'inburgering')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
