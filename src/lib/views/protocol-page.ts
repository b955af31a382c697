/**
 * Everything the page of one protocol shows beyond the protocol's own fields: names, labels,
 * links, the contact to show per party, the facts "as written", the end of validity in words,
 * relations in both directions, the framework and the history, newest first; with
 * protocolPageView also its flow diagram, search data and linked data. The page only renders
 * this; tested directly in tests/unit/views/protocol-page.test.ts.
 */
import type { Protocol } from '../content/schemas.ts';
import { joinNames } from '../format.ts';
import { routes } from '../site/routes.ts';
import { contactOf, frameworkOf, partyName, purposeForCitizens, type ProtocolView, type Register } from '../model/register.ts';
import { aboutWhom } from '../model/describe.ts';
import { buildGraph, flowSentence } from '../graph/model.ts';
import type { Drawing } from '../graph/layout.node.ts';
import { protocolSearchData, type SearchData } from '../search/search.ts';
import { protocolJsonLd } from '../exports/linked-data.ts';
import { partyRefs, type Link, type PartyRef } from './common.ts';
import { categoryLabel as labelOf } from '../model/register.ts';
import { drawingOf } from './drawing.ts';
import {
  channelLabels,
  gdprBasisLabels,
  inverseRelationLabels,
  periodicityLabels,
  relationLabels,
  roleLabels,
  statusExplanations,
  tiedEndExplanation,
  tiedEndText,
} from '../labels.ts';

export type { Link } from './common.ts';

export interface ProtocolPage {
  /** "Wie geeft gegevens door?" and "Wie ontvangt ze?". */
  senders: PartyRef[];
  receivers: PartyRef[];
  /** "Welke gegevens?": each data category, with what makes it sensitive. */
  categories: (Link & { notes: string[] })[];
  /** "Over wie?": whom the data are about. */
  about: string;
  purposeForCitizens: string;
  periodicity: string;
  channel: string;
  /** The GDPR grounds in one phrase: "een wettelijke verplichting (c) en …". */
  gdprBases: string;
  /** Where a reader asks about their data, per party: its DPO, else its privacy page or website. */
  contacts: { party: Link; contact?: Link }[];
  parties: {
    party: Link;
    alias?: string;
    /** Name, legal entity and address as this protocol states them, where they differ from today's. */
    asWritten: string[];
    role: string;
    representative?: string;
    dpoAdviceDate?: string;
    publication?: Link;
  }[];
  flows: {
    /** Position of the flow in the protocol's `flows`. */
    index: number;
    heading: string;
    from: PartyRef[];
    to: PartyRef[];
    mutual: boolean;
    items: { label: string; description: string; categories: string; specialCategory: boolean; proportionality?: string; sourceRegister?: string }[];
  }[];
  purposes: { party?: string; text: string }[];
  end: { kind: 'date' | 'tied' | 'indefinite' | 'open'; date?: string; text: string; quote?: string; note?: string };
  /** Relations this protocol states, then those other protocols state to it. */
  relations: { label: string; target: Link | { text: string }; date?: string; note?: string; documentDate?: string }[];
  /** The newest protocol in the register that replaces this one, and from when, for the notice at the top. */
  replacedBy?: { link: Link; since?: string };
  framework?: {
    /** True on the framework itself, false on one of its accessions. */
    isFramework: boolean;
    protocol: Link;
    members: { party: Link; joined: string; via: Link | { text: string } }[];
  };
  /** The register's changes to this record, newest first. */
  changes: { date: string; descriptions: string[] }[];
  /** Where the parties publish the protocol themselves: the source a reader can check. */
  publications: { party: string; href: string; host: string }[];
  /** The table of contents of the full text: its headings down to level 3. */
  toc: { href: string; text: string; sub: boolean }[];
}

type ProtocolParty = Protocol['parties'][number];

