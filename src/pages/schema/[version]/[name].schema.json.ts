// The published JSON Schemas of the exports, generated from the zod schemas of the records:
// every version stays published (/schema/v1/, /schema/v2/, …); see docs/export-schema-changelog.md.
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportVersions, jsonSchemas, type ExportVersion, type schemaPaths } from '../../../lib/exports/records.ts';

const names = { protocollen: 'protocols', partij: 'party' } as const satisfies Record<string, keyof typeof schemaPaths>;

export const getStaticPaths: GetStaticPaths = () => exportVersions.flatMap((version) => Object.keys(names).map((name) => ({ params: { version, name } })));

export const GET: APIRoute = ({ params, site }) => {
  const schema = jsonSchemas(site!.href, params.version as ExportVersion)[names[params.name as keyof typeof names]];
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
