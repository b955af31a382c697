import { describe, expect, it } from 'vitest';
import { computeStatus, statusInput } from '../../../src/lib/model/status.ts';
import { todayInBelgium } from '../../../src/lib/format.ts';

describe('computeStatus', () => {
  const seed001 = { start: '2025-11-15', end: '2026-05-15', periodicity: 'permanent' as const };
  it('is not yet in force the day before entry into force', () => {
    expect(computeStatus(seed001, '2025-11-14')).toBe('not-yet');
  });
  it('is in force from the first day', () => {
    expect(computeStatus(seed001, '2025-11-15')).toBe('in-force');
  });
  it('is still in force on the end date itself', () => {
    expect(computeStatus(seed001, '2026-05-15')).toBe('in-force');
  });
  it('has ended the day after the end date (seed 001 is ended on 22 November 2026)', () => {
    expect(computeStatus(seed001, '2026-05-16')).toBe('ended');
    expect(computeStatus(seed001, '2026-11-22')).toBe('ended');
  });
  it('treats an open-ended protocol as in force', () => {
    expect(computeStatus({ start: '2023-10-04', periodicity: 'permanent' }, '2040-01-01')).toBe('in-force');
  });
  it('marks a one-off exchange as one-off once started, but not before', () => {
    expect(computeStatus({ start: '2025-12-15', periodicity: 'one-off' }, '2025-12-14')).toBe('not-yet');
    expect(computeStatus({ start: '2025-12-15', periodicity: 'one-off' }, '2025-12-15')).toBe('one-off');
  });
  it('reports an ended one-off protocol as ended', () => {
    expect(computeStatus({ start: '2020-01-01', end: '2020-06-30', periodicity: 'one-off' }, '2021-01-01')).toBe('ended');
  });
  it('never calls a protocol whose end is tied to another document "in force"', () => {
    const tied = { start: '2021-03-01', periodicity: 'permanent' as const, endTied: true };
    expect(computeStatus(tied, '2021-02-28')).toBe('not-yet');
    expect(computeStatus(tied, '2026-11-22')).toBe('unconfirmed');
    expect(computeStatus({ ...tied, end: '2022-12-31' }, '2026-11-22')).toBe('ended');
  });
  it('reads the status facts from a protocol: a tied end counts only without a confirmed end date', () => {
    const tiedTo = { kind: 'agreement' as const, label: 'het convenant', quote: 'eindigt met het convenant' };
    expect(statusInput({ entryIntoForce: { date: '2021-03-01' }, end: { indefinite: false, tiedTo }, periodicity: 'permanent' }).endTied).toBe(true);
    expect(statusInput({ entryIntoForce: { date: '2021-03-01' }, end: { indefinite: false, tiedTo, date: '2022-12-31' }, periodicity: 'permanent' }).endTied).toBe(false);
  });
  it('computes today in Belgian time', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(todayInBelgium(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
