/**
 * The register as the pages see it: protocols with their status, senders, receivers and
 * data categories resolved; per party what it sends and receives (its flows). Pure: it takes the
 * validated entries and a date, so it is tested without Astro.
 */
import type { DataCategory, DataSubjectGroup, Party, Protocol } from '../content/schemas.ts';
import { computeStatus, statusInput, type Status } from './status.ts';
import { checklistOf, type Checklist } from '../content/checklist.ts';
import type { FileDates, HistoryResult, RecordHistory } from '../history/changes.ts';
import { dataCategoriesOf, expandFlows, receiversOf, sendersOf, type DirectedFlow } from './flows.ts';
import { htmlToText, unique } from '../text.ts';
import type { RenderedBody } from '../content/body.ts';
import type { Entry } from '../content/validate.ts';
import { statuses, type RelationType } from '../enums.ts';

export interface ProtocolView {
  id: string;
  data: Protocol;
  /** The full text: safe HTML rendered by the check (src/lib/content/body.ts), with its headings. */
  body: RenderedBody;
  status: Status;
  senders: string[];
  receivers: string[];
  categories: string[];
  pairs: DirectedFlow[];
  year: number;
  /** Which elements the decree requires this protocol contains. */
  checklist: Checklist;
  /** The register's own changes to this record (from git), when available. */
  history?: RecordHistory;
  /** Relations other protocols in the register have to this one (the other direction). */
  referencedBy: { type: RelationType; protocol: string; date?: string }[];
}

/** A protocol that other parties joined later by accession, with every member and when it joined. */
export interface Framework {
  protocol: ProtocolView;
  members: { party: string; joined: string; via: string }[];
}

/** One protocol in which a party sends (or receives) data: a party's flow, not a relation between protocols. */
export interface PartyFlow {
  protocol: ProtocolView;
  /** The other parties: receivers when sending, senders when receiving. */
  counterparts: string[];
  categories: string[];
}

/** How a reader contacts a party about their data: its DPO, else its privacy page, else its website. */
export type Contact = { kind: 'dpo'; email: string; phone?: string; note?: string } | { kind: 'privacy-page'; url: string } | { kind: 'website'; url: string } | { kind: 'none' };

export function contactOf(party: Party): Contact {
  if (party.dpo) return { kind: 'dpo', email: party.dpo.email, phone: party.dpo.phone, note: party.dpo.note };
  if (party.privacyPage) return { kind: 'privacy-page', url: party.privacyPage };
  if (party.website) return { kind: 'website', url: party.website };
  return { kind: 'none' };
}

/** The purpose a citizen asks about ("Waarom?"): the receiver's, else the first one. */
export function purposeForCitizens(protocol: Pick<ProtocolView, 'data' | 'receivers'>): string {
  return protocol.data.purposes.find((p) => p.party && protocol.receivers.includes(p.party))?.text ?? protocol.data.purposes[0]?.text ?? '';
}

/** What a party sends (and to whom) and receives (and from whom), per protocol. */
export interface PartyFlows {
  sends: PartyFlow[];
  receives: PartyFlow[];
}

export interface Register {
  today: string;
  /** Per party what it sends and receives, computed once for all pages. */
  partyFlows: Map<string, PartyFlows>;
  /** Why there is no history of changes, when there is none (a tarball, a shallow clone). */
  historyUnavailable?: string;
  /** When each content file (`parties/vdab.yaml`) entered and last changed in git; empty without history. */
  fileDates: Record<string, FileDates>;
  parties: Map<string, Party>;
  dataCategories: Map<string, DataCategory>;
  dataSubjectGroups: Map<string, DataSubjectGroup>;
  /** Newest document first. */
  protocols: ProtocolView[];
  protocolsById: Map<string, ProtocolView>;
  /** Newest first, per party (as any party of the protocol), data category and group of people. */
  protocolsByParty: Map<string, ProtocolView[]>;
  protocolsByCategory: Map<string, ProtocolView[]>;
  protocolsByGroup: Map<string, ProtocolView[]>;
  /** How many protocols have each status (every status present, also at 0). */
  statusCounts: Record<Status, number>;
  /** How many protocols contain every element the decree requires. */
  completeCount: number;
  /** Data categories that at least one protocol passes on, by label. */
  usedCategories: string[];
  /** The vocabularies in the order lists show them (Dutch alphabetical order). */
  sorted: {
    partiesByName: [string, Party][];
    partiesByShortName: [string, Party][];
    dataCategories: [string, DataCategory][];
    /** By the situation a citizen recognises ("Ik zoek werk"). */
    dataSubjectGroups: [string, DataSubjectGroup][];
  };
}

