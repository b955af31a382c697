/**
 * Every URL path of the site, built in one place. Pages, components, exports, the ledger of
 * published URLs and the redirects all take their paths from here, so a path never exists in
 * two spellings. A function per kind of page; fragments (`#…`) are part of the path they name.
 */
import type { Status } from '../enums.ts';

/** The path segment of each status list (/protocollen/status/<slug>/). */
export const statusSlugs: Record<Status, string> = {
  'in-force': 'van-kracht',
  unconfirmed: 'einde-niet-bevestigd',
  ended: 'beeindigd',
  'not-yet': 'nog-niet-van-kracht',
  'one-off': 'eenmalig',
};

/** Anchors on /over/ that other pages link to. */
type AboutSection = 'onderdelen' | 'ondernemingsnummer' | 'redactie';

/** The sections of a party page that list what the party sends and what it receives (its flows). */
export const partyFlowSections = { sends: 'deelt-mee', receives: 'ontvangt' } as const;

/** The `[...path]` parameter of a domain graph page: `<slug>` for part 1, `<slug>/deel-N` after it. */
const domainGraphPath = (slug: string, part = 1) => (part === 1 ? slug : `${slug}/deel-${part}`);

/**
 * The parameters of pages whose route is a rest parameter (`[...path]`), spelled from the same
 * paths as `routes`, so a page's parameter and the links to it cannot drift apart.
 */
export const routeParams = {
  /** src/pages/graaf/domein/[...path].astro */
  graphOfDomain: domainGraphPath,
  /** src/pages/[...moved].astro: the old page's path without the slashes around it (`partijen/wvg`). */
  moved: (path: string) => path.replace(/^\/+|\/+$/g, ''),
} as const;

export const routes = {
  home: () => '/',
  protocols: () => '/protocollen/',
  protocol: (id: string) => `/protocollen/${id}/`,
  protocolsWithStatus: (status: Status) => `/protocollen/status/${statusSlugs[status]}/`,
  protocolsOfParty: (id: string) => `/protocollen/partij/${id}/`,
  parties: () => '/partijen/',
  party: (id: string) => `/partijen/${id}/`,
  partyJson: (id: string) => `/partijen/${id}.json`,
  partyFeed: (id: string) => `/partijen/${id}.xml`,
  partyEmbed: (id: string) => `/embed/partijen/${id}/`,
  partyFlows: (id: string, direction: keyof typeof partyFlowSections) => `/partijen/${id}/#${partyFlowSections[direction]}`,
  /** The party page's small drawing (its section heading). */
  partyGraph: (id: string) => `/partijen/${id}/#party-graph-title`,
  dataCategories: () => '/gegevens/',
  dataCategory: (id: string) => `/gegevens/${id}/`,
  dataCategoryFeed: (id: string) => `/gegevens/${id}.xml`,
  dataSubjectGroups: () => '/betrokkenen/',
  dataSubjectGroup: (id: string) => `/betrokkenen/${id}/`,
  graph: () => '/graaf/',
  graphInForce: () => '/graaf/van-kracht/',
  graphOfCategory: (id: string) => `/graaf/gegevens/${id}/`,
  /** Part 1 of a policy domain is the domain's own path; larger domains continue in /deel-N/. */
  graphOfDomain: (slug: string, part = 1) => `/graaf/domein/${domainGraphPath(slug, part)}/`,
  search: () => '/zoeken/',
  searchShortcuts: () => '/zoeken/snelkoppelingen.json',
  glossary: (term?: string) => (term ? `/begrippen/#${term}` : '/begrippen/'),
  rights: () => '/uw-rechten/',
  about: (section?: AboutSection) => (section ? `/over/#${section}` : '/over/'),
  checklistOverview: () => '/onderdelen/',
  reviewOverview: () => '/te-herzien/',
  accessibility: () => '/toegankelijkheid/',
  openData: () => '/open-data/',
  feed: () => '/feed.xml',
  protocolsJson: () => '/protocollen.json',
  protocolsCsv: () => '/protocollen.csv',
  catalog: () => '/catalogus.jsonld',
  /** A dataset described in the catalogue (its @id). */
  catalogDataset: (id: string): string => `${routes.catalog()}#${id}`,
  /** The distribution of an export file in the catalogue (its @id). */
  distribution: (path: string) => `${path}#distributie`,
  /** The linked-data node of a party, embedded in its page (its @id). */
  partyNode: (id: string): string => `${routes.party(id)}#organisatie`,
  /** The linked-data node of a protocol, embedded in its page (its @id). */
  protocolNode: (id: string): string => `${routes.protocol(id)}#protocol`,
  schema: (version: string, name: string) => `/schema/${version}/${name}.schema.json`,
  favicon: () => '/favicon.svg',
} as const;
