import type { APIRoute, GetStaticPaths } from 'astro';
import { partyIdPaths } from '../../astro/paths.ts';
import { getRegister } from '../../astro/register.ts';
import { partyExport } from '../../lib/exports/records.ts';

export const getStaticPaths: GetStaticPaths = () => partyIdPaths();

export const GET: APIRoute = async ({ props, site }) => {
  const register = await getRegister();
  return new Response(JSON.stringify(partyExport(register, (props as { id: string }).id, site!.href), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
