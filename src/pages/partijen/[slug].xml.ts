import type { APIRoute, GetStaticPaths } from 'astro';
import { partyPaths } from '../../astro/paths.ts';
import { getRegister } from '../../astro/register.ts';
import { protocolsOfParty } from '../../lib/model/register.ts';
import { atomFeed } from '../../lib/exports/feeds.ts';
import { routes } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => partyPaths();

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  const id = params.slug!;
  const name = register.parties.get(id)?.shortName ?? id;
  const feed = atomFeed(register, site!.href, { title: `Protocollenregister: protocollen van ${name}`, path: routes.partyFeed(id), protocols: protocolsOfParty(register, id) });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
