// A page's cache key: it changes with every value the page shows; views must be plain data.
import { describe, expect, it } from 'vitest';
import { pageCacheKey, plainDataProblem } from '../../../src/astro/cache-key.ts';

describe('pageCacheKey', () => {
  const build = () => ({ title: 'Studietoelagen', parties: ['AHOVOKS'].map((name) => ({ name })), status: 'in-force' });
  const view = build();

  it('is the same for the same view and differs when any value differs', () => {
    expect(pageCacheKey(build())).toBe(pageCacheKey(view));
    expect(pageCacheKey(structuredClone(view))).toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, status: 'expired' })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, parties: [{ name: 'AHOVOKS ' }] })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, extra: null })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey(view)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the last character of a long view', () => {
    const longView = () => ({ body: 'tekst '.repeat(50_000), parts: Array.from({ length: 3000 }, (_, i) => ({ i, name: `deel ${i}` })) });
    const long = longView();
    const changed = longView();
    changed.parts[2999]!.name = 'deel 2999!';
    expect(pageCacheKey(changed)).not.toBe(pageCacheKey(long));
    expect(pageCacheKey(longView())).toBe(pageCacheKey(long));
  });
});

describe('plainDataProblem', () => {
  it('accepts plain data, undefined fields included', () => {
    expect(plainDataProblem({ a: [1, 'x', null, true, { b: undefined }], c: Object.create(null) })).toBeUndefined();
  });

  it('names what JSON would write as {} or leave out, and where it is', () => {
    expect(plainDataProblem({ parties: [{ flows: new Map([['a', 1]]) }] })).toBe('view.parties[0].flows is geen gewone data ([object Map])');
    expect(plainDataProblem({ s: new Set([1]) })).toContain('[object Set]');
    expect(plainDataProblem({ d: new Date(0) })).toContain('[object Date]');
    expect(plainDataProblem({ f: () => 1 })).toContain('view.f');
    expect(plainDataProblem({ n: Number.NaN })).toBe('view.n is NaN');
    class Card {
      title = 'x';
    }
    expect(plainDataProblem({ cards: [new Card()] })).toBe('view.cards[0] is geen gewone data ([object Object])');
  });
});
