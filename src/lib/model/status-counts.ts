/**
 * How many protocols have each status, on the build day and on the days after it. A page lists
 * only some protocols but may show counts over all of them (the home page, the filters of the
 * protocol lists); it carries the counts as a schedule: the counts on the build day and on each
 * later day they change, up to `scheduleDays` ahead. The status script (src/client/status.ts)
 * picks the counts for the reader's today; beyond the schedule it marks them with the build date.
 * Browser-safe: types and status.ts only.
 */
import { computeStatus, type Status, type StatusInput, statusInput } from './status.ts';
import { statusLabels } from '../labels.ts';

export type StatusCounts = Record<Status, number>;

export interface CountSchedule {
  /** The build day (YYYY-MM-DD). */
  from: string;
  /** The last day the schedule covers. */
  until: string;
  /** [first day, counts from that day on], in order; the first is `from`. */
  steps: [string, StatusCounts][];
}

/** A quarter: the site is rebuilt nightly, so a page read later than that is a copy kept somewhere. */
export const scheduleDays = 92;

/** The day `days` after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The number of protocols with each status on `today` (every status, zero included). */
export function countStatuses(inputs: readonly StatusInput[], today: string): StatusCounts {
  const counts = Object.fromEntries(Object.keys(statusLabels).map((s) => [s, 0])) as StatusCounts;
  for (const input of inputs) counts[computeStatus(input, today)] += 1;
  return counts;
}

const sameCounts = (a: StatusCounts, b: StatusCounts) => (Object.keys(a) as Status[]).every((s) => a[s] === b[s]);

/** The counts from `from` for `days` days, as the days they change (a start, or the day after an end). */
export function statusCountSchedule(inputs: readonly StatusInput[], from: string, days: number = scheduleDays): CountSchedule {
  const until = addDays(from, days);
  const changeDays = new Set<string>();
  for (const input of inputs) {
    for (const day of [input.start, input.end && addDays(input.end, 1)]) if (day && day > from && day <= until) changeDays.add(day);
  }
  const steps: [string, StatusCounts][] = [[from, countStatuses(inputs, from)]];
  for (const day of [...changeDays].sort()) {
    const counts = countStatuses(inputs, day);
    if (!sameCounts(counts, steps[steps.length - 1]![1])) steps.push([day, counts]);
  }
  return { from, until, steps };
}

/** The counts on `today`, or undefined when the schedule does not cover that day. */
export function countsOn(schedule: CountSchedule, today: string): StatusCounts | undefined {
  if (today < schedule.from || today > schedule.until) return undefined;
  let found: StatusCounts | undefined;
  for (const [day, counts] of schedule.steps) if (day <= today) found = counts;
  return found;
}

const schedules = new WeakMap<object, { from: string; json: string }>();

/**
 * The schedule of a register's protocols as a data attribute carries it (JSON), computed once per
 * list of protocols and day: every list page shows it.
 */
export function countScheduleAttribute(protocols: readonly { data: Parameters<typeof statusInput>[0] }[], from: string): string {
  const cached = schedules.get(protocols);
  if (cached?.from === from) return cached.json;
  const json = JSON.stringify(
    statusCountSchedule(
      protocols.map((p) => statusInput(p.data)),
      from,
    ),
  );
  schedules.set(protocols, { from, json });
  return json;
}