export function asWritten(p: ProtocolParty): string[] {
  return [
    p.nameAsWritten && `naam “${p.nameAsWritten}”`,
    p.legalEntityAsWritten && `optredend voor ${p.legalEntityAsWritten}`,
    p.addressAsWritten && `adres ${p.addressAsWritten}`,
  ].filter((value): value is string => Boolean(value));
}

function endOf(data: Protocol): ProtocolPage['end'] {
  const { end } = data;
  if (end.date) return { kind: 'date', date: end.date, text: '', note: end.note };
  if (end.tiedTo) {
    const text = tiedEndText(end.tiedTo.label);
    return { kind: 'tied', text: `${text.charAt(0).toUpperCase()}${text.slice(1)}: ${tiedEndExplanation}`, quote: end.tiedTo.quote, note: end.note };
  }
  if (end.indefinite) return { kind: 'indefinite', text: 'Onbepaalde duur', note: end.note };
  return { kind: 'open', text: 'Geen vaste einddatum', note: end.note };
}

/** The newest protocol that says it replaces this one; since the relation's date, else its entry into force. */
function replacedByOf(register: Register, protocol: ProtocolView, link: (id: string) => Link): ProtocolPage['replacedBy'] {
  const replacing = protocol.referencedBy
    .filter((r) => r.type === 'replaces')
    .map((r) => ({ id: r.protocol, since: r.date ?? register.protocolsById.get(r.protocol)?.data.entryIntoForce.date }))
    .sort((a, b) => (b.since ?? '').localeCompare(a.since ?? ''))[0];
  return replacing && { link: link(replacing.id), since: replacing.since };
}

