import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getRegister } from '../../astro/register.ts';
import { partyExport } from '../../lib/exports/records.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('parties')).map((p) => ({ params: { slug: p.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  return new Response(JSON.stringify(partyExport(register, params.slug!, site!.href), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
