import { describe, expect, it } from 'vitest';
import { addDays, countScheduleAttribute, countStatuses, countsOn, statusCountSchedule } from '../../../src/lib/model/status-counts.ts';
import type { StatusInput } from '../../../src/lib/model/status.ts';

const inputs: StatusInput[] = [
  { start: '2025-01-01', periodicity: 'permanent' }, // in force
  { start: '2025-01-01', end: '2026-11-30', periodicity: 'permanent' }, // ends after 30 November
  { start: '2026-12-10', periodicity: 'periodic' }, // begins on 10 December
  { start: '2026-12-10', periodicity: 'one-off' }, // begins on 10 December, once
  { start: '2020-01-01', endTied: true, periodicity: 'permanent' }, // not confirmed
  { start: '2027-06-01', periodicity: 'permanent' }, // begins beyond the schedule
];
const zero = { 'in-force': 0, unconfirmed: 0, ended: 0, 'not-yet': 0, 'one-off': 0 };

describe('status counts', () => {
  it('counts every status, zero included', () => {
    expect(countStatuses(inputs, '2026-11-22')).toEqual({ ...zero, 'in-force': 2, unconfirmed: 1, 'not-yet': 3 });
    expect(countStatuses([], '2026-11-22')).toEqual(zero);
  });

  it('adds days across months, years and the change of clocks', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-11-22', 92)).toBe('2027-02-22');
  });

  it('schedules the counts on the days they change, and only those', () => {
    const schedule = statusCountSchedule(inputs, '2026-11-22');
    expect(schedule.from).toBe('2026-11-22');
    expect(schedule.until).toBe('2027-02-22');
    expect(schedule.steps.map(([day]) => day)).toEqual(['2026-11-22', '2026-12-01', '2026-12-10']);
    expect(countsOn(schedule, '2026-11-30')).toEqual({ ...zero, 'in-force': 2, unconfirmed: 1, 'not-yet': 3 });
    expect(countsOn(schedule, '2026-12-01')).toEqual({ ...zero, 'in-force': 1, unconfirmed: 1, ended: 1, 'not-yet': 3 });
    expect(countsOn(schedule, '2027-01-02')).toEqual({ ...zero, 'in-force': 2, unconfirmed: 1, ended: 1, 'not-yet': 1, 'one-off': 1 });
    for (const day of ['2026-11-22', '2026-12-05', '2027-01-02', '2027-02-22']) expect(countsOn(schedule, day), day).toEqual(countStatuses(inputs, day));
  });

  it('knows no counts outside the schedule', () => {
    const schedule = statusCountSchedule(inputs, '2026-11-22');
    expect(countsOn(schedule, '2027-02-23')).toBeUndefined();
    expect(countsOn(schedule, '2026-11-21')).toBeUndefined();
  });

  it('writes the schedule of a list of protocols once per list and day, as JSON', () => {
    const protocols = [{ data: { entryIntoForce: { date: '2026-12-10' }, end: { indefinite: true }, periodicity: 'permanent' as const } }];
    const json = countScheduleAttribute(protocols, '2026-11-22');
    expect(JSON.parse(json)).toEqual(statusCountSchedule([{ start: '2026-12-10', end: undefined, periodicity: 'permanent', endTied: false }], '2026-11-22'));
    expect(countScheduleAttribute(protocols, '2026-11-22')).toBe(json);
    expect(JSON.parse(countScheduleAttribute(protocols, '2026-12-20')).from).toBe('2026-12-20');
  });
});