export function protocolPage(register: Register, protocol: ProtocolView): ProtocolPage {
  const { data } = protocol;
  const partyLink = (id: string, text = partyName(register, id)): Link => ({ href: routes.party(id), text });
  const fullName = (id: string) => register.parties.get(id)?.name ?? id;
  const categoryLabel = (id: string) => labelOf(register, id);
  const protocolLink = (id: string): Link => ({ href: routes.protocol(id), text: register.protocolsById.get(id)?.data.title ?? id });
  const framework = frameworkOf(register, protocol.id);

  return {
    senders: partyRefs(register, protocol.senders),
    receivers: partyRefs(register, protocol.receivers),
    categories: protocol.categories.map((id) => {
      const category = register.dataCategories.get(id);
      const notes = [category?.nationalId && 'nationaal identificatienummer', category?.specialCategory && 'bijzonder gevoelig gegeven'].filter((n): n is string => Boolean(n));
      return { href: routes.dataCategory(id), text: categoryLabel(id), notes };
    }),
    about: aboutWhom(data),
    purposeForCitizens: purposeForCitizens(protocol),
    periodicity: periodicityLabels[data.periodicity],
    channel: channelLabels[data.channel.type] ?? data.channel.type,
    gdprBases: joinNames(data.legalBasis.gdpr.map((letter) => gdprBasisLabels[letter])),
    contacts: data.parties.map((p) => {
      const party = register.parties.get(p.party);
      const contact = party ? contactOf(party) : { kind: 'none' as const };
      return {
        party: partyLink(p.party),
        contact:
          contact.kind === 'dpo'
            ? { href: `mailto:${contact.email}`, text: contact.email }
            : contact.kind === 'none'
              ? undefined
              : { href: contact.url, text: contact.kind === 'privacy-page' ? 'privacypagina' : 'website' },
      };
    }),
    parties: data.parties.map((p) => ({
      party: partyLink(p.party, fullName(p.party)),
      alias: p.alias,
      asWritten: asWritten(p),
      role: roleLabels[p.role],
      representative: p.representative && `${p.representative.name}, ${p.representative.function}`,
      dpoAdviceDate: p.dpoAdviceDate,
      publication: p.publicationUrl ? { href: p.publicationUrl, text: `website van ${partyName(register, p.party)}` } : undefined,
    })),
    flows: data.flows.map((flow, index) => ({
      index,
      heading: data.flows.length > 1 ? `Stroom ${index + 1}: ` : '',
      from: partyRefs(register, flow.from),
      to: partyRefs(register, flow.to),
      mutual: Boolean(flow.mutual),
      items: flow.dataItems.map((item) => ({
        label: item.label,
        description: item.description,
        categories: joinNames(item.dataCategories.map(categoryLabel)),
        specialCategory: Boolean(item.specialCategory),
        proportionality: item.proportionality,
        sourceRegister: item.sourceRegister,
      })),
    })),
    purposes: data.purposes.map((p) => ({ party: p.party && partyName(register, p.party), text: p.text })),
    end: endOf(data),
    // Each link carries the other document's own title and date: protocols between the same
    // parties often have nearly the same title.
    relations: [
      ...data.relations.map((r) => ({
        label: relationLabels[r.type] ?? r.type,
        target: r.protocol ? protocolLink(r.protocol) : { text: r.title ?? '' },
        documentDate: r.protocol ? register.protocolsById.get(r.protocol)?.data.documentDate : undefined,
        date: r.date,
        note: r.note,
      })),
      ...protocol.referencedBy.map((r) => ({
        label: inverseRelationLabels[r.type] ?? r.type,
        target: protocolLink(r.protocol),
        documentDate: register.protocolsById.get(r.protocol)?.data.documentDate,
        date: r.date,
      })),
    ],
    replacedBy: replacedByOf(register, protocol, protocolLink),
    framework: framework && {
      isFramework: framework.protocol.id === protocol.id,
      protocol: protocolLink(framework.protocol.id),
      members: framework.members.map((m) => ({
        party: partyLink(m.party, fullName(m.party)),
        joined: m.joined,
        via: m.via === protocol.id ? { text: 'dit protocol' } : { href: routes.protocol(m.via), text: m.via === framework.protocol.id ? 'het kaderprotocol' : 'toetreding' },
      })),
    },
    changes: [...(protocol.history?.changes ?? [])].reverse(),
    publications: data.parties.flatMap((p) =>
      p.publicationUrl ? [{ party: partyName(register, p.party), href: p.publicationUrl, host: new URL(p.publicationUrl).hostname }] : [],
    ),
    toc: protocol.body.headings.filter((h) => h.depth <= 3).map((h) => ({ href: `#${h.slug}`, text: h.text, sub: h.depth === 3 })),
  };
}

/** The small diagram of a protocol's flows on its summary card, with the same flows in words. */
export interface FlowDiagramView {
  id: string;
  drawing: Drawing;
  description: string;
  sentences: string[];
}

/** Everything the protocol page shows: the page's values, its diagram, search and linked data. */
export interface ProtocolPageView extends ProtocolPage {
  protocol: ProtocolView;
  today: string;
  /** Why the register has no history of changes, when it has none. */
  historyUnavailable?: string;
  statusExplanation: string;
  /** Undefined without flows or with REGISTER_GRAPH=off. */
  diagram?: FlowDiagramView;
  search: SearchData;
  jsonLd: object;
}

export async function protocolPageView(register: Register, protocol: ProtocolView, siteUrl: string): Promise<ProtocolPageView> {
  const graph = buildGraph(register, { protocols: [protocol.id] });
  const drawing = await drawingOf(graph);
  const sentences = graph.edges.map((e) => flowSentence(graph, e));
  return {
    ...protocolPage(register, protocol),
    protocol,
    today: register.today,
    historyUnavailable: register.historyUnavailable,
    statusExplanation: statusExplanations[protocol.status],
    diagram: drawing && { id: `stroom-${protocol.id}`, drawing, description: `${sentences.join('. ')}.`, sentences },
    search: protocolSearchData(protocol, register),
    jsonLd: protocolJsonLd(register, protocol, siteUrl),
  };
}
