/** Plain-Dutch sentences built from structured data, shared by pages and exports. */
import type { Protocol } from './schemas.ts';
import { formatDate } from './format.ts';
import type { Status } from './status.ts';

/** "sinds 15 november 2025 tot en met 15 mei 2026", "vanaf 1 april 2025, voor onbepaalde duur". */
export function validityPeriod(protocol: Pick<Protocol, 'entryIntoForce' | 'end'>, status: Status): string {
  const start = formatDate(protocol.entryIntoForce.date);
  const from = status === 'not-yet' ? `vanaf ${start}` : `sinds ${start}`;
  if (protocol.end.date) {
    const end = formatDate(protocol.end.date);
    return status === 'ended' ? `van ${start} tot en met ${end}` : `${from} tot en met ${end}`;
  }
  if (protocol.end.indefinite) return `${from}, voor onbepaalde duur`;
  return `${from}, zonder vaste einddatum`;
}

export const statusSlugs: Record<Status, string> = {
  'in-force': 'van-kracht',
  ended: 'beeindigd',
  'not-yet': 'nog-niet-van-kracht',
  'one-off': 'eenmalig',
};
