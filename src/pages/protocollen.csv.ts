import type { APIRoute } from 'astro';
import { getRegister } from '../astro/register.ts';
import { protocolsCsv } from '../lib/exports/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  return new Response(protocolsCsv(register, site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
