import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getRegister } from '../../utils/register.ts';
import { partyRecord, protocolRecord } from '../../lib/exports.ts';
import { relationsOfParty } from '../../lib/register.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('parties')).map((p) => ({ params: { slug: p.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  const id = params.slug!;
  const { sends, receives } = relationsOfParty(register, id);
  const body = {
    generated: register.today,
    party: partyRecord(id, register, site!.href),
    sends: sends.map((r) => ({ to: r.counterparts, dataCategories: r.categories, protocol: protocolRecord(r.protocol, register, site!.href) })),
    receives: receives.map((r) => ({ from: r.counterparts, dataCategories: r.categories, protocol: protocolRecord(r.protocol, register, site!.href) })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
