// The published JSON Schemas of the exports, generated from the zod schemas of the records.
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemas, type schemaPaths } from '../../../lib/exports/records.ts';

const names = { protocollen: 'protocols', partij: 'party' } as const satisfies Record<string, keyof typeof schemaPaths>;

export const getStaticPaths: GetStaticPaths = () => Object.keys(names).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params, site }) => {
  const schema = jsonSchemas(site!.href)[names[params.name as keyof typeof names]];
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
