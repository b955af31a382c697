// npm run build: validate all content, build the site with Astro, index it with Pagefind,
// and only then publish it to dist/ (or OUT_DIR). On any error nothing is published: the
// previous dist/ stays as it was and no half-built output is left behind.
//
// Environment (read in src/lib/site/config.node.ts): REGISTER_CONTENT_DIR (content folder, default
// content/), OUT_DIR (default dist/), BUILD_DATE (YYYY-MM-DD, the day statuses are computed for; default today).
// `--production` (every deploy): refuses placeholder settings and any built file naming localhost
// (src/lib/site/production.node.ts); without it the pages say "Testversie" and are noindex.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dirname, resolve } from 'node:path';
import { checkContent } from './check-content.ts';
import { indexSite, sliceLinks } from './search-index.ts';
import { contentSnapshot } from '../src/astro/content-loader.ts';
import { loadHistory } from '../src/lib/repository/load.node.ts';
import {
  astroNodeFlags,
  buildDate,
  buildPauseAt,
  childEnvironment,
  ConfigError,
  contentDir as contentFolder,
  environment,
  outDir as outFolder,
  pageSelectionSettings,
  reportErrorsTo,
  siteUrl,
} from '../src/lib/site/config.node.ts';
import { headersFile, siteSources } from '../src/lib/site/security.node.ts';
import { astroCacheFor, openPageCache, sealPageCache } from '../src/lib/site/page-cache.node.ts';
import { filesWithLocalhost, productionProblems, readCodeowners, testVersionRobotsTxt } from '../src/lib/site/production.node.ts';
import { compareLedger, droppedMessage, ledgerFileName, parseLedger, redirectedUrls } from '../src/lib/repository/url-ledger.ts';
import { abandonPending, acquireLock, buildPaths, checkOutDir, PublishError, publishSite, removeLeftovers } from './publish.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentFolder();
const outDir = outFolder(root);
const tmpDir = `${outDir}.tmp-${process.pid}`;
const production = process.argv.includes('--production');
// `--shard i/N`: render slice i of N of the per-record pages, with its own search index
// (src/astro/selection.ts); scripts/merge-shards.ts puts the N outputs together.
const shardAt = process.argv.indexOf('--shard');
const shard = shardAt >= 0 ? (process.argv[shardAt + 1] ?? '') : '';
if (shard && !/^([1-9]\d*)\/([1-9]\d*)$/.test(shard)) {
  console.error(`--shard verwacht i/N, bv. --shard 1/2 (niet "${shard}").`);
  process.exit(2);
}

const paths = buildPaths(outDir);

function removeTemporary(): void {
  rmSync(tmpDir, { recursive: true, force: true });
  rmSync(`${tmpDir}.content.bin`, { force: true });
  rmSync(`${tmpDir}.history.json`, { force: true });
  rmSync(sliceLinks(tmpDir), { recursive: true, force: true });
}

/** The kill test (tests/e2e/publish.test.ts) stops the build at a named step and kills it there. */
async function pause(step: string): Promise<void> {
  if (buildPauseAt() !== step) return;
  console.log(`[pauze: ${step}]`);
  await new Promise(() => setInterval(() => {}, 60_000));
}

