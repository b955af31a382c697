import type { APIRoute, GetStaticPaths } from 'astro';
import { partyPaths } from '../../astro/paths.ts';
import { getRegister } from '../../astro/register.ts';
import { partyExport } from '../../lib/exports/records.ts';

export const getStaticPaths: GetStaticPaths = () => partyPaths();

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  return new Response(JSON.stringify(partyExport(register, params.slug!, site!.href), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
