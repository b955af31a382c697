// Per-file fixture: a static server for the test site and a connection to the shared Chromium.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { connectBrowser, trackExternalRequests } from '../support/browser.ts';
import { testBuildDate, testSiteDir } from '../support/site.ts';

/** The Chromium started once by global-setup.ts; close the returned connection, not the browser. */
export function sharedBrowser(): Promise<Browser> {
  return connectBrowser(inject('chromiumEndpoint'));
}

/** Serves `dir` (default: the fixture site) and connects to the shared Chromium for this file. */
export function useSite(dir: string = testSiteDir) {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = await serveStatic(dir);
    state.browser = await sharedBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.server.url;
    },
    get browser() {
      return state.browser;
    },
    /**
     * A new page with JavaScript on (default) or off; `external` collects requests that leave localhost.
     * The browser's clock says noon in Brussels on `day` (default the build day), so what the status
     * script rewords never depends on the day the tests run.
     */
    async open(path: string, options: { javaScript?: boolean; day?: string } = {}): Promise<{ page: Page; external: string[] }> {
      const context = await state.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: 'nl-BE' });
      // Playwright's waits (locators, waitForFunction) wait for a state; on a busy machine one can
      // take longer than Playwright's default 30 s, so they wait as long as expect.poll (120 s).
      context.setDefaultTimeout(120_000);
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(`${options.day ?? testBuildDate}T12:00:00+01:00`));
      const external = trackExternalRequests(page, state.server.url);
      await page.goto(new URL(path, state.server.url).href);
      return { page, external };
    },
  };
}

/** Every result of the search on the page: "Meer resultaten tonen" pressed until all are shown. */
export async function allResultsFor(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0);
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBeGreaterThan(shown);
  }
  return page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}
