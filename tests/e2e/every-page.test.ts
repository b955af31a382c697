// Every built HTML page, as a citizen on a phone and on a desktop sees it: never wider than the
// screen at 320, 390 and 1280 px, and no axe violations (WCAG 2.0, 2.1 and 2.2 A/AA) at 390
// and 1280 px. Holds for any content.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { useSite } from './fixture.ts';
import { testSiteDir } from '../support/site.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro'].includes(name) ? [] : pages(path);
    // An old URL's page sends the reader on at once (meta refresh): there is nothing to look at.
    if (!name.endsWith('.html') || readFileSync(path, 'utf8').includes('http-equiv="refresh"')) return [];
    return [`/${relative(testSiteDir, path)}`.replace(/index\.html$/, '')];
  });
}

const site = useSite();
const all = pages(testSiteDir).sort();

describe('every page', () => {
  it('has pages to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  for (const width of [320, 390, 1280]) {
    it(`is never wider than the screen at ${width} px`, async () => {
      const { page } = await site.open('/');
      await page.setViewportSize({ width, height: 800 });
      const wide: string[] = [];
      for (const path of all) {
        await page.goto(new URL(path, site.url).href);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${path}: ${scrollWidth} px`);
      }
      expect(wide).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  for (const width of [390, 1280]) {
    it(`has no axe violations at ${width} px`, async () => {
      const { page } = await site.open('/');
      await page.setViewportSize({ width, height: 800 });
      const problems: string[] = [];
      for (const path of all) {
        await page.goto(new URL(path, site.url).href);
        const violations = await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
        if (violations.length) problems.push(`${path}: ${describeViolations(violations)}`);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    }, 600_000);
  }
});
