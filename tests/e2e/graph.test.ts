// The data-flow graph in Chromium: links, keyboard, views without JavaScript, accessibility.
import { describe, expect, it } from 'vitest';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

const site = useSite();

describe('the data-flow graph', () => {
  it('every node of /graaf/ is a working link to an existing party page', async () => {
    const { page, external } = await site.open('/graaf/');
    const hrefs = await page.locator('svg[data-graph] a.node').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(10);
    expect(new Set(hrefs).size).toBe(10);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/partijen\/[a-z0-9-]+\/$/);
      const response = await page.request.get(new URL(href, site.url).href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toContain('Vragen over uw gegevens?');
    }
    // Following a node link lands on that party's page.
    await page.locator('a.node[data-node="ahovoks"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/partijen/ahovoks/');
    expect(external).toEqual([]);
  });

  it('every edge leads to the protocols behind it: a protocol page or its row in the table', async () => {
    const { page } = await site.open('/graaf/');
    const edges = await page.locator('a.edge').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(edges.length).toBeGreaterThan(5);
    for (const href of edges) {
      if (href.startsWith('#')) {
        expect(await page.locator(`tr${href} a[href^="/protocollen/"]`).count(), href).toBeGreaterThan(0);
      } else {
        expect(href).toMatch(/^\/protocollen\/[a-z0-9-]+\/$/);
        expect((await page.request.get(new URL(href, site.url).href)).status(), href).toBe(200);
      }
    }
    const edge = page.locator('a.edge[data-from="ahovoks"][data-to="departement-zorg"]');
    await expect(edge.getAttribute('href')).resolves.toBe('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
  });

  it('draws the mutual exchange of seed 002 with arrowheads at both ends, and an ended or future flow dashed', async () => {
    const { page } = await site.open('/graaf/');
    const mutual = page.locator('a.edge[data-from="fonds-innoveren-en-ondernemen"], a.edge[data-to="fonds-innoveren-en-ondernemen"]');
    expect(await mutual.count()).toBe(2);
    for (const edge of await mutual.all()) {
      const line = edge.locator('path.edge-line');
      await expect(line.getAttribute('marker-start')).resolves.toMatch(/url\(#/);
      await expect(line.getAttribute('marker-end')).resolves.toMatch(/url\(#/);
      await expect(edge.locator('title').textContent()).resolves.toMatch(/in beide richtingen/);
    }
    const ended = page.locator('a.edge[data-from="team-bedrijfstrajecten"][data-to="vdab"] path.edge-line');
    await expect(ended.getAttribute('stroke-dasharray')).resolves.toBeTruthy();
    await expect(ended.getAttribute('marker-start')).resolves.toBeNull();
    // A flow that is not in force yet is dashed too.
    const notYet = page.locator('a.edge[data-from="departement-wewis"][data-to="team-bedrijfstrajecten"] path.edge-line');
    await expect(notYet.getAttribute('stroke-dasharray')).resolves.toBeTruthy();
    // The legend explains the line styles in words, not colour.
    const legend = await page.locator('.graph-legend').textContent();
    expect(legend).toMatch(/Pijl aan beide kanten: wederzijdse uitwisseling/);
    expect(legend).toMatch(/Stippellijn/);
  });

  it('keyboard focus reaches each node, and shows its full name', async () => {
    const { page } = await site.open('/graaf/');
    const nodes = await page.locator('a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    const reached = new Set<string>();
    await page.locator('a[href="#tabel"]').focus();
    for (let i = 0; i < 80 && reached.size < nodes.length; i++) {
      await page.keyboard.press('Tab');
      const node = await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-node'));
      if (node) reached.add(node);
    }
    expect([...reached].sort()).toEqual([...nodes].sort());
    await page.locator('a.node[data-node="vdab"]').focus();
    await expect(page.locator('.tip-overlay text').textContent()).resolves.toBe('VDAB: Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding');
  });

  it('works without JavaScript: the drawing is static SVG, the full name shows on focus, the views are links', async () => {
    const { page } = await site.open('/graaf/', { javaScript: false });
    expect(await page.locator('svg[data-graph] a.node').count()).toBe(10);
    const node = page.locator('a.node[data-node="vdab"]');
    await expect(node.locator('.tip').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    await node.focus();
    await expect(node.locator('.tip').evaluate((el) => getComputedStyle(el).display)).resolves.not.toBe('none');
    await page.getByRole('link', { name: /^Alleen van kracht/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/graaf/van-kracht/');
    // The URL changes before the new page is parsed: wait for its drawing, not just the address.
    await expect.poll(() => page.locator('svg[data-graph]').count()).toBe(1);
  });

  it('the in-force view leaves out the ended and one-off protocols', async () => {
    const { page } = await site.open('/graaf/van-kracht/', { javaScript: false });
    const edges = await page.locator('a.edge').evaluateAll((as) => as.map((a) => `${a.getAttribute('data-from')}>${a.getAttribute('data-to')}`));
    expect(edges).not.toContain('team-bedrijfstrajecten>vdab');
    expect(edges).not.toContain('vlaio>departement-wewis');
    expect(edges).not.toContain('departement-wewis>team-bedrijfstrajecten'); // not yet in force
    expect(edges).toContain('ahovoks>departement-zorg');
    expect(await page.locator('a.edge path.edge-line[stroke-dasharray]').count()).toBe(0);
  });

  it('the INSZ view shows only the AHOVOKS → Departement Zorg flow, without JavaScript too', async () => {
    const { page } = await site.open('/graaf/gegevens/insz/', { javaScript: false });
    const nodes = await page.locator('a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    expect(nodes.sort()).toEqual(['ahovoks', 'departement-zorg']);
    await expect(page.locator('svg[data-graph] > title').textContent()).resolves.toMatch(/rijksregisternummer/i);
    // Each data category that occurs has its own view, linked from the view switcher.
    const views = await page.locator('.graph-views a[href^="/graaf/gegevens/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(views).toContain('/graaf/gegevens/diplomas-en-kwalificaties/');
    for (const href of views) expect((await page.request.get(new URL(href, site.url).href)).status(), href).toBe(200);
  });

  it('the view of a special category (health data) shows only the WEWIS → TBT flow', async () => {
    const { page } = await site.open('/graaf/gegevens/gezondheidsgegevens/', { javaScript: false });
    const nodes = await page.locator('a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    expect(nodes.sort()).toEqual(['departement-wewis', 'team-bedrijfstrajecten']);
  });

  it('has a title, a description and a table with the same flows as the drawing', async () => {
    const { page } = await site.open('/graaf/');
    const svg = page.locator('svg[data-graph]');
    await expect(svg.getAttribute('aria-labelledby')).resolves.toBe('netwerk-title netwerk-desc');
    await expect(page.locator('#netwerk-title').textContent()).resolves.toBe('Wie deelt gegevens met wie?');
    await expect(page.locator('#netwerk-desc').textContent()).resolves.toMatch(/10 partijen en \d+ verbindingen/);
    expect(await svg.getAttribute('role')).toBeNull();
    const rows = await page.locator('#tabel tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id));
    const edges = await page.locator('a.edge').evaluateAll((as) => as.map((a) => `rel-${a.getAttribute('data-from')}--${a.getAttribute('data-to')}`));
    expect(rows.sort()).toEqual(edges.sort());
    const headers = await page.locator('#tabel thead th').allTextContents();
    expect(headers).toEqual(['Van (deelt mee)', 'Naar (ontvangt)', 'Soorten gegevens', 'Protocollen', 'Status']);
  });

  it('zoom buttons enlarge and fit the drawing (enhancement)', async () => {
    const { page } = await site.open('/graaf/');
    const svg = page.locator('svg[data-graph]');
    const before = (await svg.boundingBox())!.width;
    await page.getByRole('button', { name: 'Groter' }).click();
    await page.getByRole('button', { name: 'Groter' }).click();
    expect((await svg.boundingBox())!.width).toBeGreaterThan(before * 1.5);
    await page.getByRole('button', { name: 'Passend' }).click();
    expect(Math.round((await svg.boundingBox())!.width)).toBe(Math.round(before));
    const { page: noScript } = await site.open('/graaf/', { javaScript: false });
    expect(await noScript.getByRole('button', { name: 'Groter' }).count()).toBe(0);
  });

  it('highlights a node and its neighbours on focus (enhancement)', async () => {
    const { page } = await site.open('/graaf/');
    await page.locator('a.node[data-node="vdab"]').focus();
    const near = await page.locator('a.node.near').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')).sort());
    expect(near).toEqual(['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen', 'team-bedrijfstrajecten', 'vdab', 'vlaio']);
    await page.keyboard.press('Tab');
    expect(await page.locator('a.node.near').count()).toBeGreaterThan(0);
  });

  it('shows a small graph on a party page and a flow diagram on a protocol page', async () => {
    const party = await site.open('/partijen/vdab/');
    await expect(party.page.locator('#party-graph-title').textContent()).resolves.toBe('Met wie deelt VDAB gegevens?');
    const nodes = await party.page.locator('svg[data-graph] a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')).sort());
    expect(nodes).toEqual(['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen', 'team-bedrijfstrajecten', 'vdab', 'vlaio']);
    // Who sends to VDAB is drawn left of VDAB, whom it sends to right of it.
    const x = (id: string) =>
      party.page
        .locator(`a.node[data-node="${id}"] rect`)
        .first()
        .evaluate((r) => Number(r.getAttribute('x')));
    expect(await x('vlaio')).toBeLessThan(await x('vdab'));
    expect(await x('atlas-antwerpen')).toBeGreaterThan(await x('vdab'));
    await expect(party.page.locator('.party-graph details').textContent()).resolves.toMatch(/VDAB geeft gegevens door aan Atlas/);
    const protocol = await site.open('/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/');
    expect(await protocol.page.locator('.summary-card svg[data-graph] a.edge').count()).toBe(3);
    const mutual = await site.open('/protocollen/2021-vlaio-fio-tbt-frontoffice/', { javaScript: false });
    expect(await mutual.page.locator('.summary-card svg[data-graph] a.edge path.edge-line[marker-start]').count()).toBe(3);
  });

  for (const path of [
    '/graaf/',
    '/graaf/van-kracht/',
    '/graaf/gegevens/insz/',
    '/graaf/gegevens/diplomas-en-kwalificaties/',
    '/graaf/domein/inburgering-en-integratie/',
    '/partijen/vdab/',
    '/protocollen/2021-vlaio-fio-tbt-frontoffice/',
  ]) {
    it(`has no axe violations on ${path}`, async () => {
      const { page, external } = await site.open(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(external).toEqual([]);
    });
  }
});
