/**
 * Every text a page words from a protocol's status: the badge, its period, the explanation, and
 * the note on what could not be recomputed. Browser-safe (only types and text helpers), so the
 * build and the status script in the browser (src/client/status.ts) word them with the same
 * functions. The facts a status depends on travel on the page as data attributes
 * (statusAttributes); the script reads them back (factsFromData) for the reader's today.
 */
import { formatDate } from '../format.ts';
import { type PeriodFacts, statusText, validityPeriod } from './describe.ts';
import { computeStatus, type Status, type StatusInput, statusInput } from './status.ts';
import type { Periodicity } from '../enums.ts';

/** The fields of a protocol (content/schemas.ts) its status is worded from. */
type StatusFields = PeriodFacts & { periodicity: Periodicity; end: { tiedTo?: { label: string } | undefined } };
import { statusExplanations } from '../labels.ts';

/** What a status and its texts are computed from: the status input plus the end's wording. */
export interface StatusFacts extends StatusInput {
  /** What the end is tied to (only when endTied): "het convenant 2018–2022". */
  tiedTo?: string;
  /** The protocol runs for an indefinite period. */
  indefinite?: boolean;
}

/** A protocol's status facts, with only the fields that hold (as a page carries them). */
export function statusFacts(protocol: StatusFields): StatusFacts {
  const { start, end, periodicity, endTied } = statusInput(protocol);
  const facts: StatusFacts = { start, periodicity };
  if (end) facts.end = end;
  if (endTied) {
    facts.endTied = true;
    if (protocol.end.tiedTo) facts.tiedTo = protocol.end.tiedTo.label;
  }
  if (protocol.end.indefinite) facts.indefinite = true;
  return facts;
}

/**
 * The data attributes that carry a protocol's status and its facts on a page (undefined: left
 * out). `data-end-tied` holds what the end is tied to.
 */
export function statusAttributes(protocol: StatusFields, status: Status): Record<string, string | undefined> {
  const facts = statusFacts(protocol);
  return {
    'data-status': status,
    'data-status-start': facts.start,
    'data-status-end': facts.end,
    'data-periodicity': facts.periodicity,
    'data-end-tied': facts.endTied ? (facts.tiedTo ?? '') : undefined,
    'data-end-indefinite': facts.indefinite ? '' : undefined,
  };
}

/** The facts back from an element's dataset (as statusAttributes wrote them); undefined if they are not there. */
export function factsFromData(data: Readonly<Record<string, string | undefined>>): StatusFacts | undefined {
  const { statusStart: start, statusEnd: end, periodicity, endTied, endIndefinite } = data;
  if (!start || !periodicity) return undefined;
  const facts: StatusFacts = { start, periodicity: periodicity as Periodicity };
  if (end) facts.end = end;
  if (endTied !== undefined) {
    facts.endTied = true;
    if (endTied) facts.tiedTo = endTied;
  }
  if (endIndefinite !== undefined) facts.indefinite = true;
  return facts;
}

export interface StatusTexts {
  status: Status;
  /** The badge: "Van kracht", "Einde gekoppeld aan … — niet bevestigd". */
  label: string;
  /** "sinds 1 januari 2027, voor onbepaalde duur". */
  period: string;
  /** What the status means for the reader. */
  explanation: string;
}

function periodFacts(facts: StatusFacts): PeriodFacts {
  return {
    entryIntoForce: { date: facts.start },
    end: { date: facts.end, indefinite: facts.indefinite, tiedTo: facts.tiedTo === undefined ? undefined : { label: facts.tiedTo } },
  };
}

/** The status on `today` and every text worded from it, as the pages write them at build time. */
export function statusTexts(facts: StatusFacts, today: string): StatusTexts {
  const status = computeStatus(facts, today);
  const dated = periodFacts(facts);
  return { status, label: statusText(dated, status), period: validityPeriod(dated, status), explanation: statusExplanations[status] };
}

/** The mark on what a page cannot recompute in the browser: "stand op 22 november 2026". */
export function asBuiltNote(buildDay: string): string {
  return `stand op ${formatDate(buildDay)}`;
}
