/**
 * The site's settings, read and validated in one place: `site.config.json` at the root of the
 * repository, overridden by environment variables. A malformed value stops the build with a
 * message that says which setting and how to fix it, instead of silently falling back.
 *
 * - SITE_URL / siteUrl: the published address (https://…). Without it the build uses
 *   http://localhost:4321, so nothing pretends to be production.
 * - REPORT_ERRORS_TO / reportErrorsTo: where "Meld een fout" goes: mailto:address or the
 *   https:// address of an issue tracker.
 * - CONTACT_EMAIL / contactEmail: the register's contact address in the open-data catalogue
 *   (DCAT contactPoint); default the address of reportErrorsTo when that is a mailto: address.
 * - PUBLISHER_URI / publisher.uri and PUBLISHER_NAME / publisher.name: the organisation that
 *   publishes the register, as an IRI (its OVO URI) and a name, for the catalogue.
 * - BUILD_DATE: the day statuses are computed for (YYYY-MM-DD); default today in Brussels.
 * - REGISTER_CONTENT_DIR: the content folder; default content/ (relative to the folder a command
 *   runs from: the root of the repository). OUT_DIR: the build's output; default dist/.
 * - REGISTER_PRODUCTION=1 (set by `npm run build -- --production`): the official publication;
 *   without it every page carries the banner "Testversie" and noindex.
 *
 * This is the only module that reads `process.env`. Besides the settings above it reads what
 * the build hands to its Astro step and what tests and benchmarks set (`buildHandover`,
 * `pageSelectionSettings`, `graphSettings`, `bodyCacheDir`, `benchSettings`, ...). An empty variable counts as
 * unset. Scripts set variables for the processes they start (`childEnvironment`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { todayInBelgium } from '../format.ts';

export const siteName = 'Protocollenregister';
export const localSiteUrl = 'http://localhost:4321/';

export class ConfigError extends Error {}

export interface SiteConfig {
  siteUrl?: string | null;
  reportErrorsTo?: string | null;
  contactEmail?: string | null;
  publisher?: { uri?: string | null; name?: string | null } | null;
}

export function configFile(): SiteConfig {
  // Every command runs from the root of the repository (npm scripts, the build, Astro).
  const file = resolve(process.cwd(), 'site.config.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SiteConfig;
  } catch (error) {
    throw new ConfigError(`site.config.json kan niet gelezen worden (${error instanceof Error ? error.message : String(error)}); schrijf geldige JSON.`);
  }
}

/** The published address, with a trailing slash. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = configFile()): string {
  const value = env.SITE_URL || config.siteUrl;
  if (!value) return localSiteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`SITE_URL "${value}" is geen volledig webadres; schrijf bv. https://protocollen.vlaanderen.be`);
  }
  if (!['https:', 'http:'].includes(url.protocol) || url.search || url.hash) {
    throw new ConfigError(`SITE_URL "${value}" moet een http(s)-adres zijn zonder ? of #; schrijf bv. https://protocollen.vlaanderen.be`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Where "Meld een fout" sends the reader: a mailto: address or an issue tracker's https address. */
export function reportErrorsTo(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = configFile()): string {
  const value = env.REPORT_ERRORS_TO || config.reportErrorsTo;
  if (!value) throw new ConfigError('reportErrorsTo ontbreekt in site.config.json; schrijf een mailto:-adres of het https-adres van een issue-tracker');
  if (!/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) && !/^https:\/\/[^\s]+$/.test(value)) {
    throw new ConfigError(`REPORT_ERRORS_TO "${value}" moet een mailto:-adres of een https-adres zijn`);
  }
  return value;
}

/**
 * A link that opens a pre-filled message about one page: an e-mail with subject and body, or a
 * new issue with title and body (the parameters GitHub and GitLab understand).
 */
