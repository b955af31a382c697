// Search shortcuts (exact names, acronyms, former names, synonyms → their page) as a separate
// JSON file: content values never end up inside an inline script.
import type { APIRoute } from 'astro';
import { getRegister } from '../../astro/register.ts';
import { searchShortcuts } from '../../lib/search/search.ts';

export const GET: APIRoute = async () => {
  const register = await getRegister();
  return new Response(JSON.stringify(searchShortcuts(register)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
