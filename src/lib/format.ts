/** Dutch (nl-BE) formatting helpers for the visible text: dates, days in Brussels, counts, names. (The words for ids are in labels.ts.) */

export const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2025-12-15" → "15 december 2025". */
export function formatDate(iso: string): string {
  const [year, month = 1, day] = iso.split('-').map(Number);
  return `${day} ${dutchMonths[month - 1]} ${year}`;
}

// Made once: constructing an Intl.DateTimeFormat costs far more than formatting with it, and
// feeds format a date for every event of every protocol.
const brusselsDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
const brusselsZone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' });

/** Today's date as YYYY-MM-DD in Belgian time. */
export function todayInBelgium(now: Date = new Date()): string {
  return brusselsDay.format(now);
}

/** The UTC offset of Brussels at an instant, as RFC 3339 writes it (+01:00 in winter, +02:00 in summer). */
export function brusselsOffset(instant: Date): string {
  const name = brusselsZone.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

const startsOfDay = new Map<string, string>();

/**
 * The start of a day in Brussels as an RFC 3339 time with its offset, e.g. 2026-03-29T00:00:00+01:00.
 * (Midnight in Brussels is 22:00 or 23:00 UTC of the day before; the clocks change at 01:00 UTC.)
 */
export function startOfDayInBrussels(date: string): string {
  let start = startsOfDay.get(date);
  if (start === undefined) {
    const justBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 2 * 3600 * 1000);
    start = `${date}T00:00:00${brusselsOffset(justBefore)}`;
    startsOfDay.set(date, start);
  }
  return start;
}

/** Joins names as Dutch prose: "A", "A en B", "A, B en C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** "1 verbinding", "3 verbindingen": a count with the right form of the word. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "1 protocol", "3 protocollen". */
export function protocolCount(count: number): string {
  return countOf(count, 'protocol', 'protocollen');
}

/** "Agentschap Innoveren en Ondernemen (VLAIO)", or just the name when the short name is the same. */
export function partyFullName(party: { name: string; shortName: string }): string {
  return party.shortName === party.name ? party.name : `${party.name} (${party.shortName})`;
}
