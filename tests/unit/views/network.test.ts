// The network pages' views, on the fixture register: filters, parts, table rows and the drawing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { categoryNetworkView, domainNetworkView, domainPages, inForceNetworkView, wholeNetworkView } from '../../../src/lib/views/network.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { fixtureRegister } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('the network views', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('the whole network: no breadcrumbs, its filter current, a row per edge, drawn', async () => {
    vi.stubEnv('GRAPH_LAYOUT_CACHE', mkdtempSync(join(tmpdir(), 'views-layout-')));
    const view = await wholeNetworkView(register);
    expect(view.heading).toBe('Wie deelt gegevens met wie?');
    expect(view.breadcrumbs).toEqual([]);
    expect(view.views.map((v) => [v.href, v.label, v.current])).toEqual([
      ['/graaf/', 'Alle gegevensstromen', true],
      ['/graaf/van-kracht/', 'Alleen van kracht op 22 november 2026', false],
    ]);
    expect(view.categories.open).toBe(false);
    expect(view.categories.links.map((c) => c.href)).toContain('/graaf/gegevens/insz/');
    expect(view.categories.links.find((c) => c.href === '/graaf/gegevens/insz/')?.label).toBe('Rijksregisternummer of INSZ');
    expect(view.hasFlows).toBe(true);
    expect(view.rows.length).toBeGreaterThan(0);
    expect(view.rows.find((r) => r.from.id === 'ahovoks')).toMatchObject({ to: { id: 'departement-zorg', label: 'Departement Zorg' }, weight: 1 });
    expect(view.caption).toBe('Tabel bij de tekening: Wie deelt gegevens met wie?');
    expect(view.drawing?.nodes.length).toBe(10);
    expect(view.partyDrawings).toBe(true);
  });

  it('REGISTER_GRAPH=off: no drawing and no links to the party drawings, the table stays', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = await inForceNetworkView(register);
    expect(view.drawing).toBeUndefined();
    expect(view.partyDrawings).toBe(false);
    expect(view.breadcrumbs).toEqual([
      { href: '/graaf/', label: 'Wie deelt met wie' },
      { href: '/graaf/van-kracht/', label: 'Van kracht' },
    ]);
    // Only what is in force: the ended VLAIO–TBT–VDAB protocol is left out.
    expect(view.rows.some((r) => r.to.id === 'vdab')).toBe(false);
    expect(view.rows.some((r) => r.from.id === 'ahovoks')).toBe(true);
  });

  it('per data category: the label in the heading and its filter open and current', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = await categoryNetworkView(register, 'insz');
    expect(view.heading).toBe('Wie deelt rijksregisternummer of insz met wie?');
    expect(view.intro).toBe('Alleen de gegevensstromen die rijksregisternummer of insz bevatten.');
    expect(view.categories.open).toBe(true);
    expect(view.categories.links.filter((c) => c.current).map((c) => c.href)).toEqual(['/graaf/gegevens/insz/']);
    expect(view.rows.map((r) => [r.from.id, r.to.id])).toEqual([['ahovoks', 'departement-zorg']]);
  });

  it('per policy domain: one page per domain with its route path, and the domain current', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const pages = domainPages(register);
    expect(pages.map((p) => p.path)).toEqual(pages.map((p) => p.slug));
    for (const page of pages) expect(`/graaf/domein/${page.path}/`).toBe(routes.graphOfDomain(page.slug, page.part));
    const zorg = pages.find((p) => p.slug === 'zorg');
    expect(zorg).toMatchObject({ name: 'Zorg', part: 1 });
    const view = await domainNetworkView(register, zorg ?? { slug: 'zorg', name: 'Zorg', part: 1 });
    expect(view.heading).toBe('Wie deelt gegevens met wie? Beleidsdomein Zorg');
    expect(view.parts).toEqual([]);
    expect(view.domains.open).toBe(true);
    expect(view.domains.links.filter((d) => d.current).map((d) => d.href)).toEqual(['/graaf/domein/zorg/']);
    expect(view.breadcrumbs.at(-1)).toEqual({ href: '/graaf/domein/zorg/', label: 'Zorg' });
  });
});
