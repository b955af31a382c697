/**
 * getStaticPaths of the pages that exist once per party, data category, group of people,
 * protocol or network view: each page gets its entry's id and its view as props, resolved once
 * here (src/lib/views/), so pages never look the entry up again. Each path carries its view's
 * cache key (cache-key.ts): Astro's incremental build reuses the page when that key is unchanged.
 */
import type { Register } from '../lib/model/register.ts';
import { siteUrl } from '../lib/site/config.node.ts';
import { statusSlugs } from '../lib/site/routes.ts';
import type { Status } from '../lib/model/status.ts';
import { partyView } from '../lib/views/party.ts';
import { embedView } from '../lib/views/embed.ts';
import { dataCategoryView } from '../lib/views/data-category.ts';
import { dataSubjectGroupView } from '../lib/views/data-subject-group.ts';
import { partyListOfProtocolsView, statusListView } from '../lib/views/protocol-list.ts';
import { categoryNetworkView, domainNetworkView, domainPages } from '../lib/views/network.ts';
import { protocolPageView } from '../lib/views/protocol-page.ts';
import { getRegister } from './register.ts';
import { selectedIds } from './selection.ts';
import { cacheKeyOf } from './cache-key.ts';

type Collection = 'parties' | 'dataCategories' | 'dataSubjectGroups';
const ids = async (register: Register, collection: Collection) => selectedIds(collection, [...register[collection].keys()]);

/** The published address as Astro.site writes it (astro.config.mjs takes `site` from the same setting). */
const site = () => new URL(siteUrl()).href;

/** Views built at the same time: enough to keep every layout worker busy (src/lib/graph/elk-pool.node.ts). */
const viewsInFlight = 8;

/**
 * `build` of every item, in the items' order. A view may lay out a graph on a worker thread, so
 * several are built at once while the layouts run.
 */
async function buildViews<T, V>(items: T[], build: (item: T) => V | Promise<V>): Promise<V[]> {
  const built: V[] = new Array(items.length);
  let next = 0;
  const work = async () => {
    while (next < items.length) {
      const i = next++;
      built[i] = await build(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(viewsInFlight, items.length) }, work));
  return built;
}

/** One path per id with its view, in the order of the ids; ids without a view are left out. */
async function pathsOf<K extends string, V>(list: string[], param: K, view: (id: string) => V | Promise<V | undefined> | undefined) {
  const views = await buildViews(list, view);
  const paths: { params: Record<K, string>; props: { id: string; view: V }; cacheKey?: string }[] = [];
  for (const [i, id] of list.entries()) {
    const built = views[i];
    if (built !== undefined) paths.push({ params: { [param]: id } as Record<K, string>, props: { id, view: built }, ...cacheKeyOf(built) });
  }
  return paths;
}

/** The party's feed and JSON: the id only (they need no view). */
export async function partyIdPaths() {
  const register = await getRegister();
  return (await ids(register, 'parties')).map((id) => ({ params: { slug: id }, props: { id } }));
}

/** The data category's feed: the id only. */
export async function dataCategoryIdPaths() {
  const register = await getRegister();
  return (await ids(register, 'dataCategories')).map((id) => ({ params: { slug: id }, props: { id } }));
}

export async function partyPaths() {
  const register = await getRegister();
  return pathsOf(await ids(register, 'parties'), 'slug', (id) => partyView(register, id, site()));
}

export async function embedPaths() {
  const register = await getRegister();
  return pathsOf(await ids(register, 'parties'), 'slug', (id) => embedView(register, id, site()));
}

/** The protocol list per party names its parameter `party`. */
export async function partyListPaths() {
  const register = await getRegister();
  return pathsOf(await ids(register, 'parties'), 'party', (id) => partyListOfProtocolsView(register, id));
}

export async function dataCategoryPaths() {
  const register = await getRegister();
  return pathsOf(await ids(register, 'dataCategories'), 'slug', (id) => dataCategoryView(register, id));
}

export async function dataSubjectGroupPaths() {
  const register = await getRegister();
  return pathsOf(await ids(register, 'dataSubjectGroups'), 'slug', (id) => dataSubjectGroupView(register, id));
}

export async function protocolPaths() {
  const register = await getRegister();
  const selected = await selectedIds(
    'protocols',
    register.protocols.map((p) => p.id),
  );
  return pathsOf(selected, 'slug', (id) => {
    const protocol = register.protocolsById.get(id);
    return protocol && protocolPageView(register, protocol, site());
  });
}

export async function statusListPaths() {
  const register = await getRegister();
  return (Object.keys(statusSlugs) as Status[]).map((status) => {
    const view = statusListView(register, status);
    return { params: { status: statusSlugs[status] }, props: { id: status, view }, ...cacheKeyOf(view) };
  });
}

/** One network page per data category that occurs in a flow. */
export async function categoryNetworkPaths() {
  const register = await getRegister();
  return pathsOf(await selectedIds('dataCategories', register.usedCategories), 'category', (id) => categoryNetworkView(register, id));
}

/** One network page per policy domain and part of one (/deel-2/, …). */
export async function domainNetworkPaths() {
  const register = await getRegister();
  const pages = domainPages(register);
  const views = await buildViews(pages, (page) => domainNetworkView(register, page));
  return pages.map((page, i) => ({ params: { path: page.path }, props: { id: page.slug, view: views[i]! }, ...cacheKeyOf(views[i]!) }));
}
