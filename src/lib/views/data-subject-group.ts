/** The page of one group of people, a life situation (/betrokkenen/<id>/), and the list of them. */
import type { DataSubjectGroup } from '../content/schemas.ts';
import { protocolCount } from '../format.ts';
import { protocolsOfGroup, type Register } from '../model/register.ts';
import { dataSubjectGroupSearchData, type SearchData } from '../search/search.ts';
import { routes } from '../site/routes.ts';
import { protocolSummaries, type ProtocolSummary } from './common.ts';

export interface DataSubjectGroupView {
  id: string;
  group: DataSubjectGroup;
  /** The group's label in running text ("werkzoekenden"). */
  label: string;
  title: string;
  /** "Het register bevat 2 protocollen over werkzoekenden." */
  countSentence: string;
  protocols: ProtocolSummary[];
  search: SearchData;
  searchTitle: string;
}

export function dataSubjectGroupView(register: Register, id: string): DataSubjectGroupView | undefined {
  const group = register.dataSubjectGroups.get(id);
  if (!group) return undefined;
  const protocols = protocolsOfGroup(register, id);
  const label = group.label.toLowerCase();
  return {
    id,
    group,
    label,
    title: `Gegevens over ${label}`,
    countSentence: protocols.length === 0 ? 'Het register bevat nog geen protocollen over deze groep.' : `Het register bevat ${protocolCount(protocols.length)} over ${label}.`,
    protocols: protocolSummaries(register, protocols),
    search: dataSubjectGroupSearchData(register, id, protocols.length),
    searchTitle: `${group.situation}: gegevens over ${label}`,
  };
}

/** /betrokkenen/: every situation, with how many protocols concern it ("3 protocollen"). */
export function dataSubjectGroupListView(register: Register): { id: string; href: string; situation: string; count: string }[] {
  return register.sorted.dataSubjectGroups.map(([id, group]) => ({
    id,
    href: routes.dataSubjectGroup(id),
    situation: group.situation,
    count: protocolCount(protocolsOfGroup(register, id).length),
  }));
}