const noBody: RenderedBody = { html: '', headings: [] };

export function toProtocolView(id: string, data: Protocol, today: string, body = noBody): ProtocolView {
  return {
    id,
    data,
    body,
    status: computeStatus(statusInput(data), today),
    senders: sendersOf(data),
    receivers: receiversOf(data),
    categories: dataCategoriesOf(data),
    pairs: expandFlows(data),
    year: Number(data.documentDate.slice(0, 4)),
    // The checklist reads the plain text of the body (what the text contains).
    checklist: checklistOf(data, htmlToText(body.html)),
    referencedBy: [],
  };
}

export function buildRegister(
  input: { parties: Entry<Party>[]; dataCategories: Entry<DataCategory>[]; dataSubjectGroups?: Entry<DataSubjectGroup>[]; protocols: Entry<Protocol>[] },
  today: string,
  history: HistoryResult = { available: false, reason: 'geen geschiedenis gelezen' },
): Register {
  const protocols = input.protocols
    .map((p) => ({
      ...toProtocolView(p.id, p.data, today, p.rendered),
      history: history.available ? history.byProtocol[p.id] : undefined,
    }))
    .sort((a, b) => b.data.documentDate.localeCompare(a.data.documentDate) || a.id.localeCompare(b.id));
  const byId = new Map(protocols.map((p) => [p.id, p]));
  const parties = new Map(input.parties.map((p) => [p.id, p.data]));
  const dataCategories = new Map(input.dataCategories.map((c) => [c.id, c.data]));
  const dataSubjectGroups = new Map((input.dataSubjectGroups ?? []).map((g) => [g.id, g.data]));
  const statusCounts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  for (const protocol of protocols) statusCounts[protocol.status] += 1;
  const byDutch =
    <T>(key: (value: T) => string) =>
    (a: [string, T], b: [string, T]) =>
      key(a[1]).localeCompare(key(b[1]), 'nl') || a[0].localeCompare(b[0]);
  for (const protocol of protocols) {
    for (const relation of protocol.data.relations) {
      const target = relation.protocol ? byId.get(relation.protocol) : undefined;
      target?.referencedBy.push({ type: relation.type, protocol: protocol.id, date: relation.date });
    }
  }
  return {
    today,
    protocolsByParty: groupBy(protocols, (p) => unique(p.data.parties.map((party) => party.party))),
    protocolsByCategory: groupBy(protocols, (p) => p.categories),
    protocolsByGroup: groupBy(protocols, (p) => unique(p.data.dataSubjectGroups)),
    historyUnavailable: history.available ? undefined : history.reason,
    fileDates: history.available ? (history.files ?? {}) : {},
    partyFlows: partyFlowsOfAll(protocols),
    parties,
    dataCategories,
    dataSubjectGroups,
    protocols,
    protocolsById: byId,
    statusCounts,
    completeCount: protocols.filter((p) => p.checklist.missing.length === 0).length,
    usedCategories: unique(protocols.flatMap((p) => p.categories)).sort(
      (a, b) => (dataCategories.get(a)?.label ?? a).localeCompare(dataCategories.get(b)?.label ?? b, 'nl') || a.localeCompare(b),
    ),
    sorted: {
      partiesByName: [...parties].sort(byDutch((p) => p.name)),
      partiesByShortName: [...parties].sort(byDutch((p) => p.shortName)),
      dataCategories: [...dataCategories].sort(byDutch((c) => c.label)),
      dataSubjectGroups: [...dataSubjectGroups].sort(byDutch((g) => g.situation)),
    },
  };
}

