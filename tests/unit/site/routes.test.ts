// The URLs that were built by hand elsewhere (moved pages, catalogue ids, linked-data nodes, parts of a domain graph).
import { describe, expect, it } from 'vitest';
import { movedPages } from '../../../src/lib/content/former-slugs.ts';
import { routeParams, routes } from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  it('spells a domain graph page and its [...path] parameter from one path', () => {
    expect(routes.graphOfDomain('werk')).toBe('/graaf/domein/werk/');
    expect(routes.graphOfDomain('werk', 2)).toBe('/graaf/domein/werk/deel-2/');
    expect(routeParams.graphOfDomain('werk')).toBe('werk');
    expect(routeParams.graphOfDomain('werk', 3)).toBe('werk/deel-3');
    expect(`/graaf/domein/${routeParams.graphOfDomain('werk', 3)}/`).toBe(routes.graphOfDomain('werk', 3));
  });

  it('gives the catalogue and the linked data their ids', () => {
    expect(routes.catalogDataset('partij-vdab')).toBe('/catalogus.jsonld#partij-vdab');
    expect(routes.distribution(routes.protocolsCsv())).toBe('/protocollen.csv#distributie');
    expect(routes.partyNode('vdab')).toBe('/partijen/vdab/#organisatie');
    expect(routes.protocolNode('2024-a-b')).toBe('/protocollen/2024-a-b/#protocol');
  });

  it('leads a former slug from its old page to the current one', () => {
    expect(movedPages('protocols', [{ id: 'nieuw', data: { formerSlugs: ['oud'] } }])).toEqual([
      { section: 'protocols', id: 'nieuw', path: 'protocollen/oud', to: '/protocollen/nieuw/' },
    ]);
    expect(routeParams.moved(routes.party('wvg'))).toBe('partijen/wvg');
  });
});
