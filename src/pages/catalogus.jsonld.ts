import type { APIRoute } from 'astro';
import { getRegister } from '../astro/register.ts';
import { dcatCatalog } from '../lib/exports/catalog.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  return new Response(JSON.stringify(dcatCatalog(register, site!.href), null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
