// Every page runs under its Content-Security-Policy (the <meta> on each page and the headers of
// _headers, which the test server applies) without a single violation, search included.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { useSite } from './fixture.ts';
import { testSiteDir } from '../support/site.ts';

const site = useSite();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['pagefind', '_astro'].includes(name) ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const first = (folder: string) =>
  readdirSync(join(testSiteDir, folder)).find((name) => statSync(join(testSiteDir, folder, name)).isDirectory() && !name.startsWith('status') && name !== 'partij');
const pageTypes = [
  '/',
  `/protocollen/${first('protocollen')}/`,
  '/protocollen/',
  `/partijen/${first('partijen')}/`,
  `/gegevens/${first('gegevens')}/`,
  '/graaf/',
  `/embed/partijen/${first('partijen')}/`,
  '/open-data/',
  '/onderdelen/',
  '/te-herzien/',
  '/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/',
  '/begrippen/',
  '/uw-rechten/',
  '/bestaat-niet/',
];

async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const { page } = await site.open('/404.html');
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  await page.goto(new URL(path, site.url).href);
  return { page, violations: async () => [...messages, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))] };
}

describe('Content-Security-Policy', () => {
  it('is set as a <meta> on every built page, with no unsafe-inline scripts', () => {
    for (const file of htmlFiles(testSiteDir)) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
      expect(meta, relative(testSiteDir, file)).not.toBeNull();
      expect(meta![1]).toContain("default-src 'self'");
      expect(meta![1]).toContain("object-src 'none'");
      expect(meta![1]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(html, relative(testSiteDir, file)).not.toMatch(/\sstyle="/);
    }
  });

  it('is sent in _headers without unsafe-inline, allowing exactly the hashes of the pages', () => {
    const headers = readFileSync(join(testSiteDir, '_headers'), 'utf8');
    expect(headers).not.toContain('unsafe-inline');
    const policies = headers.split('\n').filter((line) => line.includes('Content-Security-Policy:'));
    expect(policies).toHaveLength(2);
    for (const file of htmlFiles(testSiteDir)) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(readFileSync(file, 'utf8'))![1]!;
      for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) for (const policy of policies) expect(policy, relative(testSiteDir, file)).toContain(hash);
    }
  });

  for (const path of pageTypes) {
    it(`causes no violation on ${path}`, async () => {
      const { page, violations } = await open(path);
      await page.waitForLoadState('networkidle');
      expect(await violations()).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps linked data a data block: readable as JSON, never run, and no violation (a content value tries to end the block)', async () => {
    const { page, violations } = await open('/protocollen/2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten/');
    await page.waitForLoadState('networkidle');
    const blocks = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
    expect(blocks).toHaveLength(1);
    const titles = (JSON.parse(blocks[0]!) as { 'dpv:hasLegalBasis': { 'dct:title'?: { '@value': string } }[] })['dpv:hasLegalBasis'].flatMap((b) =>
      b['dct:title'] ? [b['dct:title']['@value']] : [],
    );
    expect(titles).toContain('Testdecreet over transitietrajecten </script><script>window.ldPwned = 1</script> & co');
    expect(await page.evaluate(() => (window as unknown as { ldPwned?: number }).ldPwned)).toBeUndefined();
    expect(await page.locator('script:not([type="application/ld+json"])').evaluateAll((list) => list.filter((s) => s.textContent?.includes('ldPwned')).length)).toBe(0);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('lets search run under the policy: typing shows results', async () => {
    const { page, violations } = await open('/zoeken/');
    const term = Object.keys(JSON.parse(readFileSync(join(testSiteDir, 'zoeken/snelkoppelingen.json'), 'utf8')) as object)[0]!;
    await page.locator('#q').fill(term);
    await page.locator('#search-results li').first().waitFor();
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('ships no Pagefind UI bundles the site does not load', () => {
    expect(readdirSync(join(testSiteDir, 'pagefind')).filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  it('serves security headers from _headers, letting only embed pages be framed elsewhere', async () => {
    const response = await fetch(new URL('/', site.url));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const embed = await fetch(new URL(`/embed/partijen/${first('partijen')}/`, site.url));
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });
});
