/**
 * Status of a protocol relative to a given day. The site is built at one moment and read
 * later, so every status is shown with the dates it is based on, and a small script
 * recomputes it in the browser with this same function.
 */
import type { Periodicity, Protocol } from '../content/schemas.ts';

export type Status = 'in-force' | 'unconfirmed' | 'ended' | 'not-yet' | 'one-off';

export interface StatusInput {
  start: string; // YYYY-MM-DD
  end?: string; // YYYY-MM-DD, last day in force
  periodicity: Periodicity;
  /** The end is tied to another document or event, and no confirmed end date is known. */
  endTied?: boolean;
}

/** The facts a status is computed from, in the one place that knows where they live. */
export function statusInput(protocol: Pick<Protocol, 'entryIntoForce' | 'end' | 'periodicity'>): StatusInput {
  return {
    start: protocol.entryIntoForce.date,
    end: protocol.end.date,
    periodicity: protocol.periodicity,
    endTied: Boolean(protocol.end.tiedTo && !protocol.end.date),
  };
}

export const statusLabels: Record<Status, string> = {
  'in-force': 'Van kracht',
  unconfirmed: 'Einde niet bevestigd',
  ended: 'Beëindigd',
  'not-yet': 'Nog niet van kracht',
  'one-off': 'Eenmalig',
};

export const statusExplanations: Record<Status, string> = {
  'in-force': 'De gegevens mogen volgens dit protocol vandaag worden doorgegeven.',
  unconfirmed:
    'Het protocol eindigt wanneer een ander document of een gebeurtenis afloopt. Het register kan niet bevestigen of het vandaag nog geldt: de woorden van de bron staan erbij. Vraag het na bij de functionaris voor gegevensbescherming van een van de partijen.',
  ended: 'Het protocol is afgelopen: er mogen geen gegevens meer op basis van dit protocol worden doorgegeven.',
  'not-yet': 'Het protocol is ondertekend, maar de gegevensuitwisseling is nog niet begonnen.',
  'one-off': 'De gegevens worden één keer doorgegeven; daarna eindigt het protocol.',
};

/** Today's date as YYYY-MM-DD in Belgian time. */
export function todayInBelgium(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The UTC offset of Brussels at an instant, as RFC 3339 writes it (+01:00 in winter, +02:00 in summer). */
export function brusselsOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/**
 * The start of a day in Brussels as an RFC 3339 time with its offset, e.g. 2026-03-29T00:00:00+01:00.
 * (Midnight in Brussels is 22:00 or 23:00 UTC of the day before; the clocks change at 01:00 UTC.)
 */
export function startOfDayInBrussels(date: string): string {
  const justBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 2 * 3600 * 1000);
  return `${date}T00:00:00${brusselsOffset(justBefore)}`;
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
