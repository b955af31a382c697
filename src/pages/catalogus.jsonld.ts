import type { APIRoute } from 'astro';
import { getRegister } from '../astro/register.ts';
import { dcatCatalog } from '../lib/exports/catalog.ts';
import { contactEmail, publisher } from '../lib/site/config.node.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  const catalog = dcatCatalog(register, site!.href, { publisher: publisher(), contactEmail: contactEmail() });
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