export function reportErrorHref(pageUrl: string, title: string, target: string = reportErrorsTo()): string {
  const subject = `Fout op ${title}`;
  const body = `Pagina: ${pageUrl}\n\nWat is er fout, en wat zou er moeten staan?\n\n`;
  if (target.startsWith('mailto:')) return `${target}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const url = new URL(target);
  url.searchParams.set('title', subject);
  url.searchParams.set('body', body);
  return url.href;
}

/** The environment, for settings passed around explicitly (production.ts) and for child processes. */
export function environment(): NodeJS.ProcessEnv {
  return process.env;
}

/** The environment of a process a script starts: this one's, with `overrides` set. */
export function childEnvironment(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** The one default content folder. */
export const defaultContentDir = 'content';

/**
 * The content folder, as an absolute path: `folder` when a command names one (an argument),
 * else REGISTER_CONTENT_DIR, else content/ in the folder the command runs from (the root of
 * the repository for every npm script, the build and Astro).
 */
export function contentDir(folder?: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(folder || env.REGISTER_CONTENT_DIR || defaultContentDir);
}

/** The build's output folder: OUT_DIR, else dist/ in the root of the repository. */
export function outDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.OUT_DIR || 'dist');
}

/**
 * What `npm run build` hands to its Astro step (scripts/build.ts sets these): the check's result
 * (REGISTER_CONTENT_SNAPSHOT, a v8-serialised file) and the git history (REGISTER_HISTORY, JSON).
 * Unset (astro dev, astro check), Astro's glue reads and checks the content itself.
 */
export function buildHandover(env: NodeJS.ProcessEnv = process.env): { contentSnapshot?: string; historyFile?: string } {
  return { contentSnapshot: env.REGISTER_CONTENT_SNAPSHOT || undefined, historyFile: env.REGISTER_HISTORY || undefined };
}

/** Astro's cache folder: ASTRO_CACHE_DIR (scripts/build.ts keeps one per content folder, output and schema), else Astro's default. */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ASTRO_CACHE_DIR || './node_modules/.astro';
}

/** The step at which the kill test (tests/e2e/publish.test.ts) stops a build: REGISTER_BUILD_PAUSE_AT. */
export function buildPauseAt(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.REGISTER_BUILD_PAUSE_AT || undefined;
}

/**
 * Which per-record pages a build renders (src/astro/selection.ts): REGISTER_ONLY, the JSON file
 * of a preview's changed records (npm run preview:changed), and REGISTER_SHARD=i/N (`npm run
 * build -- --shard i/N`) as [i, N], undefined when unset or malformed.
 */
export function pageSelectionSettings(env: NodeJS.ProcessEnv = process.env): { onlyFile?: string; shard?: [number, number] } {
  const match = /^(\d+)\/(\d+)$/.exec(env.REGISTER_SHARD ?? '');
  const [i, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  return { onlyFile: env.REGISTER_ONLY || undefined, shard: match && i >= 1 && i <= n ? [i, n] : undefined };
}

/** REGISTER_GRAPH=off skips every drawing (the tables are still built); GRAPH_LAYOUT_CACHE: the layout cache's folder. */
export function graphSettings(env: NodeJS.ProcessEnv = process.env): { enabled: boolean; layoutCacheDir: string } {
  return { enabled: env.REGISTER_GRAPH !== 'off', layoutCacheDir: env.GRAPH_LAYOUT_CACHE || resolve('.cache', 'graph-layout') };
}

/**
 * The cache of checked and rendered bodies (src/lib/content/body-cache.node.ts): BODY_CACHE_DIR,
 * else node_modules/.cache/protocollenregister/bodies in the folder the command runs from (the root
 * of the repository), outside anything git tracks; BODY_CACHE_DIR=off builds without it.
 */
export function bodyCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BODY_CACHE_DIR === 'off') return undefined;
  return resolve(env.BODY_CACHE_DIR || join('node_modules', '.cache', 'protocollenregister', 'bodies'));
}

/**
 * The cache of parsed YAML, by the sha256 of its text (src/lib/content/yaml-cache.node.ts), for
 * the check and the history: YAML_CACHE_DIR, else node_modules/.cache/protocollenregister/yaml;
 * YAML_CACHE_DIR=off parses every text.
 */
export function yamlCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.YAML_CACHE_DIR === 'off') return undefined;
  return resolve(env.YAML_CACHE_DIR || join('node_modules', '.cache', 'protocollenregister', 'yaml'));
}

/** ASTRO_NODE_FLAGS: V8 flags for the build's Astro step (e.g. --max-old-space-size=3072), to measure memory and speed. */
export function astroNodeFlags(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.ASTRO_NODE_FLAGS ?? '').split(/\s+/).filter((flag) => flag.startsWith('--'));
}

/** PAGE_CACHE=off builds without Astro's incremental build (astro.config.mjs), to measure what it gives. */
export function pageCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PAGE_CACHE !== 'off';
}

/**
 * The search index (scripts/search-index.ts). SEARCH_SLICE_PAGES: at most this many pages per
 * slice of the index, each indexed by its own Pagefind process (memory stays that of one slice)
 * and cached on its own; default 0, one index of everything. Slices cost search quality: a slice
 * without a searched word answers with near matches (Pagefind's fallback to a shorter prefix), so
 * a rare word also finds pages that merely share its start. SEARCH_CACHE_DIR: the cache of index
 * slices, else node_modules/.cache/protocollenregister/search; SEARCH_CACHE_DIR=off indexes without it.
 */
export function searchIndexSettings(env: NodeJS.ProcessEnv = process.env): { cacheDir?: string; slicePages: number } {
  const slicePages = Number(env.SEARCH_SLICE_PAGES || 0);
  if (!Number.isInteger(slicePages) || slicePages < 0)
    throw new ConfigError(`SEARCH_SLICE_PAGES "${env.SEARCH_SLICE_PAGES}" is geen aantal pagina's; laat het weg voor één index van alles`);
  const slices = slicePages || Number.POSITIVE_INFINITY;
  if (env.SEARCH_CACHE_DIR === 'off') return { slicePages: slices };
  return { cacheDir: resolve(env.SEARCH_CACHE_DIR || join('node_modules', '.cache', 'protocollenregister', 'search')), slicePages: slices };
}

