// The fixture register builds; a broken copy fails with a readable message and publishes nothing.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, renameSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureContentDir, testSiteDir } from '../support/site.ts';
import { serveStatic } from '../support/server.ts';
import { buildSite } from '../support/build.ts';
import { formatLedger, parseLedger } from '../../src/lib/repository/url-ledger.ts';
import { sharedBrowser } from './fixture.ts';
import { checkInvariants } from '../support/invariants.ts';

describe('the build', () => {
  it('built the fixture register into a complete site with a search index', async () => {
    // Built once by the global setup of these tests.
    for (const path of ['index.html', 'protocollen/index.html', 'partijen/vdab/index.html', 'pagefind/pagefind.js', 'protocollen.json']) {
      expect(existsSync(join(testSiteDir, path)), path).toBe(true);
    }
    const exported = JSON.parse(readFileSync(join(testSiteDir, 'protocollen.json'), 'utf8')) as { protocols: unknown[] };
    expect(exported.protocols).toHaveLength(6);
    const protocols = readdirSync(join(testSiteDir, 'protocollen')).filter((name) => /^\d{4}-/.test(name));
    expect(protocols).toHaveLength(7); // six protocols and the former slug of the test protocol
  });

  it('refuses broken content with file, field and fix, and leaves the previous output untouched', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-broken-'));
    const content = join(work, 'content');
    cpSync(fixtureContentDir, content, { recursive: true });
    const file = join(content, 'protocols/2023-ahovoks-departement-zorg-diplomagegevens.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('party: departement-zorg', 'party: departement-zorgg')
        .replace(/documentDate: .*/, 'documentDate: 2023-13-45'),
    );
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'marker.txt'), 'previous build');

    const result = await buildSite(content, outDir);
    const output = result.output;
    expect(result.status).toBe(1);
    expect(output).toContain('2023-ahovoks-departement-zorg-diplomagegevens.mdx');
    // Each problem with its field, line and permanent rule code (CONTRIBUTING.md lists them).
    expect(output).toMatch(/parties\[1\]\.party( \(regel \d+\))?: \[R002\] .*"departement-zorgg"/);
    expect(output).toMatch(/documentDate \(regel 9\): \[S007\] .*"2023-13-45"/);
    expect(output).toContain('oplossing:');
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(readdirSync(outDir)).toEqual(['marker.txt']);
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']); // no temporary folder left behind
  });

  it('refuses content Astro cannot render (broken MDX) and publishes nothing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-badmdx-'));
    const content = join(work, 'content');
    cpSync(fixtureContentDir, content, { recursive: true });
    const file = join(content, 'protocols/2021-vlaio-fio-tbt-frontoffice.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nEen kapotte {accolade\n`);
    const outDir = join(work, 'dist');
    const result = await buildSite(content, outDir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/Bouwen mislukt/);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(work)).toEqual(['content']);
  });

  it('keeps old URLs working: a former slug leads to the current page', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-moved-'));
    const content = join(work, 'content');
    cpSync(fixtureContentDir, content, { recursive: true });
    // A protocol file renamed, and a party with a former slug, both as an editor would do it. Done on
    // a copy: the shared test site has no redirect pages (tests/e2e/every-page.test.ts visits
    // every page and cannot follow an instant redirect).
    const oldProtocol = '2025-vlaio-wewis-uitgaventoetsing-opleidingen';
    const newProtocol = '2025-vlaio-wewis-uitgaventoetsing';
    const file = join(content, `protocols/${newProtocol}.mdx`);
    renameSync(join(content, `protocols/${oldProtocol}.mdx`), file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\nformerSlugs: [${oldProtocol}]\n`));
    const party = join(content, 'parties/vdab.yaml');
    writeFileSync(party, `formerSlugs: [vlaamse-dienst-voor-arbeidsbemiddeling]\n${readFileSync(party, 'utf8')}`);
    // A former slug may only name a URL the register published: this one was, once.
    const ledger = join(content, 'published-urls.txt');
    writeFileSync(ledger, formatLedger([...parseLedger(readFileSync(ledger, 'utf8')), '/partijen/vlaamse-dienst-voor-arbeidsbemiddeling/']));
    const outDir = join(work, 'dist');
    const result = await buildSite(content, outDir);
    expect(result.status, result.output).toBe(0);
    expect(checkInvariants(content, outDir)).toEqual([]);

    const server = await serveStatic(outDir);
    const browser = await sharedBrowser();
    try {
      const page = await browser.newPage();
      for (const [from, to, heading] of [
        [`/protocollen/${oldProtocol}/`, `/protocollen/${newProtocol}/`, /VLAIO naar het Departement Werk/],
        ['/partijen/vlaamse-dienst-voor-arbeidsbemiddeling/', '/partijen/vdab/', /Vlaamse Dienst voor Arbeidsbemiddeling/],
      ] as const) {
        const html = readFileSync(join(outDir, from, 'index.html'), 'utf8');
        expect(html).toContain(`<a href="${to}">`); // the link for when the redirect does not happen
        expect(html).toMatch(/<link rel="canonical" href="[^"]*\/(protocollen|partijen)\/(2025-vlaio-wewis-uitgaventoetsing|vdab)\/"/);
        await page.goto(server.url + from);
        await page.waitForURL(server.url + to);
        expect(await page.locator('h1').innerText()).toMatch(heading);
      }
      // The JSON and feed of the renamed party stay at their old addresses too.
      expect(JSON.parse(readFileSync(join(outDir, 'partijen/vlaamse-dienst-voor-arbeidsbemiddeling.json'), 'utf8')).party.id).toBe('vdab');
      expect(existsSync(join(outDir, 'partijen/vlaamse-dienst-voor-arbeidsbemiddeling.xml'))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
