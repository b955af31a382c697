/**
 * The page of one party (/partijen/<id>/) and the list of all parties: its names, counts,
 * contact, small drawing, what it sends and receives (its flows), links, embed code and search
 * data, resolved once.
 */
import type { Party } from '../content/schemas.ts';
import { partyFullName, protocolCount } from '../format.ts';
import { contactOf, currentAndEnded, partyFlowsOf, type PartyFlow, type Register } from '../model/register.ts';
import { buildPartyGraph, edgeProtocolCount, flowSentence, partyEdgeHref } from '../graph/model.ts';
import type { Drawing } from '../graph/layout.node.ts';
import { partySearchData, type SearchData } from '../search/search.ts';
import { partyJsonLd } from '../exports/linked-data.ts';
import { embedHeight, embedSnippet, iframeSnippet } from '../exports/embed.ts';
import { partyFlowSections, routes } from '../site/routes.ts';
import { partyRefs, protocolSummary, type ProtocolRow } from './common.ts';
import { drawingOf } from './drawing.ts';

/** How a reader contacts the party: its DPO, else its privacy page or website, else the protocols' parties. */
export type PartyContact =
  | { kind: 'dpo'; email: string; href: string; phone?: string; note?: string }
  | { kind: 'page'; href: string /** "privacypagina van VDAB" */; text: string }
  | { kind: 'none' };

/** The small drawing on a party page: who sends to it and whom it sends to. */
export interface PartyGraphView {
  heading: string;
  /** Many partners are grouped per policy domain: the page says so. */
  clusteredNote?: string;
  drawing?: Drawing;
  drawingId: string;
  drawingTitle: string;
  description: string;
  sentences: string[];
}

/** One section of what a party sends (or receives): still running, and ended. */
export interface PartyFlowsView {
  id: string;
  heading: string;
  count: number;
  counterpartLabel: 'Aan' | 'Van';
  groups: { key: string; title: string; tableId: string; caption: string; rows: ProtocolRow[] }[];
}

export interface PartyView {
  id: string;
  party: Party;
  /** The short name, as running text names the party after its first mention. */
  name: string;
  /** "Agentschap … (AgII)". */
  fullName: string;
  title: string;
  /** "4 protocollen", "1 protocol". */
  sendsCount: string;
  receivesCount: string;
  contact: PartyContact;
  /** Undefined when the party has no flows. */
  graph?: PartyGraphView;
  sends: PartyFlowsView;
  receives: PartyFlowsView;
  links: { protocols: string; feed: string; json: string; embed: string; permalink: string };
  feedTitle: string;
  embed: { snippet: string; iframe: string; height: number; previewTitle: string };
  search: SearchData;
  jsonLd: object;
  /** The build date (the drawing's legend says what is in force on it). */
  today: string;
}

function contactView(party: Party, name: string): PartyContact {
  const contact = contactOf(party);
  if (contact.kind === 'dpo') return { kind: 'dpo', email: contact.email, href: `mailto:${contact.email}`, phone: contact.phone, note: contact.note };
  if (contact.kind === 'none') return { kind: 'none' };
  return { kind: 'page', href: contact.url, text: `${contact.kind === 'privacy-page' ? 'privacypagina' : 'website'} van ${name}` };
}

function flowsView(register: Register, flows: PartyFlow[], direction: 'sends' | 'receives', name: string): PartyFlowsView {
  const id = partyFlowSections[direction];
  const heading = direction === 'sends' ? `Wat deelt ${name} mee, en aan wie?` : `Wat ontvangt ${name}, en van wie?`;
  const { current, ended } = currentAndEnded(flows);
  const group = (key: string, title: string, items: PartyFlow[]) => ({
    key,
    title,
    tableId: `${id}-${key}`,
    caption: `${heading} ${title.toLowerCase()}`,
    rows: items.map((flow) => ({ summary: protocolSummary(register, flow.protocol), counterparts: partyRefs(register, flow.counterparts) })),
  });
  return {
    id,
    heading,
    count: flows.length,
    counterpartLabel: direction === 'sends' ? 'Aan' : 'Van',
    groups: [group('lopend', 'Van kracht, nog niet van kracht of eenmalig', current), group('beeindigd', 'Beëindigd', ended)],
  };
}

async function partyGraphView(register: Register, id: string, name: string): Promise<PartyGraphView | undefined> {
  const graph = buildPartyGraph(register, id);
  if (graph.edges.length === 0) return undefined;
  const sentences = graph.edges.map((e) => `${flowSentence(graph, e)}: ${edgeProtocolCount(e)}`);
  return {
    heading: `Met wie deelt ${name} gegevens?`,
    clusteredNote: graph.clustered
      ? `${name} wisselt met veel partijen gegevens uit. De tekening neemt ze per beleidsdomein samen; de lijsten hieronder noemen elke partij.`
      : undefined,
    drawing: await drawingOf(graph, partyEdgeHref(id)),
    drawingId: `partij-${id}`,
    drawingTitle: `Gegevensstromen van en naar ${name}`,
    description: `${sentences.join('. ')}.`,
    sentences,
  };
}

/** The view of party `id`; undefined for an id the register does not know. */
export async function partyView(register: Register, id: string, siteUrl: string): Promise<PartyView | undefined> {
  const party = register.parties.get(id);
  if (!party) return undefined;
  const name = party.shortName;
  const { sends, receives } = partyFlowsOf(register, id);
  const height = embedHeight(register, id, siteUrl);
  return {
    id,
    party,
    name,
    fullName: partyFullName(party),
    title: party.shortName === party.name ? party.name : `${party.shortName}: ${party.name}`,
    sendsCount: protocolCount(sends.length),
    receivesCount: protocolCount(receives.length),
    contact: contactView(party, name),
    graph: await partyGraphView(register, id, name),
    sends: flowsView(register, sends, 'sends', name),
    receives: flowsView(register, receives, 'receives', name),
    links: {
      protocols: routes.protocolsOfParty(id),
      feed: routes.partyFeed(id),
      json: routes.partyJson(id),
      embed: routes.partyEmbed(id),
      permalink: new URL(routes.party(id), siteUrl).href,
    },
    feedTitle: `Protocollen van ${name}`,
    embed: { snippet: embedSnippet(register, id, siteUrl), iframe: iframeSnippet(register, id, siteUrl), height, previewTitle: `Voorbeeld: protocollen van ${name}` },
    search: partySearchData(register, id, { sends: sends.length, receives: receives.length }),
    jsonLd: partyJsonLd(register, id, siteUrl),
    today: register.today,
  };
}

/** /partijen/: every party by name, with its counts. */
export interface PartyListItem {
  id: string;
  href: string;
  party: Party;
  formerNames?: string;
  /** "Deelt mee in 2 protocollen, ontvangt in 1 protocol." */
  counts: string;
}

export function partyListView(register: Register): PartyListItem[] {
  return register.sorted.partiesByName.map(([id, party]) => {
    const { sends, receives } = partyFlowsOf(register, id);
    return {
      id,
      href: routes.party(id),
      party,
      formerNames: party.formerNames.length > 0 ? party.formerNames.map((f) => f.name).join(', ') : undefined,
      counts: `Deelt mee in ${protocolCount(sends.length)}, ontvangt in ${protocolCount(receives.length)}.`,
    };
  });
}
