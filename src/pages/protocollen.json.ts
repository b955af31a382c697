import type { APIRoute } from 'astro';
import { getRegister } from '../utils/register.ts';
import { protocolRecord } from '../lib/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const register = await getRegister();
  const body = { generated: register.today, protocols: register.protocols.map((p) => protocolRecord(p, register, site!.href)) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
