// What an agency webmaster uses: the embed page in an iframe, the copy-paste list, the feed
// link, the history of a protocol record. Checked on every party and protocol of the test site.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';
import { testSiteDir } from '../support/site.ts';

const site = useSite();
const exported = JSON.parse(readFileSync(join(testSiteDir, 'protocollen.json'), 'utf8')) as { protocols: { id: string; title: string; parties: { id: string }[] }[] };
const parties = [...new Set(exported.protocols.flatMap((p) => p.parties.map((party) => party.id)))];

describe('embeds for privacy pages', () => {
  it('every party has an embed page without script or third-party requests that passes axe at 390 and 1280 px', async () => {
    for (const party of parties) {
      const { page, external } = await site.open(`/embed/partijen/${party}/`);
      expect(await page.locator('script').count(), party).toBe(0);
      const links = await page.locator('li a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target')]));
      for (const protocol of exported.protocols.filter((p) => p.parties.some((x) => x.id === party))) {
        expect(
          links.some(([href, target]) => href?.endsWith(`/protocollen/${protocol.id}/`) && target === '_top'),
          `${party}: ${protocol.id}`,
        ).toBe(true);
      }
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const violations = await axeViolations(page);
        expect(violations, `${party} @${width}: ${describeViolations(violations)}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${party} @${width}`).toBeLessThanOrEqual(width);
      }
      expect(external).toEqual([]);
      await page.context().close();
    }
  });

  it('the party page shows the copy-paste list as text, a preview of the embed, and links its feed', async () => {
    const party = parties[0]!;
    const { page } = await site.open(`/partijen/${party}/`);
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="/partijen/${party}.xml"]`).count()).resolves.toBe(1);
    await expect(page.locator(`section[aria-labelledby="eigen-website"] a[href="/partijen/${party}.xml"]`).count()).resolves.toBe(1);
    const snippet = await page.locator('section[aria-labelledby="eigen-website"] pre').first().textContent();
    expect(snippet).toContain('<ul>');
    expect(snippet).toMatch(/<li><a href="http[^"]+\/protocollen\/[^"]+\/">/);
    await page.locator('iframe.embed-preview').scrollIntoViewIfNeeded(); // the preview loads lazily
    const frame = page.frameLocator('iframe.embed-preview');
    // The embed's heading is the party's first mention there: its full name with the short one.
    const record = JSON.parse(readFileSync(join(testSiteDir, `partijen/${party}.json`), 'utf8')) as { party: { name: string; shortName: string } };
    const { name, shortName } = record.party;
    await expect(frame.locator('h1').textContent()).resolves.toBe(`Protocollen van ${name === shortName ? name : `${name} (${shortName})`}`);
    await page.context().close();
  });
});

describe('the history of a protocol record', () => {
  it('every protocol page says when the record last changed, or why that is not known', async () => {
    for (const protocol of exported.protocols) {
      const { page } = await site.open(`/protocollen/${protocol.id}/`);
      const text = await page.locator('#geschiedenis + *').textContent();
      expect(text, protocol.id).toMatch(
        /^(Laatst gewijzigd op \d{1,2} \w+ \d{4}\.|De wijzigingsgeschiedenis is niet beschikbaar: .+\.|Deze pagina is nieuw: er zijn nog geen wijzigingen vastgelegd)/,
      );
      await page.context().close();
    }
  });
});
