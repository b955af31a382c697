/**
 * Stable URLs: when a party or protocol gets a new slug (a renamed agency, a corrected file
 * name), its old slug goes into `formerSlugs`. The old URL then stays a page that sends the
 * reader on to the current one, so links in privacy statements never break.
 */
import type { Issue, RuleCode } from './issue.ts';
import { routeParams, routes } from '../site/routes.ts';

export interface SluggedEntry {
  id: string;
  file: string;
  data: { formerSlugs: string[] };
}

export interface MovedPage {
  section: Section;
  /** Current slug. */
  id: string;
  /** Path of the old page, e.g. `partijen/wvg` (no leading or trailing slash). */
  path: string;
  /** Where it lives now, e.g. `/partijen/departement-zorg/`. */
  to: string;
}

/** The page of a party or protocol, by slug (src/lib/site/routes.ts). */
export const pageOf = { parties: routes.party, protocols: routes.protocol } as const;
export type Section = keyof typeof pageOf;

/** The old pages of one collection. */
export function movedPages(section: Section, entries: Pick<SluggedEntry, 'id' | 'data'>[]): MovedPage[] {
  const page = pageOf[section];
  return entries.flatMap((entry) => entry.data.formerSlugs.map((former) => ({ section, id: entry.id, path: routeParams.moved(page(former)), to: page(entry.id) })));
}

/** Former slug → current slug. */
export function formerSlugMap(entries: Pick<SluggedEntry, 'id' | 'data'>[]): Map<string, string> {
  return new Map(entries.flatMap((entry) => entry.data.formerSlugs.map((former) => [former, entry.id] as const)));
}

/** Slugs that name a section of the site (/protocollen/status/, /protocollen/partij/), never a page. */
export const reservedSlugs: Record<string, readonly string[]> = { 'content/protocols': ['status', 'partij', 'index'], 'content/parties': ['index'] };

/**
 * A former slug may not be the slug of another entry (the URL would serve two pages) and may
 * be claimed by one entry only.
 */
export function formerSlugIssues(folder: string, entries: SluggedEntry[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const claimedBy = new Map<string, string>();
  const reserved = new Set(reservedSlugs[folder] ?? []);
  for (const entry of entries) {
    if (reserved.has(entry.id))
      issues.push({
        code: 'U001',
        level: 'error',
        file: entry.file,
        field: '',
        message: `"${entry.id}" is de naam van een onderdeel van de site, niet van een pagina`,
        fix: 'hernoem het bestand',
      });
    entry.data.formerSlugs.forEach((former, i) => {
      const field = `formerSlugs[${i}]`;
      const error = (code: RuleCode, message: string, fix: string) => issues.push({ code, level: 'error', file: entry.file, field, message, fix });
      if (reserved.has(former))
        error('U002', `"${former}" is de naam van een onderdeel van de site (een sectie-URL), geen vroegere pagina`, `laat "${former}" weg uit formerSlugs`);
      else if (former === entry.id) error('U003', `"${former}" is de huidige slug van dit bestand`, 'laat het weg: alleen vroegere slugs horen in formerSlugs');
      else if (ids.has(former))
        error(
          'U004',
          `"${former}" is de slug van ${folder}/${former}: die URL kan niet naar twee pagina's leiden`,
          `laat "${former}" weg uit formerSlugs, of geef ${folder}/${former} een andere naam`,
        );
      else if (claimedBy.has(former))
        error('U005', `"${former}" staat ook in formerSlugs van ${claimedBy.get(former)}`, 'een oude URL kan maar naar één pagina doorverwijzen: laat haar bij één van beide weg');
      else claimedBy.set(former, entry.file);
    });
  }
  return issues;
}
