import type { APIRoute } from 'astro';
import { getRegister } from '../utils/register.ts';
import { atomFeed } from '../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  return new Response(atomFeed(register, site!.href, { title: 'Protocollenregister: nieuwe protocollen', path: '/feed.xml' }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
