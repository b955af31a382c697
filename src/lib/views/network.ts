/**
 * The network pages: all flows (/graaf/), those in force (/graaf/van-kracht/), per data category
 * (/graaf/gegevens/<id>/) and per policy domain with its parts (/graaf/domein/<slug>/[deel-N/]).
 * The graph is built and laid out here; the page only renders the drawing and the table.
 */
import { formatDate } from '../format.ts';
import type { Register } from '../model/register.ts';
import { buildDomainGraph, buildNetwork, domainParts, domainsOf, graphDescription, tableRows, type Graph, type TableRow } from '../graph/model.ts';
import type { Drawing } from '../graph/layout.node.ts';
import { graphSettings } from '../site/config.node.ts';
import { routeParams, routes } from '../site/routes.ts';
import { categoryLabel } from '../model/register.ts';
import { drawingOf } from './drawing.ts';

interface FilterLink {
  href: string;
  label: string;
  current: boolean;
}

export interface NetworkView {
  /** 'all', 'in-force', 'gegevens:<id>' or 'domein:<slug>'. */
  current: string;
  heading: string;
  intro: string;
  breadcrumbs: { href: string; label: string }[];
  views: FilterLink[];
  categories: { open: boolean; links: FilterLink[] };
  domains: { open: boolean; links: FilterLink[] };
  /** The parts of a large policy domain (empty when it has one). */
  parts: FilterLink[];
  /** Why some boxes are groups of parties, when they are. */
  clusterNote?: string;
  /** Undefined without flows or with REGISTER_GRAPH=off. */
  drawing?: Drawing;
  /** The drawing's text alternative. */
  description: string;
  hasFlows: boolean;
  rows: TableRow[];
  caption: string;
  /** On a phone each row links to the party pages' drawings (only when there are drawings). */
  partyDrawings: boolean;
  today: string;
}

async function networkView(
  register: Register,
  graph: Graph,
  page: { current: string; heading: string; intro: string; breadcrumbs?: { href: string; label: string }[]; parts?: FilterLink[] },
): Promise<NetworkView> {
  const { current, heading } = page;
  return {
    current,
    heading,
    intro: page.intro,
    breadcrumbs: current === 'all' ? [] : [{ href: routes.graph(), label: 'Wie deelt met wie' }, ...(page.breadcrumbs ?? [])],
    views: [
      { href: routes.graph(), label: 'Alle gegevensstromen', current: current === 'all' },
      { href: routes.graphInForce(), label: `Alleen van kracht op ${formatDate(register.today)}`, current: current === 'in-force' },
    ],
    categories: {
      open: current.startsWith('gegevens:'),
      links: register.usedCategories.map((id) => ({ href: routes.graphOfCategory(id), label: categoryLabel(register, id), current: current === `gegevens:${id}` })),
    },
    domains: {
      open: current.startsWith('domein:'),
      links: domainsOf(register).map((d) => ({ href: routes.graphOfDomain(d.slug), label: d.name, current: current === `domein:${d.slug}` })),
    },
    parts: page.parts ?? [],
    clusterNote:
      graph.clustered && graph.layout === 'bipartite'
        ? current.startsWith('domein:')
          ? 'De partijen van dit beleidsdomein staan er elk apart; alle andere partijen zijn per beleidsdomein samengenomen in één vak.'
          : 'Het netwerk is te groot om elke partij leesbaar te tonen. Elk vak staat voor een beleidsdomein; kies een vak of een beleidsdomein hierboven om de partijen te zien.'
        : undefined,
    drawing: await drawingOf(graph),
    description: graphDescription(graph),
    hasFlows: graph.edges.length > 0,
    rows: tableRows(register, graph),
    caption: `Tabel bij de tekening: ${heading}`,
    partyDrawings: graphSettings().enabled,
    today: register.today,
  };
}

/** /graaf/: every flow. */
export function wholeNetworkView(register: Register): Promise<NetworkView> {
  return networkView(register, buildNetwork(register, { view: 'all' }), {
    current: 'all',
    heading: 'Wie deelt gegevens met wie?',
    intro:
      'Elk vak is een partij; elke lijn is een stroom van persoonsgegevens van wie ze meedeelt naar wie ze ontvangt, volgens de protocollen in dit register. Klik op een vak voor de partij, op een lijn voor de protocollen erachter.',
  });
}

/** /graaf/van-kracht/: the flows of protocols in force on the build date. */
export function inForceNetworkView(register: Register): Promise<NetworkView> {
  return networkView(register, buildNetwork(register, { view: 'in-force' }), {
    current: 'in-force',
    heading: 'Wie deelt gegevens met wie? Alleen wat van kracht is',
    intro: `Alleen de gegevensstromen van protocollen die op ${formatDate(register.today)} van kracht zijn. Beëindigde, eenmalige en nog niet begonnen protocollen zijn weggelaten.`,
    breadcrumbs: [{ href: routes.graphInForce(), label: 'Van kracht' }],
  });
}

/** /graaf/gegevens/<id>/: the flows that contain one kind of data. */
export function categoryNetworkView(register: Register, category: string): Promise<NetworkView> {
  const label = categoryLabel(register, category);
  return networkView(register, buildNetwork(register, { view: 'all', category }), {
    current: `gegevens:${category}`,
    heading: `Wie deelt ${label.toLowerCase()} met wie?`,
    intro: `Alleen de gegevensstromen die ${label.toLowerCase()} bevatten.`,
    breadcrumbs: [{ href: routes.graphOfCategory(category), label }],
  });
}

/** One page of a policy domain: its path (the domain's own for part 1, then /deel-N/) and its part. */
export interface DomainPage {
  slug: string;
  name: string;
  part: number;
  /** The page's path below /graaf/domein/, as the route's `path` parameter ("werk", "werk/deel-2"). */
  path: string;
}

/** Every page of every policy domain. */
export function domainPages(register: Register): DomainPage[] {
  return domainsOf(register).flatMap((d) =>
    domainParts(register, d.slug).map((part) => ({
      slug: d.slug,
      name: d.name,
      part: part.index,
      path: routeParams.graphOfDomain(d.slug, part.index),
    })),
  );
}

/** /graaf/domein/<slug>/[deel-N/]: the parties of a policy domain and everyone they exchange data with. */
export function domainNetworkView(register: Register, page: Pick<DomainPage, 'slug' | 'name' | 'part'>): Promise<NetworkView> {
  const { slug, name, part } = page;
  const parts = domainParts(register, slug);
  return networkView(register, buildDomainGraph(register, slug, { view: 'all', part }), {
    current: `domein:${slug}`,
    heading: `Wie deelt gegevens met wie? Beleidsdomein ${name}${parts.length > 1 ? ` (deel ${part} van ${parts.length})` : ''}`,
    intro: `De partijen van het beleidsdomein ${name} en iedereen met wie ze persoonsgegevens uitwisselen.`,
    breadcrumbs: [{ href: routes.graphOfDomain(slug), label: name }],
    parts: parts.length > 1 ? parts.map((p) => ({ href: p.href, label: `Deel ${p.index}: ${p.first} tot ${p.last}`, current: p.index === part })) : [],
  });
}
