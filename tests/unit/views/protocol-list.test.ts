// The lists of protocols (all, per status, per party), on the fixture register.
import { describe, expect, it } from 'vitest';
import { allProtocolsView, foldPartyFiltersAbove, partyListOfProtocolsView, statusListView } from '../../../src/lib/views/protocol-list.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { testBuildDate } from '../../support/site.ts';
import { defined } from '../../support/defined.ts';
import { fixtureContent, fixtureRegister } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('the protocol lists', () => {
  it('all protocols: no breadcrumbs, every status with its count, "Alle" current', () => {
    const view = allProtocolsView(register);
    expect(view.heading).toBe('Alle protocollen');
    expect(view.breadcrumbs).toEqual([]);
    expect(view.count).toBe(6);
    expect(view.noun).toBe('protocollen');
    expect(view.date).toBe('22 november 2026');
    expect(view.statusFilters.map((f) => [f.href, `${f.label} (${f.count})`, f.current])).toEqual([
      ['/protocollen/', 'Alle (6)', true],
      ['/protocollen/status/van-kracht/', 'Van kracht (2)', false],
      ['/protocollen/status/einde-niet-bevestigd/', 'Einde niet bevestigd (1)', false],
      ['/protocollen/status/beeindigd/', 'Beëindigd (1)', false],
      ['/protocollen/status/nog-niet-van-kracht/', 'Nog niet van kracht (1)', false],
      ['/protocollen/status/eenmalig/', 'Eenmalig (1)', false],
    ]);
    expect(view.asBuilt).toBe(false);
    expect(view.partyFilters).toHaveLength(10);
    expect(view.partyFiltersOwn).toBe(false);
    expect(view.partyFiltersFolded).toBeUndefined();
    expect(view.protocols.map((p) => p.protocol.id)[0]).toBe('2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten');
  });

  it('per status: its explanation, the singular and the current filter', () => {
    const view = statusListView(register, 'ended');
    expect(view.heading).toBe('Protocollen: beëindigd');
    expect(view.intro).toBe('Het protocol is afgelopen: er mogen geen gegevens meer op basis van dit protocol worden doorgegeven.');
    expect(view.breadcrumbs).toEqual([{ href: '/protocollen/', label: 'Protocollen' }]);
    expect(view.count).toBe(1);
    expect(view.noun).toBe('protocol');
    expect(view.statusFilters.filter((f) => f.current).map((f) => f.href)).toEqual(['/protocollen/status/beeindigd/']);
    // Which protocols a status list holds is fixed at build time: the status script marks it.
    expect(view.asBuilt).toBe(true);
  });

  it('per party: named in full, its protocols, its filter current', () => {
    const view = defined(partyListOfProtocolsView(register, 'vdab'));
    expect(view.heading).toBe('Protocollen van Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding (VDAB)');
    expect(view.intro).toBe('Protocollen waarin Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding gegevens meedeelt of ontvangt.');
    expect(view.count).toBe(2);
    const current = view.partyFilters.filter((f) => f.current);
    expect(current.map((f) => [f.href, f.party.name, f.party.fullName])).toEqual([
      ['/protocollen/partij/vdab/', 'VDAB', 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding'],
    ]);
    // Its filter lists the parties of its own protocols only (VDAB's two protocols name these six, by short name), and says so.
    expect(view.partyFiltersOwn).toBe(true);
    expect(view.partyFilters.map((f) => f.href)).toEqual(
      ['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen', 'team-bedrijfstrajecten', 'vdab', 'vlaio'].map((id) => `/protocollen/partij/${id}/`),
    );
    // Its status block counts its own two protocols (one in force, one ended), not the register's six, and links nowhere but to the list of all.
    expect(view.statusFilters).toEqual([]);
    expect(view.statusSummary?.map((s) => `${s.label}: ${s.count}`)).toEqual(['Van kracht: 1', 'Einde niet bevestigd: 0', 'Beëindigd: 1', 'Nog niet van kracht: 0', 'Eenmalig: 0']);
    // The status script recounts the same two protocols on a later day.
    const schedule = JSON.parse(view.countSchedule) as { steps: [string, Record<string, number>][] };
    expect(schedule.steps[0]).toEqual(['2026-11-22', { 'in-force': 1, unconfirmed: 0, ended: 1, 'not-yet': 0, 'one-off': 0 }]);
    expect(allProtocolsView(register).statusSummary).toBeUndefined();
    expect(partyListOfProtocolsView(register, 'onbekend')).toBeUndefined();
  });

  it('folds the party filters into a closed block when there are more than fit above the list', () => {
    // The fixture's ten parties and 1,990 more, none in a protocol: 2,000 on the list of all protocols.
    const content = fixtureContent();
    const model = content.parties[0]!;
    const many = buildRegister(
      { ...content, parties: [...content.parties, ...Array.from({ length: 1990 }, (_, i) => ({ ...model, id: `extra-${i}`, data: { ...model.data, shortName: `X${i}` } }))] },
      testBuildDate,
    );
    expect(foldPartyFiltersAbove).toBeLessThan(2000);
    const all = allProtocolsView(many);
    expect(all.partyFilters).toHaveLength(2000);
    expect(all.partyFiltersFolded).toBe('Toon de 2.000 partijen');
    // A party's own list holds the parties of its own protocols: six for VDAB, shown as they are.
    const vdab = defined(partyListOfProtocolsView(many, 'vdab'));
    expect(vdab.partyFilters).toHaveLength(6);
    expect(vdab.partyFiltersFolded).toBeUndefined();
  });
});
