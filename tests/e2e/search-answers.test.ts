// Search that answers first: results above the fold and before the filters, counts per filter
// value, "Bedoelde u …?" for a near-miss, and an index of every search word without JavaScript.
// Queries are taken from the built site's own vocabulary, so any content works.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './fixture.ts';
import { testSiteDir } from '../support/site.ts';

const site = useSite();
const shortcuts = JSON.parse(readFileSync(join(testSiteDir, 'zoeken/snelkoppelingen.json'), 'utf8')) as Record<string, { url: string; kind: string }>;
const categoryTerm = Object.keys(shortcuts).find((term) => shortcuts[term]!.kind === 'Soort gegevens' && term.length >= 6)!;

describe('search that answers first', () => {
  it(`shows the first result for "${categoryTerm}" above the fold at 1280×800, before the filters, with counts`, async () => {
    const { page } = await site.open(`/zoeken/?q=${encodeURIComponent(categoryTerm)}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    const first = page.locator('#search-results li').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y).toBeLessThan(800);
    const filters = (await page.locator('#search-filters').boundingBox())!;
    expect(filters.y).toBeGreaterThan(box.y);
    // Closed on a wide screen too; opened, each value shows its count.
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#search-filters > summary').click();
    await expect
      .poll(() =>
        page
          .locator('.filter-count')
          .filter({ hasText: /^\(\d+\)$/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('starts with the filters closed on a phone, and keeps the clear button compact', async () => {
    const { page } = await site.open('/zoeken/?q=' + encodeURIComponent(categoryTerm));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#search-filters summary').click();
    const clear = (await page.locator('#clear-filters').boundingBox())!;
    expect(clear.height).toBeLessThan(48);
    await page.context().close();
  });

  it('suggests the known word for a near-miss ("Bedoelde u …?")', async () => {
    const term = Object.keys(shortcuts).find((t) => /^[a-z]{9,}$/.test(t))!;
    const typo = term.slice(0, 4) + term.slice(5);
    const { page } = await site.open(`/zoeken/?q=${encodeURIComponent(typo)}`);
    const suggestion = page.locator('#search-suggestion');
    // The suggestion comes with the results (after the other word forms were tried).
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
    await expect.poll(() => suggestion.textContent()).toMatch(/^Bedoelde u .+\?$/);
    await suggestion.locator('a').click();
    await expect.poll(() => page.locator('#q').inputValue()).not.toBe(typo);
    await page.context().close();
  });

  it('without JavaScript lists every search word with its page', async () => {
    const { page } = await site.open('/zoeken/', { javaScript: false });
    const links = await page.locator('.term-list a').count();
    expect(links).toBe(Object.keys(shortcuts).length);
    await page.context().close();
  });
});
