import type { APIRoute } from 'astro';
import { getRegister } from '../astro/register.ts';
import { atomFeed } from '../lib/exports/feeds.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  const feed = atomFeed(register, site!.href, { title: 'Protocollenregister: nieuwe en gewijzigde protocollen', path: routes.feed(), protocols: register.protocols });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
