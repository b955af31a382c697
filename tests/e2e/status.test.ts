// The status script (src/client/status.ts) rewords a page for the reader's today: the site is
// built for BUILD_DATE=2026-11-22 and read here with the browser's clock on a later day. One
// protocol of the fixture register begins on 1 January 2027; on 2 January it is in force.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { statusExplanations } from '../../src/lib/labels.ts';

const site = useSite();

/** A page read at noon in Brussels on `day`, with JavaScript on or off. */
async function openOn(path: string, day: string, javaScript = true): Promise<Page> {
  return (await site.open(path, { day, javaScript })).page;
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').trim();
const begun = '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/';
const scope = 'main [data-status-scope]';

describe('a page read after its build day', () => {
  it('rewords the badge, the period and the explanation of a protocol that has begun since', async () => {
    const page = await openOn(begun, '2027-01-02');
    await expect.poll(() => text(page, `${scope} .status-label`)).toBe('Van kracht');
    expect(await page.locator(`${scope} .status`).getAttribute('data-status')).toBe('in-force');
    expect(await text(page, `${scope} [data-status-period]`)).toBe('sinds 1 januari 2027, voor onbepaalde duur');
    expect(await text(page, `${scope} [data-status-explanation]`)).toBe(statusExplanations['in-force']);
    expect(await text(page, `${scope} [data-status-day]`)).toBe('2 januari 2027');
  });

  it('recounts the protocols in force on the home page and in the filters of the list', async () => {
    const home = await openOn('/', '2027-01-02');
    await expect.poll(() => text(home, 'main [data-status-count="in-force"]')).toBe('3');
    expect(await home.locator('main .status-as-built').count()).toBe(0);

    const list = await openOn('/protocollen/', '2027-01-02');
    await expect.poll(() => text(list, 'main [data-status-count="in-force"]')).toBe('3');
    expect(await text(list, 'main [data-status-count="not-yet"]')).toBe('0');
    expect(await text(list, 'main [data-status-count="ended"]')).toBe('1');
    expect(await text(list, 'main [data-status-day]')).toBe('2 januari 2027');
    const card = list.locator('main .card', { has: list.locator(`a[href="${begun}"]`) });
    expect(((await card.locator('.status-label').textContent()) ?? '').trim()).toBe('Van kracht');
  });

  it("recounts a party's own protocols on its list, not the register's", async () => {
    // WEWIS has two protocols in the fixture: a one-off one, and the one that begins on 1 January 2027.
    const path = '/protocollen/partij/departement-wewis/';
    const later = await openOn(path, '2027-01-02');
    // As on a phone: the block the script recounts sits above the list at 390 px too.
    await later.setViewportSize({ width: 390, height: 800 });
    const summary = later.getByRole('region', { name: 'Status van deze protocollen' });
    await expect.poll(() => summary.locator('li').allTextContents()).toEqual(['Van kracht: 1', 'Einde niet bevestigd: 0', 'Beëindigd: 0', 'Nog niet van kracht: 0', 'Eenmalig: 1']);
    // It does not pose as a filter of this list: its one link leads to the list of all protocols.
    expect(await summary.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/protocollen/']);
    expect(await later.getByRole('navigation', { name: 'Filter op status' }).count()).toBe(0);
    expect(await later.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const asBuilt = await openOn(path, '2026-11-22', false);
    expect(await asBuilt.getByRole('region', { name: 'Status van deze protocollen' }).locator('li').allTextContents()).toEqual([
      'Van kracht: 0',
      'Einde niet bevestigd: 0',
      'Beëindigd: 0',
      'Nog niet van kracht: 1',
      'Eenmalig: 1',
    ]);
  });

  it('marks with the build date what it cannot recompute: a list by status, the groups of a party', async () => {
    const byStatus = await openOn('/protocollen/status/nog-niet-van-kracht/', '2027-01-02');
    await expect.poll(() => text(byStatus, 'main h1')).toBe('Protocollen: nog niet van kracht (stand op 22 november 2026)');
    expect(await text(byStatus, 'main .card .status-label')).toBe('Van kracht');

    const party = await openOn('/partijen/vdab/', '2027-01-02');
    await expect
      .poll(() => party.locator('main h3[data-status-as-built]').allTextContents())
      .toEqual([
        'Van kracht, nog niet van kracht of eenmalig (1) (stand op 22 november 2026)',
        'Beëindigd (0) (stand op 22 november 2026)',
        'Van kracht, nog niet van kracht of eenmalig (0) (stand op 22 november 2026)',
        'Beëindigd (1) (stand op 22 november 2026)',
      ]);
  });

  it('marks the counts with the build date beyond the days their schedule covers', async () => {
    const page = await openOn('/', '2027-06-01');
    await expect.poll(() => text(page, 'main [data-status-counts] .status-as-built')).toBe('(stand op 22 november 2026)');
    expect(await text(page, 'main [data-status-count="in-force"]')).toBe('2');
  });
  it('stays accessible once reworded and marked', async () => {
    for (const path of [begun, '/protocollen/status/nog-niet-van-kracht/', '/partijen/vdab/']) {
      const page = await openOn(path, '2027-01-02');
      await expect.poll(() => page.locator('main .status-as-built, main [data-status="in-force"]').count()).toBeGreaterThan(0);
      const violations = await axeViolations(page);
      expect(violations, `${path}: ${describeViolations(violations)}`).toEqual([]);
    }
  });
});

describe('a page read on its build day, or without JavaScript', () => {
  it('shows the build-time texts without JavaScript', async () => {
    const page = await openOn(begun, '2027-01-02', false);
    expect(await text(page, `${scope} .status-label`)).toBe('Nog niet van kracht');
    expect(await text(page, `${scope} [data-status-period]`)).toBe('vanaf 1 januari 2027, voor onbepaalde duur');
    expect(await text(page, `${scope} [data-status-explanation]`)).toBe(statusExplanations['not-yet']);
    expect(await text(page, `${scope} [data-status-day]`)).toBe('22 november 2026');
    const home = await openOn('/', '2027-01-02', false);
    expect(await text(home, 'main [data-status-count="in-force"]')).toBe('2');
    const byStatus = await openOn('/protocollen/status/nog-niet-van-kracht/', '2027-01-02', false);
    expect(await text(byStatus, 'main h1')).toBe('Protocollen: nog niet van kracht');
  });

  it('leaves the page as built on the build day', async () => {
    const page = await openOn('/partijen/vdab/', '2026-11-22');
    // The script has run once the page's module has loaded; nothing on the page changed.
    await page.waitForLoadState('load');
    expect(await page.locator('main .status-as-built').count()).toBe(0);
    expect(await text(page, 'main .status-label')).not.toBe('');
  });
});
