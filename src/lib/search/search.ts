/**
 * What the search index gets per page, at build time: filter values, a one-line result summary,
 * and the extra words (synonyms, acronyms, former names) that must find the page. Pure, so the
 * pages only render these values as data-pagefind-* attributes. The browser's part of the search
 * (URLs, filters, suggestions) is query.ts.
 */
import type { ProtocolView, Register } from '../model/register.ts';
import { partyName } from '../model/register.ts';
import { checklistLabel } from '../content/checklist.ts';
import { partyFullName, protocolCount } from '../format.ts';
import { routes } from '../site/routes.ts';
import { fold } from '../text.ts';
import type { FilterKey, Shortcut } from './query.ts';
import { aboutWhom } from '../model/describe.ts';
import { statusLabels, periodicityLabels } from '../labels.ts';

/** "Alle verplichte onderdelen", or one value per missing element ("Ontbreekt: sancties"). */
export function checklistFilterValues(protocol: ProtocolView): string[] {
  if (protocol.checklist.missing.length === 0) return ['Alle verplichte onderdelen'];
  return protocol.checklist.missing.map((m) => `Ontbreekt: ${checklistLabel(m.id, protocol.checklist.framework)}`);
}

export const filterLabels: Record<FilterKey, string> = {
  type: 'Soort resultaat',
  van: 'Gegevens van (wie deelt mee)',
  naar: 'Gegevens naar (wie ontvangt)',
  gegevens: 'Soort gegevens',
  status: 'Status',
  periodiciteit: 'Hoe vaak',
  jaar: 'Jaar van het protocol',
  onderdelen: 'Verplichte onderdelen',
};

export const resultTypes = { protocol: 'Protocol', party: 'Partij', dataCategory: 'Soort gegevens', situation: 'Situatie', page: 'Uitleg' } as const;

export interface SearchData {
  filters: Partial<Record<FilterKey, string[]>>;
  /** One line that answers "who sends what to whom, in force or not". */
  line: string;
  /** Words that must find this page although they are not in its text. */
  keywords: string[];
  /** Whom the data are about, in the protocol's words (protocols only). */
  about?: string;
}

