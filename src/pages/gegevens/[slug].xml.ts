import type { APIRoute, GetStaticPaths } from 'astro';
import { dataCategoryPaths } from '../../astro/paths.ts';
import { getRegister } from '../../astro/register.ts';
import { protocolsWithCategory } from '../../lib/model/register.ts';
import { atomFeed } from '../../lib/exports/feeds.ts';
import { routes } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => dataCategoryPaths();

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  const id = params.slug!;
  const label = register.dataCategories.get(id)?.label ?? id;
  const feed = atomFeed(register, site!.href, {
    title: `Protocollenregister: protocollen over ${label}`,
    path: routes.dataCategoryFeed(id),
    protocols: protocolsWithCategory(register, id),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