/** Protocols under each key they have, in the order given (a protocol under several keys is in each list). */
function groupBy(protocols: ProtocolView[], keys: (protocol: ProtocolView) => string[]): Map<string, ProtocolView[]> {
  const groups = new Map<string, ProtocolView[]>();
  for (const protocol of protocols) {
    for (const key of keys(protocol)) {
      const group = groups.get(key);
      if (group) group.push(protocol);
      else groups.set(key, [protocol]);
    }
  }
  return groups;
}

/** What each party sends (and to whom) and receives (and from whom), per protocol: one pass over all flows. */
function partyFlowsOfAll(protocols: ProtocolView[]): Register['partyFlows'] {
  const flows: Register['partyFlows'] = new Map();
  const of = (id: string) => {
    let own = flows.get(id);
    if (!own) {
      own = { sends: [], receives: [] };
      flows.set(id, own);
    }
    return own;
  };
  for (const protocol of protocols) {
    for (const id of unique(protocol.pairs.map((p) => p.from))) {
      const out = protocol.pairs.filter((pair) => pair.from === id);
      of(id).sends.push({ protocol, counterparts: unique(out.map((p) => p.to)), categories: unique(out.flatMap((p) => p.dataCategories)) });
    }
    for (const id of unique(protocol.pairs.map((p) => p.to))) {
      const incoming = protocol.pairs.filter((pair) => pair.to === id);
      of(id).receives.push({ protocol, counterparts: unique(incoming.map((p) => p.from)), categories: unique(incoming.flatMap((p) => p.dataCategories)) });
    }
  }
  return flows;
}

/** What a party sends (and to whom) and receives (and from whom), per protocol. */
export function partyFlowsOf(register: Register, partyId: string): PartyFlows {
  return register.partyFlows.get(partyId) ?? { sends: [], receives: [] };
}

/** Protocols in which the party takes part at all (also as a party without a flow). */
export function protocolsOfParty(register: Register, partyId: string): ProtocolView[] {
  return register.protocolsByParty.get(partyId) ?? [];
}

export function protocolsWithStatus(register: Register, status: Status): ProtocolView[] {
  return register.protocols.filter((p) => p.status === status);
}

/** A party's flows split as its page lists them: still running (or not yet), and ended. */
export function currentAndEnded(flows: PartyFlow[]): { current: PartyFlow[]; ended: PartyFlow[] } {
  return { current: flows.filter((f) => f.protocol.status !== 'ended'), ended: flows.filter((f) => f.protocol.status === 'ended') };
}

export function protocolsOfGroup(register: Register, groupId: string): ProtocolView[] {
  return register.protocolsByGroup.get(groupId) ?? [];
}

export function protocolsWithCategory(register: Register, categoryId: string): ProtocolView[] {
  return register.protocolsByCategory.get(categoryId) ?? [];
}

/**
 * The framework a protocol belongs to: itself when others accede to it, or the protocol it
 * accedes to. Members are the framework's own parties (from its entry into force) and the new
 * parties of each accession (from the accession's entry into force).
 */
export function frameworkOf(register: Register, protocolId: string): Framework | undefined {
  const protocol = register.protocolsById.get(protocolId);
  if (!protocol) return undefined;
  const frameworkId = protocol.data.relations.find((r) => r.type === 'accedes-to' && r.protocol)?.protocol ?? protocol.id;
  const framework = register.protocolsById.get(frameworkId);
  if (!framework) return undefined;
  const accessions = framework.referencedBy
    .filter((r) => r.type === 'accedes-to')
    .flatMap((r) => register.protocolsById.get(r.protocol) ?? [])
    .sort((a, b) => a.data.entryIntoForce.date.localeCompare(b.data.entryIntoForce.date));
  if (accessions.length === 0) return undefined;
  const members: Framework['members'] = framework.data.parties.map((p) => ({ party: p.party, joined: framework.data.entryIntoForce.date, via: framework.id }));
  for (const accession of accessions) {
    for (const p of accession.data.parties) {
      if (!members.some((m) => m.party === p.party)) members.push({ party: p.party, joined: accession.data.entryIntoForce.date, via: accession.id });
    }
  }
  return { protocol: framework, members };
}

export function partyName(register: Register, id: string): string {
  return register.parties.get(id)?.shortName ?? id;
}

/** A data category's label (its id when the register has no such category). */
export function categoryLabel(register: Register, id: string): string {
  return register.dataCategories.get(id)?.label ?? id;
}
