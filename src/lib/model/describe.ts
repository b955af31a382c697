/**
 * Plain-Dutch sentences built from structured data, shared by pages, exports and the browser's
 * status script: browser-safe, so it names the fields it reads instead of importing the schemas.
 */
import { formatDate } from '../format.ts';
import type { Status } from './status.ts';
import { statusLabels, tiedEndText } from '../labels.ts';

/**
 * The dates and end a protocol's period and status text are worded from: a protocol, or the
 * facts the status script reads back from a page (src/client/status.ts).
 */
export interface PeriodFacts {
  entryIntoForce: { date: string };
  end: { date?: string | undefined; indefinite?: boolean | undefined; tiedTo?: { label: string } | undefined };
}

/** "sinds 15 november 2025 tot en met 15 mei 2026", "vanaf 1 april 2025, voor onbepaalde duur". */
export function validityPeriod(protocol: PeriodFacts, status: Status): string {
  const start = formatDate(protocol.entryIntoForce.date);
  const from = status === 'not-yet' ? `vanaf ${start}` : `sinds ${start}`;
  if (protocol.end.date) {
    const end = formatDate(protocol.end.date);
    return status === 'ended' ? `van ${start} tot en met ${end}` : `${from} tot en met ${end}`;
  }
  if (protocol.end.tiedTo) return `${from}, einde ${tiedEndText(protocol.end.tiedTo.label)}`;
  if (protocol.end.indefinite) return `${from}, voor onbepaalde duur`;
  // A one-off transfer has no end to speak of: "Eenmalig · zonder vaste einddatum" reads as a contradiction.
  if (status === 'one-off') return `één keer doorgegeven, vanaf ${start}`;
  return `${from}, zonder vaste einddatum`;
}

/**
 * The status as a reader should see it on this protocol: a tied end names what it is tied
 * to ("Einde gekoppeld aan het convenant 2018–2022 — niet bevestigd").
 */
export function statusText(protocol: Pick<PeriodFacts, 'end'>, status: Status): string {
  if (status === 'unconfirmed' && protocol.end.tiedTo) return `Einde ${tiedEndText(protocol.end.tiedTo.label)}`;
  return statusLabels[status];
}

/** Whom a protocol concerns, as cards, tables and the embed say it after "Over wie": its data subjects. */
export function aboutWhom(protocol: { dataSubjects: string[] }): string {
  return protocol.dataSubjects.join('; ');
}
