// npm run bench:search [-- --protocols 20000 --parties 300]: Pagefind index size, bytes for a first
// query and keystroke-to-results time in Chromium, on the synthetic corpus (default 2000 protocols,
// 300 parties, or BENCH_PROTOCOLS / BENCH_PARTIES). Prints figures.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, ensureCorpus, folderSize, kb, mb, median, percentile, root } from './bench-common.ts';
import { serveStatic } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { benchSettings } from '../src/lib/site/config.node.ts';

const settings = benchSettings();
const { values } = parseArgs({ options: { protocols: { type: 'string' }, parties: { type: 'string' } } });
const protocols = values.protocols ? Number(values.protocols) : settings.protocols;
const parties = values.parties ? Number(values.parties) : settings.parties;
if (!Number.isInteger(protocols) || protocols < 1 || !Number.isInteger(parties) || parties < 1) throw new Error('--protocols en --parties verwachten een aantal');
const corpus = ensureCorpus(protocols, parties);
// One site per corpus: a site built from another corpus is never measured as this one.
const site = resolve(root, `.build-tmp/bench-search-${protocols}-${parties}`);
if (!existsSync(join(site, 'pagefind')) || settings.rebuild) {
  console.log(`Bouwen: ${buildSite(corpus, site).toFixed(1)} s`);
}
const index = folderSize(join(site, 'pagefind'));
console.log(`Pagefind-index: ${mb(index.bytes)} in ${index.files} bestanden; ${kb(index.bytes / protocols)} per protocol`);

const server = await serveStatic(site);
const browser = await launchBrowser();
try {
  // Bytes for a first query: a fresh browser context, the search page loaded, then one query.
  const context = await browser.newContext();
  const page = await context.newPage();
  let pagefindBytes = 0;
  const sizes: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/'))
      sizes.push(
        response
          .body()
          .then((b) => {
            pagefindBytes += b.length;
          })
          .catch(() => {}),
      );
  });
  // A wait gives up only after 120 s, as in the browser tests (a large index is slow to load, not broken).
  const wait = { timeout: 120_000 };
  const loading = performance.now();
  await page.goto(`${server.url}/zoeken/`);
  // The script is ready when it shows its results heading (made by the script, shown after Pagefind's
  // init and filters). The filters themselves stay hidden until a search finds something.
  await page.waitForFunction(() => document.getElementById('search-status')?.hidden === false, undefined, wait);
  await page.waitForLoadState('networkidle', wait);
  console.log(`Zoekpagina klaar (Pagefind geladen; de filters laden pas als ze geopend worden) in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
  await Promise.all(sizes);
  const atInit = pagefindBytes;
  await page.locator('#q').fill('diploma');
  await page.waitForFunction(() => /resultaten|resultaat|Geen/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, wait);
  await page.waitForLoadState('networkidle', wait);
  await Promise.all(sizes);
  console.log(
    `Eerste zoekopdracht ("diploma"), zonder compressie: ${kb(pagefindBytes)} aan Pagefind-bestanden in totaal (${kb(atInit)} bij het laden van de zoekpagina: pagefind.js, worker, wasm, metagegevens; ${kb(pagefindBytes - atInit)} voor de zoekopdracht zelf: indexdelen en fragmenten)`,
  );

  // Keystroke to results: the last key of a query typed into the box, until the status updates.
  const queries = [
    'diploma',
    'insz',
    'vdab',
    'kinderopvang',
    'woonpremies',
    'studietoelagen',
    'gezondheid',
    'adres',
    'werkzoekende',
    'inburgering',
    'subsidie',
    'kadaster',
    'energie',
    'vergunning',
    'opleiding',
    'naam',
    'geboortedatum',
    'sport',
    'toerisme',
    'belastingen',
    'water',
    'erfgoed',
  ];
  const times: number[] = [];
  let timedOut = 0;
  for (const query of queries) {
    // The query without its last letter, until the page shows its results (the status names it).
    const partial = query.slice(0, -1);
    await page.locator('#q').fill(partial);
    await page.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`), partial, wait);
    // Then the last key, timed until the status names the whole query (at most 30 s: counted apart).
    const ms = await page.evaluate(async (whole) => {
      const status = document.getElementById('search-status')!;
      const input = document.getElementById('q') as HTMLInputElement;
      return new Promise<number>((resolveTime) => {
        const start = performance.now();
        const done = (value: number) => {
          observer.disconnect();
          clearTimeout(timer);
          resolveTime(value);
        };
        const observer = new MutationObserver(() => {
          if ((status.textContent ?? '').includes(`“${whole}”`)) done(performance.now() - start);
        });
        const timer = setTimeout(() => done(-1), 30_000);
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = whole;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, query);
    if (ms < 0) timedOut++;
    else times.push(ms);
  }
  // The search page has no debounce: this is the whole wait a reader has after the last key.
  console.log(
    `Toetsaanslag tot resultaten (${times.length} zoekopdrachten${timedOut ? `, ${timedOut} zonder resultaat na 30 s` : ''}, geen wachttijd na de laatste toets): mediaan ${median(times).toFixed(0)} ms, p90 ${percentile(times, 0.9).toFixed(0)} ms (doel: mediaan ≤ 100 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}
