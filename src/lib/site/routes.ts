/**
 * Every URL path of the site, built in one place. Pages, exports, the ledger of published URLs
 * and the redirects all take their paths from here, so a path never exists in two spellings.
 */
export const routes = {
  home: () => '/',
  protocols: () => '/protocollen/',
  protocol: (id: string) => `/protocollen/${id}/`,
  parties: () => '/partijen/',
  party: (id: string) => `/partijen/${id}/`,
  partyJson: (id: string) => `/partijen/${id}.json`,
  partyFeed: (id: string) => `/partijen/${id}.xml`,
  partyEmbed: (id: string) => `/embed/partijen/${id}/`,
  dataCategories: () => '/gegevens/',
  dataCategory: (id: string) => `/gegevens/${id}/`,
  dataCategoryFeed: (id: string) => `/gegevens/${id}.xml`,
  dataSubjectGroup: (id: string) => `/betrokkenen/${id}/`,
  search: () => '/zoeken/',
  feed: () => '/feed.xml',
  protocolsJson: () => '/protocollen.json',
  protocolsCsv: () => '/protocollen.csv',
  catalog: () => '/catalogus.jsonld',
} as const;
