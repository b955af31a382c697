/**
 * Status of a protocol relative to a given day. The site is built at one moment and read
 * later, so every status is shown with the dates it is based on, and a small script
 * recomputes it in the browser with this same function.
 */
import type { Periodicity, Status } from '../enums.ts';

export type { Status } from '../enums.ts';

export interface StatusInput {
  start: string; // YYYY-MM-DD
  end?: string; // YYYY-MM-DD, last day in force
  periodicity: Periodicity;
  /** The end is tied to another document or event, and no confirmed end date is known. */
  endTied?: boolean;
}

/** The facts a status is computed from, in the one place that knows where they live. */
export function statusInput(protocol: { entryIntoForce: { date: string }; end: { date?: string; tiedTo?: unknown; indefinite?: boolean }; periodicity: Periodicity }): StatusInput {
  return {
    start: protocol.entryIntoForce.date,
    end: protocol.end.date,
    periodicity: protocol.periodicity,
    endTied: Boolean(protocol.end.tiedTo && !protocol.end.date),
  };
}

/**
 * The end date is the last day the protocol is in force (a protocol that "eindigt op
 * 15 mei 2026" still applies on 15 May). A one-off protocol counts as "one-off" from its
 * start: the exchange happens once and the protocol then ends by itself.
 */
export function computeStatus(input: StatusInput, today: string): Status {
  if (today < input.start) return 'not-yet';
  if (input.end && today > input.end) return 'ended';
  // Never "in force" without backing: an end tied to something the register cannot check.
  if (input.endTied) return 'unconfirmed';
  if (input.periodicity === 'one-off') return 'one-off';
  return 'in-force';
}

/** Is the exchange still (or again) allowed on that day? Used for "in force" views and the graph. */
export function isActive(status: Status): boolean {
  return status === 'in-force';
}
