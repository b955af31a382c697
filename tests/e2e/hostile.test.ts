// A register whose every text field holds markup and script (tests/fixtures/hostile) builds, and
// in Chromium no page opens a dialog, runs injected script or contains an injected element:
// every value is shown as text, in pages, the search, the graph and the embed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { buildSite } from '../support/build.ts';
import { sharedBrowser } from './fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'vijandig-'));
const out = join(work, 'dist');
let server: StaticServer;
let browser: Browser;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro'].includes(name) ? [] : pages(path);
    return name.endsWith('.html') ? [`/${relative(out, path)}`.replace(/index\.html$/, '')] : [];
  });
}

beforeAll(async () => {
  const result = await buildSite(resolve(root, 'tests/fixtures/hostile'), out);
  if (result.status !== 0) throw new Error(`de vijandige inhoud bouwt niet:\n${result.output}`);
  server = await serveStatic(out);
  browser = await sharedBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile text in every field', () => {
  it('opens no dialog and injects no element or script on any page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    const injected: string[] = [];
    const all = pages(out);
    expect(all.length).toBeGreaterThan(10);
    for (const path of all) {
      await page.goto(new URL(path, server.url).href);
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => [
        ...[...document.querySelectorAll('img[onerror], [onmouseover], [onclick], [onload]:not(body)')].map((e) => e.outerHTML.slice(0, 80)),
        // A JSON-LD data block holds hostile text as data (never run); anything else with alert( is injected.
        ...[...document.querySelectorAll('script:not([type="application/ld+json"])')].filter((s) => /alert\(/.test(s.textContent ?? '')).map((s) => s.outerHTML.slice(0, 80)),
        ...[...document.querySelectorAll('script[type="application/ld+json"]')]
          .filter((s) => {
            try {
              JSON.parse(s.textContent ?? '');
              return /</.test(s.textContent ?? '');
            } catch {
              return true;
            }
          })
          .map((s) => `JSON-LD dat geen veilige JSON is: ${s.outerHTML.slice(0, 80)}`),
      ]);
      injected.push(...found.map((f) => `${path}: ${f}`));
    }
    expect(dialogs).toEqual([]);
    expect(injected).toEqual([]);
    // The hostile text is there, as text.
    await page.goto(new URL('/protocollen/2024-een-twee-vijandig/', server.url).href);
    expect(await page.locator('h1').textContent()).toContain('</script><script>alert(1)</script>');
    await context.close();
  }, 300_000);

  it('shows hostile text found by search as text, without running it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(new URL('/zoeken/?q=onerror', server.url).href);
    await page.locator('#search-results li').first().waitFor();
    await page.locator('#q').fill('alert');
    // Wait for the answer to this search (found or not), not for a time.
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('“alert”');
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 60_000);
});
