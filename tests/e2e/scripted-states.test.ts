// The states that scripts build, which the every-page test (static HTML as loaded) does not see:
// search results for awkward queries, the opened filter panel, the graph after its zoom buttons,
// the embed. Each is checked at 320, 390 and 1280 px for overflow (WCAG 1.4.10) and axe, and
// the search page's layout shift is measured in Chromium while the script replaces the list
// for readers without JavaScript by the results.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './fixture.ts';
import { testSiteDir } from '../support/site.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { describeNu, nuErrorsInHtml } from '../support/vnu.ts';
import { parse as parseYaml } from 'yaml';
import { fixtureContentDir } from '../support/site.ts';

const site = useSite();
const widths = [320, 390, 1280];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Long words, KBO numbers, a URL, an e-mail address, nothing found, a typo, a word in another form. */
const queries = ['KBO', 'ondernemingsnummer', 'diploma', '0887.010.362', 'https://www.vdab.be', 'privacy@vdab.be', 'xqzzyvvw', 'inburgring', 'studietoelage', 'klacht indienen'];

async function searched(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
}

async function problems(page: Page, width: number, label: string): Promise<string[]> {
  const found: string[] = [];
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > width) found.push(`${label} at ${width} px: ${scrollWidth} px wide`);
  const violations = await axeViolations(page, tags);
  if (violations.length) found.push(`${label} at ${width} px: ${describeViolations(violations)}`);
  return found;
}

