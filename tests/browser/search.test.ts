import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

const site = useSite();

async function resultsFor(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0, null, { timeout: 15_000 });
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

async function search(path: string) {
  const { page, external } = await site.open(path);
  return { page, external, results: await resultsFor(page) };
}

describe('search', () => {
  const expectations: [string, string, number][] = [
    ['diploma', '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/', 2],
    ['inburgering', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 1],
    ['kmo-portefeuille', '/protocollen/2025-vlaio-wewis-uitgaventoetsing-opleidingen/', 2],
    ['WVG', '/partijen/departement-zorg/', 1],
    ['rijksregisternummer', '/gegevens/insz/', 1],
    ['INSZ', '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/', 2],
    ['geboortedatum', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 2],
    ['werkzoekende', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 2],
    ['VDAB', '/partijen/vdab/', 3],
    ['arbeidsongeschiktheid', '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/', 2],
  ];
  for (const [query, expected, within] of expectations) {
    it(`"${query}" finds ${expected} within the first ${within}`, async () => {
      const { results, external } = await search(`/zoeken/?q=${encodeURIComponent(query)}`);
      expect(results.slice(0, within), results.join('\n')).toContain(expected);
      expect(external).toEqual([]);
    });
  }

  it('leaves the register’s own notes out of the index: the checklist of every protocol page says "adviesdatum"', async () => {
    const { page: protocolPage } = await site.open('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
    await expect(protocolPage.locator('section[aria-labelledby="onderdelen"]').textContent()).resolves.toContain('adviesdatum');
    // Pagefind also matches related words, so other pages may come up; this page may not.
    const { results } = await search('/zoeken/?q=adviesdatum');
    expect(results).not.toContain('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
    expect(results.filter((url) => url.startsWith('/protocollen/')).length).toBeLessThan(6);
  });

  it('shows the page an acronym or former name stands for first ("WVG" → Departement Zorg)', async () => {
    const { page } = await search('/zoeken/?q=WVG');
    await expect(page.locator('#search-shortcut a').getAttribute('href')).resolves.toBe('/partijen/departement-zorg/');
  });

  it('narrows the results with each filter, and writes the filters into the URL', async () => {
    const { page, results: all } = await search('/zoeken/?q=VDAB');
    const protocols = all.filter((url) => url.startsWith('/protocollen/')).sort();
    // Seed 004 names VDAB as one of the sources of the LED databank.
    expect(protocols).toEqual([
      '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/',
      '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/',
      '/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/',
    ]);

    await page.getByRole('checkbox', { name: 'Beëindigd' }).check();
    await expect.poll(async () => (await resultsFor(page)).join(',')).toBe('/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/');
    expect(new URL(page.url()).search).toBe('?q=VDAB&status=Be%C3%ABindigd');
    await page.getByRole('checkbox', { name: 'Beëindigd' }).uncheck();

    const checks: [string, string, string[]][] = [
      ['Gegevens van (wie deelt mee)', 'VDAB', ['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/']],
      ['Gegevens naar (wie ontvangt)', 'VDAB', ['/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/']],
      ['Soort gegevens', 'Geboortedatum', ['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/']],
      ['Hoe vaak', 'Doorlopend', ['/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/', '/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/']],
      ['Jaar van het protocol', '2024', ['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/']],
    ];
    for (const [legend, value, expected] of checks) {
      const box = page.getByRole('group', { name: legend }).getByRole('checkbox', { name: value, exact: true });
      await box.check();
      await expect
        .poll(
          async () =>
            (await resultsFor(page))
              .filter((u) => !u.startsWith('/gegevens/'))
              .sort()
              .join(','),
          { message: `${legend}: ${value}` },
        )
        .toBe(expected.join(','));
      await box.uncheck();
    }

    // Result type "Partij": only party pages, VDAB's own page first.
    await page.getByRole('group', { name: 'Soort resultaat' }).getByRole('checkbox', { name: 'Partij', exact: true }).check();
    await expect.poll(async () => (await resultsFor(page))[0]).toBe('/partijen/vdab/');
    expect((await resultsFor(page)).every((u) => u.startsWith('/partijen/'))).toBe(true);
  });

  it('filters without a query (all protocols in force), newest first', async () => {
    const { results } = await search('/zoeken/?status=Van+kracht');
    expect(results).toEqual(['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/']);
    // Seed 002 ends with the convenant 2018-2022: the register cannot confirm it is in force.
    const { results: unconfirmed } = await search('/zoeken/?status=Einde+niet+bevestigd');
    expect(unconfirmed).toEqual(['/protocollen/2021-vlaio-fio-tbt-frontoffice/']);
    const { results: notYet } = await search('/zoeken/?status=Nog+niet+van+kracht');
    expect(notYet).toEqual(['/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/']);
  });

  it('restores a search from its URL, including filters', async () => {
    const { page, results } = await search('/zoeken/?q=diploma&type=Protocol');
    await expect(page.locator('#q').inputValue()).resolves.toBe('diploma');
    await expect(page.getByRole('checkbox', { name: 'Protocol', exact: true }).isChecked()).resolves.toBe(true);
    expect(results).toEqual(['/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/']);
  });

  it('updates results and the URL while typing, and announces the count', async () => {
    const { page } = await site.open('/zoeken/');
    await page.locator('#q').pressSequentially('inburgering');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/\d+ resultaten voor “inburgering”/);
    await expect(page.locator('#search-status').getAttribute('aria-live')).resolves.toBe('polite');
    expect(new URL(page.url()).search).toBe('?q=inburgering');
  });

  it('is usable with the keyboard only: the first result is a few Tab presses from the box, the filters come after the results', async () => {
    const { page } = await search('/zoeken/?q=diploma');
    await page.locator('#q').focus();
    const reached: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest('#search-results') ? `result:${el.getAttribute('href')}` : el?.closest('#search-filters') ? 'filter' : '';
      });
      reached.push(id);
      if (id === 'filter') break;
    }
    const firstResult = reached.findIndex((id) => id.startsWith('result:'));
    expect(firstResult).toBeGreaterThanOrEqual(0);
    expect(firstResult).toBeLessThan(3);
    expect(reached.at(-1)).toBe('filter');
  });

  it('the search box in the header leads to /zoeken/?q=…', async () => {
    const { page } = await site.open('/partijen/');
    await page.locator('#site-search').fill('diploma');
    await page.locator('#site-search').press('Enter');
    await expect.poll(() => page.url()).toContain('/zoeken/?q=diploma');
    expect((await resultsFor(page)).length).toBeGreaterThan(0);
  });

  it('without JavaScript, /zoeken/ leads to the lists by status, party and data category', async () => {
    const { page } = await site.open('/zoeken/?q=diploma', { javaScript: false });
    await expect(page.locator('#search-filters').isHidden()).resolves.toBe(true);
    const links = await page.locator('#search-fallback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/protocollen/status/van-kracht/', '/protocollen/partij/vdab/', '/gegevens/diplomas-en-kwalificaties/']));
  });

  it('has no axe violations with results and filters shown', async () => {
    const { page } = await search('/zoeken/?q=VDAB&status=Van+kracht');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
