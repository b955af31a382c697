// Names, labels and protocol summaries as every view shares them, on the fixture register.
import { describe, expect, it } from 'vitest';
import { partyRef, protocolNoun, protocolSummary } from '../../../src/lib/views/common.ts';
import { categoryLabel } from '../../../src/lib/model/register.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('shared view pieces', () => {
  it('names a party by short name, with its full name where it differs', () => {
    expect(partyRef(register, 'agentschap-integratie-en-inburgering')).toEqual({
      id: 'agentschap-integratie-en-inburgering',
      href: '/partijen/agentschap-integratie-en-inburgering/',
      name: 'AgII',
      fullName: 'Agentschap Integratie en Inburgering',
      label: 'AgII (Agentschap Integratie en Inburgering)',
      title: 'Agentschap Integratie en Inburgering (AgII)',
    });
    expect(partyRef(register, 'departement-zorg')).toMatchObject({ name: 'Departement Zorg', fullName: undefined, label: 'Departement Zorg', title: 'Departement Zorg' });
    expect(partyRef(register, 'onbekend')).toMatchObject({ name: 'onbekend', label: 'onbekend', title: 'onbekend' });
  });

  it('resolves a party and a summary once per register', () => {
    expect(partyRef(register, 'vdab')).toBe(partyRef(register, 'vdab'));
    const protocol = defined(register.protocolsById.get('2023-ahovoks-departement-zorg-diplomagegevens'));
    expect(protocolSummary(register, protocol)).toBe(protocolSummary(register, protocol));
  });

  it('labels a data category, or falls back to its id', () => {
    expect(categoryLabel(register, 'insz')).toBe('Rijksregisternummer of INSZ');
    expect(categoryLabel(register, 'onbekend')).toBe('onbekend');
  });

  it('takes the noun after a count from protocolCount', () => {
    expect([protocolNoun(0), protocolNoun(1), protocolNoun(2), protocolNoun(12)]).toEqual(['protocollen', 'protocol', 'protocollen', 'protocollen']);
  });
});
