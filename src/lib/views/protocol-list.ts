/**
 * The lists of protocols: all (/protocollen/), per status (/protocollen/status/<slug>/) and per
 * party (/protocollen/partij/<id>/), with the filter links to the other lists and their counts.
 */
import { formatDate, partyFullName } from '../format.ts';
import { protocolsOfParty, protocolsWithStatus, type ProtocolView, type Register } from '../model/register.ts';
import type { Status } from '../model/status.ts';
import { routes } from '../site/routes.ts';
import { countScheduleAttribute } from '../model/status-counts.ts';
import { partyRef, protocolNoun, protocolSummaries, type PartyRef, type ProtocolSummary } from './common.ts';
import { statusExplanations, statusLabels } from '../labels.ts';

export interface ProtocolListView {
  heading: string;
  intro?: string;
  /** The list of all protocols has no breadcrumbs; the others lead back to it. */
  breadcrumbs: { href: string; label: string }[];
  /**
   * The lists of all protocols and per status link to each other, with the register's counts. A
   * party's list shows instead how many of its own protocols have each status (`statusSummary`) and
   * links to the list of all: its links would have led to every protocol with that status, under
   * counts that did not match the list ("Alle (5)" above "2 protocollen").
   * Either count is reworded by the status script on a later day (data-status-count).
   */
  statusFilters: { href: string; label: string; count: number; status?: Status; current: boolean }[];
  statusSummary?: { label: string; count: number; status: Status }[];
  /** The counts per status (of the register, or of the party's protocols) for the coming days, for the status script (data-status-counts). */
  countSchedule: string;
  /** A list of one status: which protocols it holds is fixed at build time (data-status-as-built). */
  asBuilt: boolean;
  /**
   * The lists of all protocols and per status link to every party's list; a party's list to the
   * parties in its own protocols only (`partyFiltersOwn`), with a link to all parties: with every
   * party on each of them, 2,000 parties make 4 million links (740 MB of HTML), and a reader would
   * scroll past 2,000 names that have nothing to do with the list.
   */
  partyFilters: { href: string; party: PartyRef; current: boolean }[];
  partyFiltersOwn: boolean;
  /**
   * With more party filters than fit above the list (`foldPartyFiltersAbove`), the label of the
   * closed `<details>` that holds them, so the list is not pushed pages down.
   */
  partyFiltersFolded?: string;
  protocols: ProtocolSummary[];
  count: number;
  /** "protocol" or "protocollen", after the count. */
  noun: string;
  /** The build date, formatted: statuses are computed for it. */
  date: string;
}

type Current = { status?: Status; party?: string };

/** Up to this many party filters are shown as they are; more are folded (at 2,000 parties, 2,000 names came before the first protocol). */
export const foldPartyFiltersAbove = 24;

function listView(register: Register, protocols: ProtocolView[], heading: string, intro: string | undefined, current: Current): ProtocolListView {
  const isAll = !current.status && !current.party;
  const inList = current.party ? new Set(protocols.flatMap((p) => p.data.parties.map((party) => party.party))) : undefined;
  const partyFilters = register.sorted.partiesByShortName
    .filter(([id]) => !inList || inList.has(id) || id === current.party)
    .map(([id]) => ({ href: routes.protocolsOfParty(id), party: partyRef(register, id), current: current.party === id }));
  const statuses = Object.keys(statusLabels) as Status[];
  const ownCounts = current.party ? new Map(statuses.map((s) => [s, protocols.filter((p) => p.status === s).length])) : undefined;
  return {
    heading,
    intro,
    breadcrumbs: isAll ? [] : [{ href: routes.protocols(), label: 'Protocollen' }],
    statusFilters: ownCounts
      ? []
      : [
          { href: routes.protocols(), label: 'Alle', count: register.protocols.length, current: isAll },
          ...statuses.map((s) => ({ href: routes.protocolsWithStatus(s), label: statusLabels[s], count: register.statusCounts[s], status: s, current: current.status === s })),
        ],
    ...(ownCounts && { statusSummary: statuses.map((s) => ({ label: statusLabels[s], count: ownCounts.get(s) ?? 0, status: s })) }),
    partyFilters,
    partyFiltersOwn: Boolean(inList),
    partyFiltersFolded: partyFilters.length > foldPartyFiltersAbove ? `Toon de ${partyFilters.length.toLocaleString('nl-BE')} partijen` : undefined,
    protocols: protocolSummaries(register, protocols),
    count: protocols.length,
    noun: protocolNoun(protocols.length),
    date: formatDate(register.today),
    countSchedule: countScheduleAttribute(current.party ? protocols : register.protocols, register.today),
    asBuilt: Boolean(current.status),
  };
}

export function allProtocolsView(register: Register): ProtocolListView {
  return listView(register, register.protocols, 'Alle protocollen', 'Elk protocol is een afspraak tussen overheidsdiensten over het doorgeven van persoonsgegevens.', {});
}

export function statusListView(register: Register, status: Status): ProtocolListView {
  return listView(register, protocolsWithStatus(register, status), `Protocollen: ${statusLabels[status].toLowerCase()}`, statusExplanations[status], { status });
}

export function partyListOfProtocolsView(register: Register, id: string): ProtocolListView | undefined {
  const party = register.parties.get(id);
  if (!party) return undefined;
  return listView(register, protocolsOfParty(register, id), `Protocollen van ${partyFullName(party)}`, `Protocollen waarin ${party.name} gegevens meedeelt of ontvangt.`, {
    party: id,
  });
}