describe('states built by scripts', () => {
  for (const width of widths) {
    it(`search results fit the screen and pass axe at ${width} px`, async () => {
      const { page } = await site.open('/zoeken/');
      await page.setViewportSize({ width, height: 800 });
      const found: string[] = [];
      for (const query of queries) {
        await page.goto(new URL(`/zoeken/?q=${encodeURIComponent(query)}`, site.url).href);
        await searched(page);
        found.push(...(await problems(page, width, `"${query}"`)));
      }
      // "Meer resultaten tonen" pressed: twenty cards, focus on the eleventh.
      await page.goto(new URL('/zoeken/?q=gegevens', site.url).href);
      await searched(page);
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
      expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
      found.push(...(await problems(page, width, 'more results')));
      // The filter panel opened (closed by default on every screen), with a filter chosen.
      await page.goto(new URL('/zoeken/?q=VDAB', site.url).href);
      await searched(page);
      await page.evaluate(() => {
        (document.getElementById('search-filters') as HTMLDetailsElement).open = true;
      });
      await page.getByRole('checkbox', { name: 'Van kracht', exact: true }).check();
      await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^2 resultaten/);
      found.push(...(await problems(page, width, 'filter panel')));
      expect(found).toEqual([]);
      await page.context().close();
    }, 180_000);

    it(`the graph after each zoom button, and the embed, fit and pass axe at ${width} px`, async () => {
      const { page } = await site.open('/graaf/');
      await page.setViewportSize({ width, height: 800 });
      const found: string[] = [];
      for (const button of ['Groter', 'Groter', 'Kleiner', 'Kleiner', 'Kleiner', 'Passend']) {
        await page.getByRole('button', { name: button }).first().click();
        found.push(...(await problems(page, width, `graph after "${button}"`)));
        // Labels are 13 px in the drawing's units; shown never below 12 px, however it is zoomed.
        const label = await page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('svg[data-graph]')!;
          return (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 13;
        });
        if (label < 12) found.push(`graph after "${button}" at ${width} px: labels ${label.toFixed(1)} px`);
      }
      await page.goto(new URL('/embed/partijen/vdab/', site.url).href);
      found.push(...(await problems(page, width, 'embed')));
      expect(found).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  for (const width of [390, 1280]) {
    for (const query of ['diploma', 'xqzzyvvw', 'inburgring']) {
      it(`the search page for "${query}" shifts its layout by less than 0.1 (CLS) at ${width} px`, async () => {
        const context = await site.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 }, locale: 'nl-BE' });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { cls: number };
          w.cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(new URL(`/zoeken/?q=${query}`, site.url).href);
        await searched(page);
        // Two frames after the results: every shift they cause has been reported.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
        expect(cls).toBeLessThan(0.1);
        await context.close();
      });
    }
  }

  it('the iframe code is high enough for the whole embed at 320 and 390 px, for every party, and each item says whom it concerns', async () => {
    // Every party page (an old address of a renamed party only sends the reader on).
    const parties = readdirSync(join(testSiteDir, 'partijen')).filter((name) => {
      const file = join(testSiteDir, 'partijen', name, 'index.html');
      return existsSync(file) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
    });
    expect(parties.length).toBeGreaterThan(5);
    const { page } = await site.open('/');
    const cut: string[] = [];
    const unsaid: string[] = [];
    for (const party of parties) {
      await page.goto(new URL(`/partijen/${party}/`, site.url).href);
      const code = (await page.locator('pre.snippet').nth(1).textContent()) ?? '';
      const height = Number(/height="(\d+)"/.exec(code)?.[1]);
      expect(height, code).toBeGreaterThan(100);
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height });
        await page.goto(new URL(`/embed/partijen/${party}/`, site.url).href);
        const needed = await page.evaluate(() => document.documentElement.scrollHeight);
        if (needed > height) cut.push(`${party} at ${width} px: needs ${needed} px, the code gives ${height}`);
      }
      // Every item names the people its protocol concerns, in the words of the protocol page.
      const items = await page
        .locator('main li')
        .evaluateAll((lis) => lis.map((li) => ({ about: li.querySelector('.about')?.textContent?.trim() ?? '', href: li.querySelector('a')?.getAttribute('href') ?? '' })));
      for (const { about, href } of items) {
        const protocol = readFileSync(join(testSiteDir, new URL(href).pathname, 'index.html'), 'utf8');
        const html = /<dt>Over wie\?<\/dt>\s*<dd>([^<]*)<\/dd>/.exec(protocol)?.[1];
        const subjects = html
          ?.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        if (!subjects || about !== `Over wie: ${subjects}`) unsaid.push(`${party}: "${about}" for ${href} (protocol page: ${subjects})`);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    expect(cut).toEqual([]);
    expect(unsaid).toEqual([]);
    await page.context().close();
  });

  it('a protocol page has an "Op deze pagina" menu, and its full text is open without JavaScript, closed on a phone with it', async () => {
    const path = '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/';
    const isOpen = (page: Page) => page.locator('details.full-text').evaluate((d) => (d as HTMLDetailsElement).open);
    const noScript = await site.open(path, { javaScript: false });
    await noScript.page.setViewportSize({ width: 390, height: 844 });
    await expect(isOpen(noScript.page)).resolves.toBe(true);
    const menu = await noScript.page.locator('nav.on-this-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(menu).toEqual(expect.arrayContaining(['#in-het-kort', '#gegevens', '#looptijd', '#volledige-tekst']));
    for (const href of menu) expect(await noScript.page.locator(href!).count(), href!).toBe(1);
    await noScript.page.context().close();

    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE' });
    const phone = await context.newPage();
    await phone.goto(new URL(path, site.url).href);
    await expect.poll(() => isOpen(phone)).toBe(false);
    const before = await phone.evaluate(() => document.documentElement.scrollHeight);
    await phone.locator('details.full-text > summary').click();
    await expect.poll(() => isOpen(phone)).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(before + 2000);
    // A link into the text opens it.
    await phone.locator('details.full-text > summary').click();
    await phone
      .locator('.toc a')
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).click());
    await expect.poll(() => isOpen(phone)).toBe(true);
    await context.close();

    const { page: wide } = await site.open(path);
    await wide.setViewportSize({ width: 1280, height: 800 });
    await wide.reload();
    await expect(isOpen(wide)).resolves.toBe(true);
    await wide.context().close();
  });

  it('on a phone, every party an arrow of a party graph points to is on screen or listed beside it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE' });
    const page = await context.newPage();
    await page.goto(new URL('/partijen/vdab/', site.url).href);
    const offScreen = await page
      .locator('.party-graph svg[data-graph] a.node')
      .evaluateAll((nodes) => nodes.filter((n) => n.getBoundingClientRect().right > window.innerWidth).map((n) => n.querySelector('text')?.textContent?.trim() ?? ''));
    const listed = (await page.locator('.party-graph details[open] ul').textContent()) ?? '';
    for (const name of offScreen) expect(listed, name).toContain(name);
    expect(offScreen.length + (await page.locator('.party-graph details[open] li').count())).toBeGreaterThan(0);
    await context.close();
  });

  it('names every party in full, not by its abbreviation alone: cards, tables and the list of flows of a graph', async () => {
    const { page } = await site.open('/graaf/', { javaScript: false });
    await expect(page.locator('#tabel').textContent()).resolves.toContain('AgII (Agentschap Integratie en Inburgering)');
    await page.goto(new URL('/protocollen/', site.url).href);
    await expect(page.locator('.card-list').textContent()).resolves.toContain('WEWIS (Departement Werk, Economie, Wetenschap, Innovatie en Sociale Economie)');
    await page.goto(new URL('/gegevens/insz/', site.url).href);
    const table = (await page.locator('.table-wrap table').first().textContent()) ?? '';
    expect(table).toContain('AHOVOKS (Agentschap voor Hoger Onderwijs');
    expect(table).toContain('Medewerkers van organisaties die werk- en zorgtrajecten aanbieden');
    await page.context().close();
  });

  it('the lists with party filters name each party in full at its first mention, and fit and pass axe at 320 px', async () => {
    const parties = readdirSync(join(fixtureContentDir, 'parties'))
      .map((file) => parseYaml(readFileSync(join(fixtureContentDir, 'parties', file), 'utf8')) as { name: string; shortName: string })
      .filter((p) => p.shortName && p.shortName !== p.name);
    expect(parties.length).toBeGreaterThan(5);
    const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const { page } = await site.open('/');
    await page.setViewportSize({ width: 320, height: 800 });
    const found: string[] = [];
    for (const path of [
      '/protocollen/',
      '/protocollen/status/van-kracht/',
      '/protocollen/partij/agentschap-integratie-en-inburgering/',
      '/protocollen/partij/departement-wewis/',
    ]) {
      await page.goto(new URL(path, site.url).href);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      const filters = (await page.locator('nav[aria-labelledby="filter-partij"]').innerText()).replace(/\s+/g, ' ');
      const cards = (await page.locator('main .card-list').innerText()).replace(/\s+/g, ' ');
      for (const { name, shortName } of parties) {
        // The filter itself says the full name, and the first time the page uses the abbreviation
        // the full name is beside it (or came before it).
        // A party's own list filters on the parties its protocols name (in the cards) only.
        const word = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(shortName)}(?![\\p{L}\\d])`, 'u');
        const named = cards.includes(name) || word.test(cards);
        const filtered = !path.startsWith('/protocollen/partij/') || named;
        if (filtered && !filters.includes(`${shortName} (${name})`)) found.push(`${path}: filter "${shortName}" without "${name}"`);
        if (!filtered && filters.includes(`${shortName} (`)) found.push(`${path}: filter "${shortName}", a party none of its protocols names`);
        const first = word.exec(text);
        if (!first) continue;
        const before = text.slice(0, first.index);
        if (!text.startsWith(` (${name})`, first.index + shortName.length) && !before.includes(name))
          found.push(`${path}: first "${shortName}" without "${name}": …${text.slice(Math.max(0, first.index - 40), first.index + 60)}…`);
      }
      found.push(...(await problems(page, 320, path)));
    }
    // The search page's sender and receiver filters, too.
    await page.goto(new URL('/zoeken/?q=VDAB', site.url).href);
    await searched(page);
    for (const legend of ['Gegevens van (wie deelt mee)', 'Gegevens naar (wie ontvangt)']) {
      // Read from the markup: the panel is closed until the reader opens it.
      const labels = await page
        .locator('#search-filters fieldset', { has: page.locator('legend', { hasText: legend }) })
        .locator('label')
        .allTextContents();
      expect(labels.length, legend).toBeGreaterThan(2);
      for (const label of labels) {
        const party = parties.find((p) => label.trim() === p.shortName || label.startsWith(`${p.shortName} `));
        if (party && label.trim() !== `${party.shortName} (${party.name})`) found.push(`/zoeken/ ${legend}: "${label}"`);
      }
    }
    expect(found).toEqual([]);
    await page.context().close();
  });

  it('the search page with results and the filter panel open passes the W3C Nu checker', async () => {
    const { page } = await site.open('/zoeken/?q=VDAB&status=Van+kracht');
    await searched(page);
    const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
    expect(html).toContain('<mark>');
    const errors = await nuErrorsInHtml(html);
    expect(errors, describeNu(errors)).toEqual([]);
    await page.context().close();
  });
});