/** The benchmarks' knobs (npm run bench:search, bench:graph): corpus size, whether to build again, how often. */
export function benchSettings(env: NodeJS.ProcessEnv = process.env): { protocols: number; parties: number; skipBuild: boolean; rebuild: boolean; buildRuns: number } {
  return {
    protocols: Number(env.BENCH_PROTOCOLS || 2000),
    parties: Number(env.BENCH_PARTIES || 300),
    skipBuild: env.BENCH_SKIP_BUILD === '1',
    rebuild: env.BENCH_REBUILD === '1',
    buildRuns: Number(env.BENCH_BUILD_RUNS || 2),
  };
}

/** The date the site is built for (YYYY-MM-DD). BUILD_DATE overrides it; a malformed value stops the build. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env.BUILD_DATE;
  if (!fixed) return todayInBelgium();
  const parsed = new Date(`${fixed}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== fixed) {
    throw new ConfigError(`BUILD_DATE "${fixed}" is geen datum in de vorm JJJJ-MM-DD (bv. 2026-11-22); laat BUILD_DATE weg voor de datum van vandaag`);
  }
  return fixed;
}

/**
 * Every setting a rendered page can show besides its view: the layout's date, address, banner and
 * "Meld een fout" target, the catalogue's contact and publisher, whether drawings are made. Part
 * of each page's cache key (src/astro/cache-key.ts), so a page built with other settings is never
 * reused.
 */
export function renderSettings(env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  return {
    siteUrl: siteUrl(env),
    reportErrorsTo: reportErrorsTo(env),
    buildDate: buildDate(env),
    production: isProduction(env),
    contactEmail: contactEmail(env),
    publisher: publisher(env),
    graphs: graphSettings(env).enabled,
  };
}

/** True for the official publication (`npm run build -- --production`); false for every other build. */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REGISTER_PRODUCTION === '1';
}

/** The register's contact e-mail address (without mailto:), or undefined when none is set. */
export function contactEmail(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = configFile()): string | undefined {
  const explicit = env.CONTACT_EMAIL || config.contactEmail;
  const value = explicit || (reportErrorsTo(env, config).startsWith('mailto:') ? reportErrorsTo(env, config).slice('mailto:'.length) : undefined);
  if (!value) return undefined;
  if (!/^[^@\s:]+@[^@\s]+\.[a-z]{2,}$/i.test(value))
    throw new ConfigError(`CONTACT_EMAIL "${value}" is geen e-mailadres; schrijf bv. redactie@organisatie.vlaanderen (zonder mailto:)`);
  return value;
}

/**
 * The organisation that publishes the register: an IRI (best its OVO URI in the Flemish
 * organisation register) and a name. Without a setting the IRI is a local one under the site
 * address, which a production build refuses.
 */
export function publisher(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = configFile()): { uri: string; name: string; configured: boolean } {
  const uri = env.PUBLISHER_URI || config.publisher?.uri;
  const name = env.PUBLISHER_NAME || config.publisher?.name || siteName;
  if (!uri) return { uri: new URL('/over/#uitgever', siteUrl(env, config)).href, name, configured: false };
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new ConfigError(`PUBLISHER_URI "${uri}" is geen IRI; schrijf de OVO-URI van de organisatie, bv. https://data.vlaanderen.be/id/organisatie/OVO000000`);
  }
  if (!['https:', 'http:'].includes(parsed.protocol))
    throw new ConfigError(`PUBLISHER_URI "${uri}" moet een http(s)-IRI zijn, bv. https://data.vlaanderen.be/id/organisatie/OVO000000`);
  return { uri: parsed.href, name, configured: true };
}
