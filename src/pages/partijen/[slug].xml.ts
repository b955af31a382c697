import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getRegister } from '../../utils/register.ts';
import { atomFeed } from '../../lib/exports.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('parties')).map((p) => ({ params: { slug: p.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const register = await getRegister();
  const id = params.slug!;
  const name = register.parties.get(id)?.shortName ?? id;
  return new Response(atomFeed(register, site!.href, { partyId: id, title: `Protocollenregister: protocollen van ${name}`, path: `/partijen/${id}.xml` }), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
