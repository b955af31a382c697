// Per-file fixture: a static server for the test site and one Chromium.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launchBrowser, trackExternalRequests } from '../support/browser.ts';
import { testSiteDir } from '../support/site.ts';

export function useSite() {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = await serveStatic(testSiteDir);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.server.url;
    },
    /** A new page with JavaScript on (default) or off; `external` collects requests that leave localhost. */
    async open(path: string, options: { javaScript?: boolean } = {}): Promise<{ page: Page; external: string[] }> {
      const context = await state.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: 'nl-BE' });
      const page = await context.newPage();
      const external = trackExternalRequests(page, state.server.url);
      await page.goto(new URL(path, state.server.url).href);
      return { page, external };
    },
  };
}
