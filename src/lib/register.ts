/**
 * The register as the pages see it: protocols with their status, senders, receivers and
 * data categories resolved; per party what it sends and receives. Pure: it takes the
 * validated entries and a date, so it is tested without Astro.
 */
import type { DataCategory, Party, Protocol } from './schemas.ts';
import { computeStatus, statusInput, type Status } from './status.ts';
import { checklistOf, type Checklist } from './checklist.ts';
import { dataCategoriesOf, expandFlows, receiversOf, sendersOf, type DirectedFlow } from './flows.ts';

export interface Item<T> {
  id: string;
  data: T;
  /** Plain text of the body (protocols), for the checklist of what the text contains. */
  text?: string;
}

export interface ProtocolView {
  id: string;
  data: Protocol;
  status: Status;
  senders: string[];
  receivers: string[];
  categories: string[];
  pairs: DirectedFlow[];
  year: number;
  /** Which elements the decree requires this protocol contains. */
  checklist: Checklist;
}

export interface PartyRelation {
  protocol: ProtocolView;
  /** The other parties: receivers when sending, senders when receiving. */
  counterparts: string[];
  categories: string[];
}

export interface Register {
  today: string;
  parties: Map<string, Party>;
  dataCategories: Map<string, DataCategory>;
  /** Newest document first. */
  protocols: ProtocolView[];
}

export function toProtocolView(id: string, data: Protocol, today: string, text = ''): ProtocolView {
  return {
    id,
    data,
    status: computeStatus(statusInput(data), today),
    senders: sendersOf(data),
    receivers: receiversOf(data),
    categories: dataCategoriesOf(data),
    pairs: expandFlows(data),
    year: Number(data.documentDate.slice(0, 4)),
    checklist: checklistOf(data, text),
  };
}

export function buildRegister(
  input: { parties: Item<Party>[]; dataCategories: Item<DataCategory>[]; protocols: Item<Protocol>[] },
  today: string,
): Register {
  const protocols = input.protocols
    .map((p) => toProtocolView(p.id, p.data, today, p.text))
    .sort((a, b) => b.data.documentDate.localeCompare(a.data.documentDate) || a.id.localeCompare(b.id));
  return {
    today,
    parties: new Map(input.parties.map((p) => [p.id, p.data])),
    dataCategories: new Map(input.dataCategories.map((c) => [c.id, c.data])),
    protocols,
  };
}

/** What a party sends (and to whom) and receives (and from whom), per protocol. */
export function relationsOfParty(register: Register, partyId: string): { sends: PartyRelation[]; receives: PartyRelation[] } {
  const sends: PartyRelation[] = [];
  const receives: PartyRelation[] = [];
  for (const protocol of register.protocols) {
    const out = protocol.pairs.filter((pair) => pair.from === partyId);
    const incoming = protocol.pairs.filter((pair) => pair.to === partyId);
    if (out.length) sends.push({ protocol, counterparts: unique(out.map((p) => p.to)), categories: unique(out.flatMap((p) => p.dataCategories)) });
    if (incoming.length) receives.push({ protocol, counterparts: unique(incoming.map((p) => p.from)), categories: unique(incoming.flatMap((p) => p.dataCategories)) });
  }
  return { sends, receives };
}

/** Protocols in which the party takes part at all (also as a party without a flow). */
export function protocolsOfParty(register: Register, partyId: string): ProtocolView[] {
  return register.protocols.filter((p) => p.data.parties.some((party) => party.party === partyId));
}

export function protocolsWithCategory(register: Register, categoryId: string): ProtocolView[] {
  return register.protocols.filter((p) => p.categories.includes(categoryId));
}

export function partyName(register: Register, id: string): string {
  return register.parties.get(id)?.shortName ?? id;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
