import { describe, expect, it } from 'vitest';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

const site = useSite();

describe('navigating the register', () => {
  it('goes from the home page to a protocol, to its party, and back', async () => {
    const { page, external } = await site.open('/');
    await page
      .getByRole('link', { name: /AHOVOKS \(LED\) naar het Departement Zorg/i })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/AHOVOKS/);
    await page.locator('.summary-card').getByRole('link', { name: 'AHOVOKS', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/partijen/ahovoks/');
    const sends = page.locator('#deelt-mee-title');
    await expect(sends.textContent()).resolves.toMatch(/Wat deelt AHOVOKS mee/);
    await page
      .getByRole('link', { name: /AHOVOKS \(LED\) naar het Departement Zorg/i })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/partijen/ahovoks/');
    expect(external).toEqual([]);
  });

  it('serves a page for each of the ten parties and six protocols of the fixture register', async () => {
    const { page } = await site.open('/partijen/');
    const partyLinks = await page.locator('main .card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(partyLinks).toHaveLength(10);
    const protocols = await site.open('/protocollen/');
    const protocolLinks = await protocols.page.locator('main .card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(protocolLinks).toHaveLength(6);
    for (const href of [...partyLinks, ...protocolLinks]) {
      const response = await page.goto(new URL(href!, site.url).href);
      expect(response?.status(), href!).toBe(200);
    }
  });

  it('filters the protocol list without JavaScript', async () => {
    const { page } = await site.open('/protocollen/', { javaScript: false });
    await page.getByRole('link', { name: /^Beëindigd/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/protocollen/status/beeindigd/');
    // The URL changes when the navigation commits, before the new page is parsed: wait for its cards.
    await expect.poll(() => page.locator('main .card h2').count()).toBe(1);
    const titles = await page.locator('main .card h2').allTextContents();
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/VLAIO en VDAB/);
    await page
      .getByRole('navigation', { name: 'Filter op partij' })
      .getByRole('link', { name: 'VDAB (Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding)', exact: true })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/protocollen/partij/vdab/');
    await expect.poll(() => page.locator('main .card h2').count()).toBe(2);
    const notYet = await site.open('/protocollen/', { javaScript: false });
    await notYet.page.getByRole('link', { name: /^Nog niet van kracht/ }).click();
    await expect.poll(() => new URL(notYet.page.url()).pathname).toBe('/protocollen/status/nog-niet-van-kracht/');
    await expect.poll(() => notYet.page.locator('main .card h2').count()).toBe(1);
    const waiting = await notYet.page.locator('main .card h2').allTextContents();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatch(/arbeidsongeschiktheid/);
  });

  it('shows the status with its dates on a protocol page, also without JavaScript', async () => {
    const { page } = await site.open('/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/', { javaScript: false });
    const card = await page.locator('.summary-card').textContent();
    expect(card).toContain('Beëindigd');
    expect(card).toContain('van 15 november 2025 tot en met 15 mei 2026');
  });

  it('shows a protocol that is not yet in force with its start date', async () => {
    const { page } = await site.open('/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/', { javaScript: false });
    const card = await page.locator('.summary-card').textContent();
    expect(card).toContain('Nog niet van kracht');
    expect(card).toContain('1 januari 2027');
  });

  it('leads the former slug of a protocol and of a party to the current page', async () => {
    for (const [from, to] of [
      ['/protocollen/2026-wewis-tbt-transitietrajecten/', '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/'],
      ['/partijen/departement-werk-en-sociale-economie/', '/partijen/departement-wewis/'],
    ]) {
      const { page } = await site.open(from!);
      await expect.poll(() => new URL(page.url()).pathname).toBe(to);
      await page.context().close();
    }
  });

  it('breaks the heading of a party page between words at 320 px, not inside "Arbeidsbemiddeling"', async () => {
    const { page } = await site.open('/partijen/vdab/', { javaScript: false });
    await page.setViewportSize({ width: 320, height: 800 });
    // Each word of the heading on one line: a word split over two lines has two boxes.
    const split = await page.locator('main h1').evaluate((h1) => {
      const text = h1.firstChild as Text;
      const words: string[] = [];
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) words.push(match[0]);
      }
      return words;
    });
    expect(await page.locator('main h1').textContent()).toContain('Arbeidsbemiddeling');
    expect(split).toEqual([]);
  });

  it('answers an unknown address with a useful 404 page', async () => {
    const { page } = await site.open('/bestaat-niet/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/bestaat niet/);
    expect(await page.getByRole('link', { name: 'alle protocollen' }).count()).toBe(1);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages = [
    '/',
    '/protocollen/',
    '/protocollen/status/van-kracht/',
    '/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/',
    '/protocollen/2021-vlaio-fio-tbt-frontoffice/',
    '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/',
    '/partijen/',
    '/partijen/departement-zorg/',
    '/gegevens/',
    '/gegevens/diplomas-en-kwalificaties/',
    '/over/',
    '/toegankelijkheid/',
    '/open-data/',
    '/404.html',
  ];
  for (const path of pages) {
    it(`has no violations on ${path}`, async () => {
      const { page, external } = await site.open(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(external).toEqual([]);
    });
  }
});
