import { describe, expect, it } from 'vitest';
import { useSite } from './fixture.ts';
import { axeViolations, describeViolations } from '../support/browser.ts';

const site = useSite();

describe('the data-flow graph', () => {
  it('every node of /graaf/ links to an existing party page', async () => {
    const { page, external } = await site.open('/graaf/');
    const hrefs = await page.locator('svg[data-graph] a.node').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(10);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/partijen\/[a-z0-9-]+\/$/);
      const response = await page.request.get(new URL(href, site.url).href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toContain('Vragen over uw gegevens?');
    }
    expect(external).toEqual([]);
  });

  it('draws the mutual exchange of seed 002 with arrowheads at both ends and an ended flow dashed', async () => {
    const { page } = await site.open('/graaf/');
    const mutual = page.locator('a.edge[data-from="fonds-innoveren-en-ondernemen"], a.edge[data-to="fonds-innoveren-en-ondernemen"]');
    expect(await mutual.count()).toBe(2);
    for (const edge of await mutual.all()) {
      const path = edge.locator('path').first();
      await expect(path.getAttribute('marker-start')).resolves.toMatch(/url\(#/);
      await expect(path.getAttribute('marker-end')).resolves.toMatch(/url\(#/);
    }
    const ended = page.locator('a.edge[data-from="team-bedrijfstrajecten"][data-to="vdab"] path').first();
    await expect(ended.getAttribute('stroke-dasharray')).resolves.toBeTruthy();
  });

  it('keyboard focus reaches each node', async () => {
    const { page } = await site.open('/graaf/');
    const nodes = await page.locator('a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    const reached = new Set<string>();
    await page.locator('a[href="#tabel"]').focus();
    for (let i = 0; i < 60 && reached.size < nodes.length; i++) {
      await page.keyboard.press('Tab');
      const node = await page.evaluate(() => (document.activeElement as Element | null)?.getAttribute('data-node'));
      if (node) reached.add(node);
    }
    expect([...reached].sort()).toEqual([...nodes].sort());
  });

  it('an edge leads to the protocols behind it', async () => {
    const { page } = await site.open('/graaf/');
    const edge = page.locator('a.edge[data-from="ahovoks"][data-to="departement-zorg"]');
    await expect(edge.getAttribute('href')).resolves.toBe('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
  });

  it('the in-force view leaves out the ended and one-off protocols', async () => {
    const { page } = await site.open('/graaf/van-kracht/', { javaScript: false });
    const edges = await page.locator('a.edge').evaluateAll((as) => as.map((a) => `${a.getAttribute('data-from')}>${a.getAttribute('data-to')}`));
    expect(edges).not.toContain('team-bedrijfstrajecten>vdab');
    expect(edges).not.toContain('vlaio>departement-wewis');
    expect(edges).toContain('ahovoks>departement-zorg');
  });

  it('the INSZ view shows only the AHOVOKS → Departement Zorg flow, without JavaScript too', async () => {
    const { page } = await site.open('/graaf/gegevens/insz/', { javaScript: false });
    const nodes = await page.locator('a.node').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')));
    expect(nodes.sort()).toEqual(['ahovoks', 'departement-zorg']);
    await expect(page.locator('svg[data-graph] title').first().textContent()).resolves.toMatch(/rijksregisternummer/i);
  });

  it('has a table with the same flows as the drawing', async () => {
    const { page } = await site.open('/graaf/');
    const rows = await page.locator('#tabel tbody tr').count();
    const edges = await page.locator('a.edge').count();
    expect(rows).toBe(edges);
    await expect(page.locator('svg[data-graph]').getAttribute('aria-labelledby')).resolves.toBe('netwerk-title netwerk-desc');
  });

  it('highlights a node and its neighbours on focus (enhancement)', async () => {
    const { page } = await site.open('/graaf/');
    await page.locator('a.node[data-node="vdab"]').focus();
    const near = await page.locator('a.node.near').evaluateAll((as) => as.map((a) => a.getAttribute('data-node')).sort());
    expect(near).toEqual(['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen', 'team-bedrijfstrajecten', 'vdab', 'vlaio']);
  });

  it('shows a small graph on a party page and a flow diagram on a protocol page', async () => {
    const party = await site.open('/partijen/vdab/');
    expect(await party.page.locator('#party-graph-title').count()).toBe(1);
    expect(await party.page.locator('svg[data-graph] a.node').count()).toBe(6);
    const protocol = await site.open('/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/');
    expect(await protocol.page.locator('.summary-card svg[data-graph] a.edge').count()).toBe(3);
  });

  for (const path of ['/graaf/', '/graaf/van-kracht/', '/graaf/gegevens/diplomas-en-kwalificaties/', '/graaf/domein/inburgering-en-integratie/', '/partijen/vdab/', '/protocollen/2021-vlaio-fio-tbt-frontoffice/']) {
    it(`has no axe violations on ${path}`, async () => {
      const { page, external } = await site.open(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(external).toEqual([]);
    });
  }
});
