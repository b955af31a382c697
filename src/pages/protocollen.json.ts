import type { APIRoute } from 'astro';
import { getRegister } from '../astro/register.ts';
import { protocolsExport } from '../lib/exports/records.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  return new Response(JSON.stringify(protocolsExport(register, site!.href), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