/** Removes empty values and duplicates that differ only in case. */
function uniqueWords(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names, acronyms and former names by which a party can be searched. */
export function partyKeywords(register: Register, id: string): string[] {
  const party = register.parties.get(id);
  if (!party) return [];
  return uniqueWords([party.shortName, party.name, ...party.aliases, ...party.formerNames.flatMap((f) => [f.name, f.shortName ?? ''])]);
}

export function protocolSearchData(protocol: ProtocolView, register: Register): SearchData {
  const categoryLabels = protocol.categories.map((id) => register.dataCategories.get(id)?.label ?? id);
  const status = statusLabels[protocol.status];
  const from = protocol.senders.map((id) => partyName(register, id));
  const to = protocol.receivers.map((id) => partyName(register, id));
  const arrow = protocol.pairs.length > 0 && protocol.pairs.every((p) => protocol.pairs.some((q) => q.from === p.to && q.to === p.from)) ? '⇄' : '→';
  return {
    filters: {
      type: [resultTypes.protocol],
      van: from,
      naar: to,
      gegevens: categoryLabels,
      status: [status],
      periodiciteit: [periodicityLabels[protocol.data.periodicity]],
      jaar: [String(protocol.year)],
      onderdelen: checklistFilterValues(protocol),
    },
    line: `${from.join(', ')} ${arrow} ${to.join(', ')} · ${categoryLabels.join(', ')} · ${status}`,
    about: aboutWhom(protocol.data),
    keywords: uniqueWords([
      ...protocol.categories.flatMap((id) => {
        const category = register.dataCategories.get(id);
        return category ? [category.label, ...category.synonyms] : [];
      }),
      ...protocol.data.parties.flatMap((p) => partyKeywords(register, p.party)),
    ]),
  };
}

export function partySearchData(register: Register, id: string, counts: { sends: number; receives: number }): SearchData {
  const party = register.parties.get(id)!;
  return {
    filters: { type: [resultTypes.party] },
    line: `${party.shortName} · deelt mee in ${protocolCount(counts.sends)}, ontvangt in ${protocolCount(counts.receives)}`,
    keywords: partyKeywords(register, id),
  };
}

export function dataCategorySearchData(register: Register, id: string, count: number): SearchData {
  const category = register.dataCategories.get(id)!;
  return {
    filters: { type: [resultTypes.dataCategory] },
    line: `Soort gegevens · in ${protocolCount(count)}`,
    keywords: uniqueWords([category.label, ...category.synonyms]),
  };
}

export function dataSubjectGroupSearchData(register: Register, id: string, count: number): SearchData {
  const group = register.dataSubjectGroups.get(id)!;
  return {
    filters: { type: [resultTypes.situation] },
    line: `${group.situation} · ${protocolCount(count)}`,
    keywords: uniqueWords([group.label, group.situation, ...group.synonyms]),
  };
}

/**
 * The register's own pages that answer a question (rights, words, about, accessibility): the
 * words people search them by. "klacht" or "inzage" must lead to the rights page, not to an
 * agency whose page links to it.
 */
export const pageKeywords = {
  rights: [
    'uw rechten',
    'klacht',
    'klacht indienen',
    'klagen',
    'inzage',
    'inzien',
    'verbeteren',
    'verbetering',
    'rechtzetten',
    'wissen',
    'bezwaar',
    'beperking',
    'toezichtcommissie',
    'VTC',
    'gegevensbeschermingsautoriteit',
    'privacy',
  ],
  glossary: ['begrippen', 'woordenlijst', 'uitleg', 'afkortingen'],
  about: ['over dit register', 'protocollenregister', 'decreet', 'eGov'],
  accessibility: ['toegankelijkheid', 'toegankelijkheidsverklaring', 'schermlezer', 'WCAG'],
} as const;
export type PageKey = keyof typeof pageKeywords;

/** Search data of one of the register's own pages (see pageKeywords). */
export function pageSearchData(key: PageKey, line: string): SearchData {
  return { filters: { type: [resultTypes.page] }, line, keywords: [...pageKeywords[key]] };
}

/** All values each filter can take, for the filter controls on /zoeken/. */
export function filterOptions(register: Register): Record<FilterKey, string[]> {
  const sort = (values: string[]) => uniqueWords(values).sort((a, b) => a.localeCompare(b, 'nl'));
  const data = register.protocols.map((p) => protocolSearchData(p, register));
  const pick = (key: FilterKey) => sort(data.flatMap((d) => d.filters[key] ?? []));
  return {
    type: Object.values(resultTypes),
    van: pick('van'),
    naar: pick('naar'),
    gegevens: pick('gegevens'),
    status: pick('status'),
    periodiciteit: pick('periodiciteit'),
    jaar: pick('jaar').sort((a, b) => b.localeCompare(a)),
    onderdelen: pick('onderdelen'),
  };
}

/**
 * Exact names, acronyms, former names and synonyms → the page they stand for. The search page
 * shows such a page first ("WVG" → Departement Zorg, "rijksregisternummer" → INSZ).
 */
export function searchShortcuts(register: Register): Record<string, Shortcut> {
  const shortcuts: Record<string, Shortcut> = {};
  for (const id of register.parties.keys()) {
    const party = register.parties.get(id)!;
    for (const word of partyKeywords(register, id)) {
      shortcuts[fold(word)] ??= { label: partyFullName(party), url: routes.party(id), kind: resultTypes.party };
    }
  }
  for (const [id, category] of register.dataCategories) {
    for (const word of [category.label, ...category.synonyms]) {
      shortcuts[fold(word)] ??= { label: category.label, url: routes.dataCategory(id), kind: resultTypes.dataCategory };
    }
  }
  const pages: [PageKey, string, string][] = [
    ['rights', 'Uw rechten: wat u kunt vragen en waar u klacht indient', routes.rights()],
    ['glossary', 'Begrippen', routes.glossary()],
    ['accessibility', 'Toegankelijkheidsverklaring', routes.accessibility()],
  ];
  for (const [key, label, url] of pages) {
    for (const word of pageKeywords[key]) shortcuts[fold(word)] ??= { label, url, kind: resultTypes.page };
  }
  for (const [id, group] of register.dataSubjectGroups) {
    for (const word of [group.label, group.situation, ...group.synonyms]) {
      shortcuts[fold(word)] ??= { label: `${group.situation}: gegevens over ${group.label.toLowerCase()}`, url: routes.dataSubjectGroup(id), kind: 'Situatie' };
    }
  }
  return shortcuts;
}

/** Every word the search knows with the page it leads to, alphabetically: /zoeken/ lists them for readers without JavaScript. */
export function searchWordList(register: Register): [string, Shortcut][] {
  return Object.entries(searchShortcuts(register)).sort((a, b) => a[0].localeCompare(b[0], 'nl'));
}
