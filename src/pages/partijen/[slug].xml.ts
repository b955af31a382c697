import type { APIRoute, GetStaticPaths } from 'astro';
import { partyIdPaths } from '../../astro/paths.ts';
import { getRegister } from '../../astro/register.ts';
import { partyName, protocolsOfParty } from '../../lib/model/register.ts';
import { atomFeed } from '../../lib/exports/feeds.ts';
import { routes } from '../../lib/site/routes.ts';

export const getStaticPaths: GetStaticPaths = () => partyIdPaths();

export const GET: APIRoute = async ({ props, site }) => {
  const register = await getRegister();
  const { id } = props as { id: string };
  const name = partyName(register, id);
  const feed = atomFeed(register, site!.href, { title: `Protocollenregister: protocollen van ${name}`, path: routes.partyFeed(id), protocols: protocolsOfParty(register, id) });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
