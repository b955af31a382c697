// The graph on a phone: the list of flows first, the drawing after it, and at any width the
// drawing's labels are never shown smaller than 12 px.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './fixture.ts';
import { testSiteDir } from '../support/site.ts';

const site = useSite();

/** Rendered size of the 13 px labels: the SVG's shown width against its own coordinate width. */
const labelSize = () => [...document.querySelectorAll<SVGSVGElement>('svg[data-graph]')].map((svg) => (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 13);

describe('the graph on a phone', () => {
  it('shows the list of flows before the drawing at 390 px', async () => {
    const { page } = await site.open('/graaf/');
    await page.setViewportSize({ width: 390, height: 844 });
    const list = (await page.locator('#tabel').boundingBox())!;
    const drawing = (await page.locator('svg[data-graph]').first().boundingBox())!;
    expect(list.y).toBeLessThan(drawing.y);
    await page.context().close();
  });

  it('offers, in each row of the list of flows on a phone, the drawing of each party in it (not on a desktop)', async () => {
    const { page } = await site.open('/graaf/');
    await page.setViewportSize({ width: 390, height: 844 });
    const rows = await page.locator('#tabel tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.id,
        parties: [...tr.querySelectorAll('th > a, td[data-label="Naar"] > a')].map((a) => a.getAttribute('href') ?? '').filter((href) => href.startsWith('/partijen/')),
        drawings: [...tr.querySelectorAll('a')]
          .filter((a) => a.textContent?.startsWith('tekening van ') && a.getBoundingClientRect().width > 0)
          .map((a) => a.getAttribute('href') ?? ''),
      })),
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row.drawings, row.id).toEqual([...new Set(row.parties)].map((href) => `${href}#party-graph-title`));
      for (const href of row.drawings) {
        const [path, anchor] = href.split('#');
        const file = join(testSiteDir, path!, 'index.html');
        expect(existsSync(file) && readFileSync(file, 'utf8').includes(`id="${anchor}"`), href).toBe(true);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('#tabel a', { hasText: 'tekening van' }).evaluateAll((as) => as.filter((a) => a.getBoundingClientRect().width > 0).length)).toBe(0);
    await page.context().close();
  });

  for (const width of [320, 390, 1280]) {
    it(`never draws labels smaller than 12 px at ${width} px`, async () => {
      const { page } = await site.open('/graaf/');
      await page.setViewportSize({ width, height: 800 });
      for (const size of await page.evaluate(labelSize)) expect(size).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }
});
