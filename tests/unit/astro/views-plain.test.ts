// Every view a page is given (src/astro/paths.ts builds the same ones) is plain data: its page's
// cache key is its JSON, which cannot see into a Map, a Set, a Date or a class instance.
import { describe, expect, it } from 'vitest';
import { plainDataProblem } from '../../../src/astro/cache-key.ts';
import { statusSlugs } from '../../../src/lib/site/routes.ts';
import type { Status } from '../../../src/lib/model/status.ts';
import { partyView } from '../../../src/lib/views/party.ts';
import { embedView } from '../../../src/lib/views/embed.ts';
import { dataCategoryView } from '../../../src/lib/views/data-category.ts';
import { dataSubjectGroupView } from '../../../src/lib/views/data-subject-group.ts';
import { partyListOfProtocolsView, statusListView } from '../../../src/lib/views/protocol-list.ts';
import { categoryNetworkView, domainNetworkView, domainPages } from '../../../src/lib/views/network.ts';
import { protocolPageView } from '../../../src/lib/views/protocol-page.ts';
import { fixtureRegister, siteUrl } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('the views of the pages', () => {
  it('are plain data, for every record of the fixture register', async () => {
    const views: [string, unknown][] = [];
    for (const id of register.parties.keys()) {
      views.push(
        [`partij ${id}`, await partyView(register, id, siteUrl)],
        [`embed ${id}`, await embedView(register, id, siteUrl)],
        [`lijst ${id}`, partyListOfProtocolsView(register, id)],
      );
    }
    for (const id of register.dataCategories.keys()) views.push([`gegevens ${id}`, dataCategoryView(register, id)]);
    for (const id of register.dataSubjectGroups.keys()) views.push([`betrokkenen ${id}`, dataSubjectGroupView(register, id)]);
    for (const protocol of register.protocols) views.push([`protocol ${protocol.id}`, await protocolPageView(register, protocol, siteUrl)]);
    for (const status of Object.keys(statusSlugs) as Status[]) views.push([`status ${status}`, statusListView(register, status)]);
    for (const id of register.usedCategories) views.push([`netwerk ${id}`, await categoryNetworkView(register, id)]);
    for (const page of domainPages(register)) views.push([`domein ${page.path}`, await domainNetworkView(register, page)]);

    expect(views.length).toBeGreaterThan(register.protocols.length + register.parties.size * 3);
    const problems = views.map(([name, view]) => (view === undefined ? `${name}: geen view` : plainDataProblem(view, name))).filter(Boolean);
    expect(problems).toEqual([]);
  });
});
