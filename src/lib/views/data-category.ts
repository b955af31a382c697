/** The page of one kind of data (/gegevens/<id>/) and the list of all of them. */
import type { DataCategory } from '../content/schemas.ts';
import { protocolCount } from '../format.ts';
import { protocolsWithCategory, type Register } from '../model/register.ts';
import { dataCategorySearchData, type SearchData } from '../search/search.ts';
import { routes } from '../site/routes.ts';
import { protocolSummary, type ProtocolRow } from './common.ts';

export interface DataCategoryView {
  id: string;
  category: DataCategory;
  count: number;
  rows: ProtocolRow[];
  /** The caption of the table of its protocols. */
  caption: string;
  search: SearchData;
}

export function dataCategoryView(register: Register, id: string): DataCategoryView | undefined {
  const category = register.dataCategories.get(id);
  if (!category) return undefined;
  const protocols = protocolsWithCategory(register, id);
  return {
    id,
    category,
    count: protocols.length,
    rows: protocols.map((p) => ({ summary: protocolSummary(register, p) })),
    caption: `Protocollen waarin ${category.label.toLowerCase()} wordt doorgegeven, nieuwste eerst`,
    search: dataCategorySearchData(register, id, protocols.length),
  };
}

/** /gegevens/: every kind of data in Dutch alphabetical order, with in how many protocols it occurs. */
export interface DataCategoryListItem {
  id: string;
  href: string;
  category: DataCategory;
  /** "In 3 protocollen." plus " Bijzonder gevoelig gegeven." for special categories. */
  note: string;
}

export function dataCategoryListView(register: Register): DataCategoryListItem[] {
  return register.sorted.dataCategories.map(([id, category]) => ({
    id,
    href: routes.dataCategory(id),
    category,
    note: `In ${protocolCount(protocolsWithCategory(register, id).length)}.${category.specialCategory ? ' Bijzonder gevoelig gegeven.' : ''}`,
  }));
}
