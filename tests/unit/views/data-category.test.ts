// The data-category page's view, on the fixture register.
import { describe, expect, it } from 'vitest';
import { dataCategoryListView, dataCategoryView } from '../../../src/lib/views/data-category.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('dataCategoryView', () => {
  it('lists its protocols as table rows with parties and category labels resolved', () => {
    const view = defined(dataCategoryView(register, 'insz'));
    expect(view.count).toBe(1);
    expect(view.caption).toBe('Protocollen waarin rijksregisternummer of insz wordt doorgegeven, nieuwste eerst');
    const [row] = view.rows;
    expect(row?.summary.href).toBe('/protocollen/2023-ahovoks-departement-zorg-diplomagegevens/');
    expect(row?.summary.senders.map((p) => [p.href, p.label])).toEqual([
      ['/partijen/ahovoks/', 'AHOVOKS (Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en Studietoelagen)'],
    ]);
    expect(row?.summary.receivers.map((p) => p.label)).toEqual(['Departement Zorg']);
    expect(row?.summary.categories).toEqual(['Rijksregisternummer of INSZ', "Diploma's en kwalificaties"]);
    expect(row?.counterparts).toBeUndefined();
    expect(view.search.line).toBe('Soort gegevens · in 1 protocol');
  });

  it('is undefined for an unknown category', () => {
    expect(dataCategoryView(register, 'onbekend')).toBeUndefined();
  });
});

describe('dataCategoryListView', () => {
  it('says in how many protocols each category occurs, with the right plural', () => {
    const list = dataCategoryListView(register);
    expect(list.map((c) => c.id)).toContain('insz');
    expect(list.find((c) => c.id === 'contactgegevens')).toMatchObject({ href: '/gegevens/contactgegevens/', note: 'In 2 protocollen.' });
    expect(list.find((c) => c.id === 'diplomas-en-kwalificaties')?.note).toBe('In 1 protocol.');
    expect(list.find((c) => c.id === 'gezondheidsgegevens')?.note).toMatch(/^In \d+ protocol(len)?\. Bijzonder gevoelig gegeven\.$/);
  });
});
