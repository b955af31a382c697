// A page's cache key: it changes with every value the page shows and refuses data it cannot see into.
import { describe, expect, it } from 'vitest';
import { pageCacheKey, plainText } from '../../../src/astro/cache-key.ts';

describe('plainText', () => {
  it('writes plain data canonically, undefined and non-finite numbers included', () => {
    expect(plainText({ a: [1, 'x', null, true], b: { c: undefined }, d: Number.NaN })).toBe('{"a":[1,"x",null,true],"b":{"c":undefined},"d":"NaN"}');
  });

  it('refuses what JSON would write as {} or leave out, naming where it is', () => {
    expect(() => plainText({ parties: [{ flows: new Map([['a', 1]]) }] })).toThrow('view.parties[0].flows is geen gewone data ([object Map])');
    expect(() => plainText({ s: new Set([1]) })).toThrow('[object Set]');
    expect(() => plainText({ f: () => 1 })).toThrow('view.f');
    expect(() => plainText({ d: new Date(0) })).toThrow('[object Date]');
  });
});

describe('pageCacheKey', () => {
  const view = { title: 'Studietoelagen', parties: [{ name: 'AHOVOKS' }], status: 'in-force' };
  it('is the same for the same view and differs when any value differs', () => {
    expect(pageCacheKey(structuredClone(view))).toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, status: 'expired' })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, parties: [{ name: 'AHOVOKS ' }] })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey({ ...view, extra: undefined })).not.toBe(pageCacheKey(view));
    expect(pageCacheKey(view)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells apart what JSON would write alike: undefined, missing, null, NaN and Infinity', () => {
    const keys = [{ a: undefined }, {}, { a: null }, { a: Number.NaN }, { a: Number.POSITIVE_INFINITY }, { a: 'NaN' }, { a: [undefined] }, { a: [null] }].map(pageCacheKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes with the last character of a long view', () => {
    const long = { body: 'tekst '.repeat(50_000), parts: Array.from({ length: 3000 }, (_, i) => ({ i, name: `deel ${i}` })) };
    const changed = structuredClone(long);
    changed.parts[2999]!.name = 'deel 2999!';
    expect(pageCacheKey(changed)).not.toBe(pageCacheKey(long));
    expect(pageCacheKey(structuredClone(long))).toBe(pageCacheKey(long));
  });

  it('refuses a view that is not plain data, naming the value, as plainText does', () => {
    expect(() => pageCacheKey({ parties: [{ flows: new Map([['a', 1]]) }] })).toThrow('view.parties[0].flows is geen gewone data ([object Map])');
    expect(() => pageCacheKey({ list: [1, { d: new Date(0) }] })).toThrow('view.list[1].d is geen gewone data ([object Date])');
    expect(() => pageCacheKey({ f: () => 1 })).toThrow('view.f');
    expect(() => pageCacheKey({ n: 1n })).toThrow('view.n');
  });
});
