// The page of a group of people (a life situation), on the fixture register.
import { describe, expect, it } from 'vitest';
import { dataSubjectGroupListView, dataSubjectGroupView } from '../../../src/lib/views/data-subject-group.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('dataSubjectGroupView', () => {
  it('names the group, counts its protocols in words and resolves each card', () => {
    const view = defined(dataSubjectGroupView(register, 'werkzoekenden'));
    expect(view.label).toBe('werkzoekenden');
    expect(view.title).toBe('Gegevens over werkzoekenden');
    expect(view.countSentence).toBe('Het register bevat 1 protocol over werkzoekenden.');
    expect(view.searchTitle).toBe('Ik zoek werk: gegevens over werkzoekenden');
    const [card] = view.protocols;
    expect(card?.href).toBe('/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/');
    expect(card?.senders.map((p) => p.name)).toEqual(['VDAB']);
    expect(card?.receivers.map((p) => p.name)).toEqual(['AgII', 'Atlas', 'Amal']);
    expect(card?.categories).toEqual(['Naam en voornaam', 'Geboortedatum', 'Gegevens over werkzoekenden', 'Gegevens over inburgering', 'Opleidingen']);
    expect(card?.about).toBe('Inburgeraars met een actief inburgeringstraject die als werkzoekende bij de VDAB zijn ingeschreven');
  });

  it('is undefined for an unknown group', () => {
    expect(dataSubjectGroupView(register, 'onbekend')).toBeUndefined();
  });
});

describe('dataSubjectGroupListView', () => {
  it('lists the situations in Dutch order with their counts', () => {
    const list = dataSubjectGroupListView(register);
    expect(list.map((g) => g.id)).toEqual(['gediplomeerden', 'ondernemers', 'inburgeraars', 'deelnemers-opleidingen', 'zorgmedewerkers', 'werkzoekenden']);
    expect(list[1]).toEqual({ id: 'ondernemers', href: '/betrokkenen/ondernemers/', situation: 'Ik heb een onderneming of vraag subsidie aan', count: '4 protocollen' });
    expect(list[0]?.count).toBe('1 protocol');
  });
});