// Interrupted (Ctrl-C, a stopped CI job): the previous site stays, nothing temporary is left.
let astroChild: ReturnType<typeof spawn> | undefined;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    // A second signal while cleaning up must not cut the clean-up short.
    if (interrupted) return;
    interrupted = true;
    astroChild?.kill('SIGKILL');
    removeTemporary();
    abandonPending();
    console.error(`\nBouwen onderbroken (${signal}). Er is niets gepubliceerd; ${existsSync(outDir) ? `${outDir} is ongewijzigd` : `${outDir} is niet aangemaakt`}.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });

/**
 * Collects garbage now and gives the memory back: the build waits for Astro, and an idle process
 * would keep what it no longer uses, counted in the build's peak memory. A plain gc() frees the
 * objects but V8 keeps their pages until its memory reducer runs 8 s later, while Astro loads
 * (at 20,000 protocols 2.2 GB of the build beside Astro's first 2.6 GB). A last-resort collection
 * returns the pages; the second, after one turn of the event loop, the buffers whose finalizers
 * ran in between (at 5,000 protocols 0.75 GB to 0.13 GB).
 */
async function releaseMemory(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  await new Promise((next) => setImmediate(next));
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

function fail(message: string): never {
  removeTemporary();
  console.error(`\nBouwen mislukt: ${message}\nEr is niets gepubliceerd; ${existsSync(outDir) ? `${outDir} is ongewijzigd` : `${outDir} is niet aangemaakt`}.`);
  process.exit(1);
}

const started = performance.now();
// One build per output at a time, on an output it can replace atomically (scripts/publish.ts).
try {
  checkOutDir(paths);
  acquireLock(paths);
  const removed = removeLeftovers(paths);
  if (removed.length > 0) console.log(`Resten van een onderbroken build verwijderd: ${removed.join(', ')}.`);
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  console.error(`\nBouwen mislukt: ${error.message}.`);
  process.exit(1);
}
// Settings first: a malformed SITE_URL, BUILD_DATE or reportErrorsTo stops here, with its fix.
try {
  siteUrl();
  reportErrorsTo();
  buildDate();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(error.message);
}
if (production) {
  const problems = productionProblems({ env: environment(), codeowners: readCodeowners(root) });
  if (problems.length > 0) fail(`een productieversie weigert deze instellingen:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
// Every error, and the warnings of the first 20 files: `npm run check` lists them all.
let checked = await checkContent(contentDir, undefined, { warningFiles: 20 });
const checkSeconds = (performance.now() - started) / 1000;
if (!checked) fail('de inhoud bevat fouten (zie hierboven). Verbeter ze en bouw opnieuw.');
await pause('na-controle');
// Published URLs never disappear silently: every URL in the ledger must still be produced, or
// be led by a former slug to the page that replaces it.
const ledgerFile = resolve(contentDir, ledgerFileName);
if (existsSync(ledgerFile)) {
  const report = compareLedger(parseLedger(readFileSync(ledgerFile, 'utf8')), checked);
  if (report.dropped.length > 0) fail(`${report.dropped.length} gepubliceerde URL('s) zouden verdwijnen:\n${report.dropped.map((url) => `  - ${droppedMessage(url)}`).join('\n')}`);
  if (report.added.length > 0)
    console.log(
      `Let op: ${report.added.length} nieuwe URL('s) staan nog niet in ${ledgerFileName} (bv. ${report.added[0]}). Voer "npm run urls:update" uit en commit het bestand.`,
    );
} else {
  fail(`[U008] ${ledgerFileName} ontbreekt in ${contentDir}: zonder die lijst kunnen gepubliceerde URL's stil verdwijnen.`);
}

// The check parsed, validated and rendered every file; Astro's loaders take that result
// (src/astro/content-loader.ts) instead of reading the content a second time.
const snapshot = `${tmpDir}.content.bin`;
mkdirSync(dirname(snapshot), { recursive: true });
writeFileSync(snapshot, contentSnapshot(checked!));
// What the build needs of the check after Astro; then the check's result (2–3 GB at 20,000
// protocols) is let go while Astro, a process of its own, holds its own copy.
const redirects = redirectedUrls(checked!);
checked = undefined;
await releaseMemory();
// The register's own history of each protocol record, read from git once (none without git).
const historyFile = `${tmpDir}.history.json`;
const history = loadHistory(contentDir);
writeFileSync(historyFile, JSON.stringify(history));
if (!history.available) console.log(`Geen wijzigingsgeschiedenis: ${history.reason}. De site zegt dat op elke protocolpagina.`);
if (production && !history.available)
  fail(`een productieversie heeft de volledige git-geschiedenis nodig (${history.reason}); clone zonder --depth (actions/checkout: fetch-depth: 0).`);

const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
// Builds of one project share Astro's .astro/ folder: one Astro step at a time, whatever the output.
try {
  acquireLock(paths, resolve(root, '.astro-build.lock'), `van dit project (${root})`);
} catch (error) {
  if (!(error instanceof PublishError)) throw error;
  fail(error.message);
}
const astroCache = astroCacheFor(root, contentDir, outDir);
// Astro's incremental build copies unchanged pages from its cache: only a cache exactly as the last
// successful build sealed it is used (src/lib/site/page-cache.node.ts).
const pageCache = openPageCache(astroCache);
if (pageCache.state === 'discarded') console.log(`Paginacache verworpen (${pageCache.reason}): alle pagina's worden opnieuw gemaakt.`);
// Started asynchronously, so that an interruption is handled while Astro runs.
astroChild = spawn(process.execPath, [...astroNodeFlags(), astro, 'build', '--outDir', tmpDir], {
  cwd: root,
  stdio: 'inherit',
  env: childEnvironment({
    REGISTER_CONTENT_DIR: contentDir,
    REGISTER_CONTENT_SNAPSHOT: snapshot,
    REGISTER_HISTORY: historyFile,
    REGISTER_PRODUCTION: production ? '1' : '',
    REGISTER_SHARD: shard,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_CACHE_DIR: astroCache,
  }),
});
const astroStatus = await new Promise<number>((done) => astroChild!.once('close', (code) => done(code ?? 1)));
astroChild = undefined;
rmSync(snapshot, { force: true });
rmSync(historyFile, { force: true });
if (astroStatus !== 0) fail('Astro kon de site niet bouwen (zie de melding hierboven).');
sealPageCache(astroCache);
const astroSeconds = (performance.now() - started) / 1000 - checkSeconds;
await pause('na-astro');

try {
  // Pages every shard renders are indexed by the first shard only.
  const stats = await indexSite(tmpDir, { sharedPages: !shard || shard.startsWith('1/') });
  console.log(`Zoekindex: ${stats.pages} pagina's in ${stats.slices} ${stats.slices === 1 ? 'deel' : 'delen'}, ${stats.fromCache} uit de cache.`);
} catch (error) {
  fail(`de zoekindex kon niet gemaakt worden: ${error instanceof Error ? error.message : String(error)}`);
}

// A renamed party's old JSON, feed and embed addresses keep working on any static host: the
// files are copied to the old paths (its old page is a redirect page, see [...moved].astro).
for (const [from, to] of redirects) {
  // A preview (REGISTER_ONLY) or a shard builds some pages only: a redirect is copied when its page was built.
  if ((pageSelectionSettings().onlyFile || shard) && !existsSync(resolve(tmpDir, `.${to}${to.endsWith('/') ? 'index.html' : ''}`))) continue;
  if (from.endsWith('/')) {
    if (!from.startsWith('/embed/')) continue;
    mkdirSync(resolve(tmpDir, `.${from}`), { recursive: true });
    cpSync(resolve(tmpDir, `.${to}index.html`), resolve(tmpDir, `.${from}index.html`));
  } else {
    cpSync(resolve(tmpDir, `.${to}`), resolve(tmpDir, `.${from}`));
  }
}

// Security headers for static hosts that read _headers; the CSP itself is a <meta> on every page.
writeFileSync(resolve(tmpDir, '_headers'), headersFile(siteSources(tmpDir)));
if (!production) writeFileSync(resolve(tmpDir, 'robots.txt'), testVersionRobotsTxt);
if (production) {
  const local = filesWithLocalhost(tmpDir);
  if (local.length > 0)
    fail(
      `${local.length} gebouwd(e) bestand(en) noemen nog localhost, bv.:\n${local
        .slice(0, 10)
        .map((f) => `  - ${f.file}: …${f.excerpt}…`)
        .join('\n')}\nZet SITE_URL op het publieke adres en zoek waar het adres vandaan komt.`,
    );
}

await pause('na-zoekindex');
// The complete site replaces the previous one in one atomic step (scripts/publish.ts).
mkdirSync(dirname(outDir), { recursive: true });
try {
  await publishSite(paths, tmpDir, pause);
} catch (error) {
  fail(`de nieuwe site kon niet gepubliceerd worden: ${error instanceof Error ? error.message : String(error)}`);
}
const totalSeconds = (performance.now() - started) / 1000;
console.log(
  `Site gebouwd in ${outDir} (controle ${checkSeconds.toFixed(1)} s, Astro ${astroSeconds.toFixed(1)} s, zoekindex en afwerking ${(totalSeconds - checkSeconds - astroSeconds).toFixed(1)} s; totaal ${totalSeconds.toFixed(1)} s).`,
);
