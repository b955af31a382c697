/**
 * What every view shares: a party as the pages name it, a data category's label, a protocol as
 * a card or a table row shows it. Resolved once per register (memoised), so a page and its
 * components never look a name or a label up themselves.
 */
import { partyFullName, protocolCount } from '../format.ts';
import { aboutWhom } from '../model/describe.ts';
import { categoryLabel, partyName, type ProtocolView, type Register } from '../model/register.ts';
import { routes } from '../site/routes.ts';
import type { Protocol } from '../content/schemas.ts';

/** A protocol with its status, parties and categories resolved (the read model's record); components read it through the views. */
export type { ProtocolView } from '../model/register.ts';

export interface Link {
  href: string;
  text: string;
}

/** A party as lists name it: its short name, linked, and its full name where that differs. */
export interface PartyRef {
  id: string;
  href: string;
  /** The short name ("AgII"), or the id of an unknown party. */
  name: string;
  /** The official name, where it differs from the short name. */
  fullName?: string;
  /** "AgII (Agentschap Integratie en Inburgering)": short name first, as tables write it. */
  label: string;
  /** "Agentschap Integratie en Inburgering (AgII)": the first mention in running text. */
  title: string;
}

/**
 * The few fields of a protocol that a card or a table row shows besides its summary: its status
 * badge, subject and date. Only these, so that the view of a page listing thousands of protocols
 * (and its cache key, cache-key.ts) does not carry each one's full text: at 5,000 protocols the
 * lists of the data-category pages alone were 710 MB as JSON.
 */
export type ProtocolBrief = Pick<ProtocolView, 'id' | 'status'> & { data: Pick<Protocol, 'subject' | 'documentDate' | 'entryIntoForce' | 'end' | 'periodicity'> };

const briefOf = ({ id, status, data }: ProtocolView): ProtocolBrief => ({
  id,
  status,
  data: { subject: data.subject, documentDate: data.documentDate, entryIntoForce: data.entryIntoForce, end: data.end, periodicity: data.periodicity },
});

/** A protocol as a card and a table row show it. */
export interface ProtocolSummary {
  /** What its status badge, subject and date read. */
  protocol: ProtocolBrief;
  href: string;
  title: string;
  senders: PartyRef[];
  receivers: PartyRef[];
  /** Labels of its data categories, in the protocol's order. */
  categories: string[];
  /** "Over wie": whom the data are about. */
  about: string;
}

interface Resolved {
  parties: Map<string, PartyRef>;
  summaries: Map<string, ProtocolSummary>;
}
const resolved = new WeakMap<Register, Resolved>();

function of(register: Register): Resolved {
  let entry = resolved.get(register);
  if (!entry) {
    entry = { parties: new Map(), summaries: new Map() };
    resolved.set(register, entry);
  }
  return entry;
}

export function partyRef(register: Register, id: string): PartyRef {
  const cache = of(register).parties;
  let ref = cache.get(id);
  if (!ref) {
    const party = register.parties.get(id);
    const name = partyName(register, id);
    const fullName = party && party.name !== party.shortName ? party.name : undefined;
    ref = { id, href: routes.party(id), name, fullName, label: fullName ? `${name} (${fullName})` : name, title: party ? partyFullName(party) : id };
    cache.set(id, ref);
  }
  return ref;
}

export const partyRefs = (register: Register, ids: string[]): PartyRef[] => ids.map((id) => partyRef(register, id));

export function protocolSummary(register: Register, protocol: ProtocolView): ProtocolSummary {
  const cache = of(register).summaries;
  let summary = cache.get(protocol.id);
  if (!summary) {
    summary = {
      protocol: briefOf(protocol),
      href: routes.protocol(protocol.id),
      title: protocol.data.title,
      senders: partyRefs(register, protocol.senders),
      receivers: partyRefs(register, protocol.receivers),
      categories: protocol.categories.map((id) => categoryLabel(register, id)),
      about: aboutWhom(protocol.data),
    };
    cache.set(protocol.id, summary);
  }
  return summary;
}

export const protocolSummaries = (register: Register, protocols: ProtocolView[]): ProtocolSummary[] => protocols.map((p) => protocolSummary(register, p));

/** A row of a protocol table; `counterparts` where the table has one "Aan"/"Van" column instead of both. */
export interface ProtocolRow {
  summary: ProtocolSummary;
  counterparts?: PartyRef[];
}

/** "protocol" or "protocollen", the word protocolCount puts after the number (where the number is marked up apart). */
export function protocolNoun(count: number): string {
  return protocolCount(count).slice(String(count).length + 1);
}
