// The graph on a phone: the list of flows first, the drawing after it, and at any width the
// drawing's labels are never shown smaller than 12 px.
import { describe, expect, it } from 'vitest';
import { useSite } from './fixture.ts';

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
