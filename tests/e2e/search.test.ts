import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allResultsFor, useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

const site = useSite();

async function resultsFor(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
  return page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

async function search(path: string) {
  const { page, external } = await site.open(path);
  return { page, external, results: await resultsFor(page) };
}

/** Opens the filter panel as a reader does (it starts closed): a click on its summary. */
const openFilters = (page: Page) => page.locator('#search-filters > summary').click();

describe('search', () => {
  const expectations: [string, string, number][] = [
    // The situation and data-category pages (which say whom each protocol concerns) come first.
    ['diploma', '/betrokkenen/gediplomeerden/', 2],
    ['diploma', '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/', 3],
    ['inburgering', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 1],
    ['kmo-portefeuille', '/protocollen/2025-vlaio-wewis-uitgaventoetsing-opleidingen/', 2],
    ['WVG', '/partijen/departement-zorg/', 1],
    ['rijksregisternummer', '/gegevens/insz/', 1],
    ['INSZ', '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/', 2],
    ['geboortedatum', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 2],
    ['werkzoekende', '/betrokkenen/werkzoekenden/', 2],
    ['werkzoekende', '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 3],
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
    const { page } = await search('/zoeken/?q=VDAB');
    const all = await allResultsFor(page);
    const protocols = all.filter((url) => url.startsWith('/protocollen/')).sort();
    // Seed 004 names VDAB as one of the sources of the LED databank.
    expect(protocols).toEqual([
      '/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/',
      '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/',
      '/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/',
    ]);

    await openFilters(page);
    await page.getByRole('checkbox', { name: 'Beëindigd' }).check();
    await expect.poll(async () => (await resultsFor(page)).join(',')).toBe('/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/');
    expect(new URL(page.url()).search).toBe('?q=VDAB&status=Be%C3%ABindigd');
    await page.getByRole('checkbox', { name: 'Beëindigd' }).uncheck();

    const checks: [string, string, string[]][] = [
      ['Gegevens van (wie deelt mee)', 'VDAB (Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding)', ['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/']],
      ['Gegevens naar (wie ontvangt)', 'VDAB (Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding)', ['/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/']],
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
    // Typed perhaps before the script was ready: the search then runs once it is (no fixed wait).
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

  /** The count shown beside each filter value, as "group: value" → number. */
  async function counts(page: Page): Promise<Record<string, number>> {
    const entries = await page
      .locator('.filter-count')
      .evaluateAll((spans) =>
        spans.map((s) => [`${(s as HTMLElement).dataset.filter}: ${(s as HTMLElement).dataset.value}`, Number((s.textContent ?? '').replace(/[()]/g, ''))] as const),
      );
    return Object.fromEntries(entries.filter(([, n]) => n > 0));
  }

  // Counted by hand on the fixture register: "diploma" is found on the AHOVOKS → Departement
  // Zorg protocol, AHOVOKS, the data category, the situation "Ik heb een diploma behaald" and the
  // glossary (LED).
  const diplomaCounts = {
    'type: Protocol': 1,
    'type: Partij': 1,
    'type: Soort gegevens': 1,
    'type: Situatie': 1,
    'type: Uitleg': 1,
    'van: AHOVOKS': 1,
    'naar: Departement Zorg': 1,
    'gegevens: Rijksregisternummer of INSZ': 1,
    "gegevens: Diploma's en kwalificaties": 1,
    'status: Van kracht': 1,
    'periodiciteit: Doorlopend': 1,
    'jaar: 2023': 1,
    'onderdelen: Alle verplichte onderdelen': 1,
  };

  it('loads the filter index only when the filters are opened (its counts would slow every search down)', async () => {
    const { page } = await site.open('/zoeken/');
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.locator('#q').fill('diploma');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^5 resultaten voor “diploma”/);
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(filterFiles).toEqual([]);
    // Closed, no count is shown at all (never a "(0)").
    expect(await page.locator('.filter-count').evaluateAll((spans) => spans.filter((s) => s.textContent !== '').length)).toBe(0);
    await openFilters(page);
    await expect.poll(() => counts(page)).toEqual(diplomaCounts);
    expect(filterFiles.length).toBeGreaterThan(0);
  });

  it('shows Pagefind’s count beside every filter value: for a search from the URL, a typed one and after a filter change', async () => {
    const { page } = await search('/zoeken/?q=diploma');
    await openFilters(page);
    await expect.poll(() => counts(page)).toEqual(diplomaCounts);

    const typed = await site.open('/zoeken/');
    await typed.page.locator('#q').pressSequentially('diploma');
    await openFilters(typed.page);
    await expect.poll(() => counts(typed.page)).toEqual(diplomaCounts);

    // VDAB in force: the two protocols in force that name VDAB (no party page has a status).
    const filtered = await search('/zoeken/?q=VDAB');
    await openFilters(filtered.page);
    await filtered.page.getByRole('checkbox', { name: 'Van kracht', exact: true }).check();
    await expect.poll(() => filtered.page.locator('#search-status').textContent()).toMatch(/^2 resultaten/);
    const after = await counts(filtered.page);
    expect(after['type: Protocol']).toBe(2);
    expect(after['status: Van kracht']).toBe(2);
    expect(after['van: VDAB']).toBe(1);
    expect(after['van: AHOVOKS']).toBe(1);
    expect(after['type: Partij']).toBeUndefined();
  });

  it('shows ten results at a time; "Meer resultaten tonen" adds the next ten and moves focus to the first of them', async () => {
    const { page } = await site.open('/zoeken/?q=gegevens');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^\d+ resultaten voor “gegevens”, de eerste 10 staan hieronder\.$/);
    const total = Number(/^(\d+)/.exec((await page.locator('#search-status').textContent())!)![1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    const first = await resultsFor(page);
    const button = page.getByRole('button', { name: /^Meer resultaten tonen/ });
    await expect.poll(() => button.textContent()).toBe(`Meer resultaten tonen (${Math.min(10, total - 10)} van de ${total - 10} die nog volgen)`);
    await button.click();
    const shown = Math.min(20, total);
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(shown);
    const all = await resultsFor(page);
    // The first ten stay where they were; the new ones are others, in Pagefind's order.
    expect(all.slice(0, 10)).toEqual(first);
    expect(new Set(all).size).toBe(shown);
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe(
      total > shown ? `${total} resultaten voor “gegevens”, de eerste ${shown} staan hieronder.` : `${total} resultaten voor “gegevens”.`,
    );
    expect(await page.locator('#search-more').isHidden()).toBe(total <= shown);
  });

  it('moves focus to the results heading after a search', async () => {
    const { page } = await site.open('/zoeken/');
    await page.locator('#q').fill('diploma');
    await page.locator('#q').press('Enter');
    // Pressed before the script is ready, Enter submits the form and the page opens with ?q=…: the
    // same focus then. Either way it may take a while on a busy machine (waited for, never timed).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-status');
    await expect(page.locator('#search-status').evaluate((el) => el.tagName)).resolves.toBe('H2');
  });

  it('finds AHOVOKS for "studietoelage" (its name says "Studietoelagen")', async () => {
    const { page, results } = await search('/zoeken/?q=studietoelage');
    expect(results.slice(0, 3)).toContain('/partijen/ahovoks/');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/voor “studietoelagen”/);
  });

  for (const query of ['klacht indienen', 'klacht', 'verbeteren', 'inzage']) {
    it(`puts the rights page first for "${query}"`, async () => {
      const { page, results } = await search(`/zoeken/?q=${encodeURIComponent(query)}`);
      expect(results[0], results.join('\n')).toBe('/uw-rechten/');
      await expect(page.locator('#search-rights a').getAttribute('href')).resolves.toBe('/uw-rechten/');
    });
  }

  it('shows excerpts of text, never the hidden search words or embed code, and says whom a protocol concerns', async () => {
    for (const query of ['INSZ', 'VDAB', 'rijksregisternummer', 'privacypagina']) {
      const { page } = await search(`/zoeken/?q=${encodeURIComponent(query)}`);
      const excerpts = await page.locator('#search-results .excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) {
        expect(text, query).not.toMatch(/<\/?(ul|li|a|iframe)\b|&lt;|INSZ-nummer, rijksregisternummer|Privacypaginahttp/);
      }
      await page.context().close();
    }
    const { page } = await search('/zoeken/?q=diploma&type=Protocol');
    await expect(page.locator('#search-results li').first().textContent()).resolves.toContain('Over wie: Medewerkers van organisaties die werk- en zorgtrajecten aanbieden');
  });

  it('has no axe violations with results and filters shown', async () => {
    const { page } = await search('/zoeken/?q=VDAB&status=Van+kracht');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
