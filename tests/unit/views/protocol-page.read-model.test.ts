// What the protocol page and the lists show, computed by the read model: built from small
// hand-written protocols, the expected values written out by hand.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { buildRegister, currentAndEnded, protocolsOfGroup, protocolsOfParty, protocolsWithCategory, partyFlowsOf } from '../../../src/lib/model/register.ts';
import { protocolPage } from '../../../src/lib/views/protocol-page.ts';
import { body, category, content, party, protocol, protocolData } from '../fixtures/content.ts';
import { defined } from '../../support/defined.ts';

function registerOf(...protocols: ReturnType<typeof protocol>[]) {
  const raw = content(protocols, {
    parties: [
      party('a', { name: 'Agentschap Zeta', shortName: 'ZETA', dpo: { email: 'dpo@zeta.example' } }),
      party('b', { name: 'Agentschap Alfa', shortName: 'ALFA', privacyPage: 'https://alfa.example/privacy' }),
      party('c', { kbo: '0887.010.362', name: 'Agentschap Beta', shortName: 'BETA' }),
    ],
    dataCategories: [
      category('diploma', { label: 'Diploma' }),
      category('insz', { label: 'Rijksregisternummer', nationalId: true }),
      category('gezondheid', { label: 'Gezondheid', specialCategory: true }),
    ],
  });
  const result = validateContent(raw);
  expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  return buildRegister(result, '2026-11-22');
}

const twoFlows = protocolData({
  parties: [
    { party: 'a', role: 'sends', nameAsWritten: 'Agentschap Z', addressAsWritten: 'Straat 1, 1000 Brussel', publicationUrl: 'https://zeta.example/protocollen' },
    { party: 'b', role: 'receives', alias: 'de ontvanger', representative: { name: 'Jan Peeters', function: 'administrateur-generaal' } },
    { party: 'c', role: 'receives' },
  ],
  flows: [
    { from: ['a'], to: ['b'], dataItems: [{ label: 'INSZ', description: 'Het nummer', dataCategories: ['insz', 'diploma'], proportionality: 'Om te koppelen' }] },
    { from: ['a'], to: ['c'], dataItems: [{ label: 'Attest', description: 'Een attest', dataCategories: ['gezondheid'], specialCategory: true }] },
  ],
  purposes: [
    { party: 'a', text: 'Doel van de zender' },
    { party: 'b', text: 'Doel van de ontvanger' },
  ],
  legalBasis: { gdpr: ['c', 'e'], articles: [] },
  specialCategories: true,
  end: { tiedTo: { kind: 'agreement', label: 'het convenant 2018–2022', quote: 'zolang het convenant loopt' } },
});

describe('the protocol page', () => {
  const register = registerOf(protocol('2024-twee-stromen', twoFlows));
  const page = protocolPage(register, defined(register.protocolsById.get('2024-twee-stromen')));

  it('names each data category with a link and what makes it sensitive', () => {
    expect(page.categories).toEqual([
      { href: '/gegevens/insz/', text: 'Rijksregisternummer', notes: ['nationaal identificatienummer'] },
      { href: '/gegevens/diploma/', text: 'Diploma', notes: [] },
      { href: '/gegevens/gezondheid/', text: 'Gezondheid', notes: ['bijzonder gevoelig gegeven'] },
    ]);
  });

  it('gives each party the contact a citizen can use: the DPO, else the privacy page, else none', () => {
    expect(page.contacts).toEqual([
      { party: { href: '/partijen/a/', text: 'ZETA' }, contact: { href: 'mailto:dpo@zeta.example', text: 'dpo@zeta.example' } },
      { party: { href: '/partijen/b/', text: 'ALFA' }, contact: { href: 'https://alfa.example/privacy', text: 'privacypagina' } },
      { party: { href: '/partijen/c/', text: 'BETA' }, contact: undefined },
    ]);
  });

  it('shows the receiver’s purpose to citizens and the GDPR grounds in one phrase', () => {
    expect(page.purposeForCitizens).toBe('Doel van de ontvanger');
    expect(page.purposes).toEqual([
      { party: 'ZETA', text: 'Doel van de zender' },
      { party: 'ALFA', text: 'Doel van de ontvanger' },
    ]);
    expect(page.gdprBases).toMatch(/^een wettelijke verplichting.* en .*algemeen belang/);
  });

  it('lists the parties with role, representative, the facts as written and where they publish it', () => {
    const [a, b] = page.parties;
    expect(a).toMatchObject({
      party: { href: '/partijen/a/', text: 'Agentschap Zeta' },
      role: 'deelt gegevens mee',
      asWritten: ['naam “Agentschap Z”', 'adres Straat 1, 1000 Brussel'],
      publication: { href: 'https://zeta.example/protocollen', text: 'website van ZETA' },
    });
    expect(b).toMatchObject({ alias: 'de ontvanger', representative: 'Jan Peeters, administrateur-generaal', asWritten: [], publication: undefined });
    expect(page.publications).toEqual([{ party: 'ZETA', href: 'https://zeta.example/protocollen', host: 'zeta.example' }]);
  });

  it('numbers the flows only when there are several, and joins the category labels of each item', () => {
    expect(page.flows.map((f) => f.heading)).toEqual(['Stroom 1: ', 'Stroom 2: ']);
    expect(page.flows[0]?.items[0]).toMatchObject({ label: 'INSZ', categories: 'Rijksregisternummer en Diploma', proportionality: 'Om te koppelen' });
    expect(page.flows[1]?.items[0]?.specialCategory).toBe(true);
  });

  it('says an end tied to another document cannot be confirmed, and quotes the source', () => {
    expect(page.end).toMatchObject({ kind: 'tied', quote: 'zolang het convenant loopt' });
    expect(page.end.text).toContain('het convenant 2018–2022');
    expect(page.end.text).toContain('niet bevestigen');
  });
});

describe('relations and frameworks on the protocol page', () => {
  const framework = protocolData({ title: 'Het kaderprotocol', entryIntoForce: { date: '2024-02-01' } });
  const accession = protocolData({
    title: 'Toetreding van C',
    documentDate: '2024-06-01',
    parties: [
      { party: 'a', role: 'sends' },
      { party: 'c', role: 'receives' },
    ],
    flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
    entryIntoForce: { date: '2024-07-01' },
    relations: [{ type: 'accedes-to', protocol: '2024-kader', date: '2024-06-01' }],
  });
  const register = registerOf(protocol('2024-kader', framework), protocol('2024-toetreding', accession));

  it('shows a relation on both sides, with the other protocol’s title', () => {
    const main = protocolPage(register, defined(register.protocolsById.get('2024-kader')));
    const joined = protocolPage(register, defined(register.protocolsById.get('2024-toetreding')));
    expect(joined.relations).toEqual([
      { label: 'Treedt toe tot', target: { href: '/protocollen/2024-kader/', text: 'Het kaderprotocol' }, documentDate: '2024-01-10', date: '2024-06-01', note: undefined },
    ]);
    expect(main.relations).toEqual([
      { label: 'Toetreding door', target: { href: '/protocollen/2024-toetreding/', text: 'Toetreding van C' }, documentDate: '2024-06-01', date: '2024-06-01' },
    ]);
  });

  it('lists every member of the framework with the date it joined and through which document', () => {
    const main = protocolPage(register, defined(register.protocolsById.get('2024-kader')));
    expect(main.framework?.isFramework).toBe(true);
    expect(main.framework?.members).toEqual([
      { party: { href: '/partijen/a/', text: 'Agentschap Zeta' }, joined: '2024-02-01', via: { text: 'dit protocol' } },
      { party: { href: '/partijen/b/', text: 'Agentschap Alfa' }, joined: '2024-02-01', via: { text: 'dit protocol' } },
      { party: { href: '/partijen/c/', text: 'Agentschap Beta' }, joined: '2024-07-01', via: { href: '/protocollen/2024-toetreding/', text: 'toetreding' } },
    ]);
    const joined = protocolPage(register, defined(register.protocolsById.get('2024-toetreding')));
    expect(joined.framework?.isFramework).toBe(false);
    expect(joined.framework?.members[0]?.via).toEqual({ href: '/protocollen/2024-kader/', text: 'het kaderprotocol' });
  });
});

describe('a protocol replaced by another', () => {
  const old = protocolData({ title: 'Protocol van A naar B', end: { date: '2025-03-31' } });
  const newer = protocolData({
    title: 'Protocol van A naar B (tweede versie)',
    documentDate: '2025-02-10',
    entryIntoForce: { date: '2025-04-01' },
    relations: [{ type: 'replaces', protocol: '2024-oud' }],
  });
  const register = registerOf(protocol('2024-oud', old), protocol('2025-nieuw', newer));

  it('says at the top by which protocol and since when, with each link its own title and date', () => {
    const replaced = protocolPage(register, defined(register.protocolsById.get('2024-oud')));
    expect(replaced.replacedBy).toEqual({ link: { href: '/protocollen/2025-nieuw/', text: 'Protocol van A naar B (tweede versie)' }, since: '2025-04-01' });
    expect(replaced.relations).toEqual([
      { label: 'Vervangen door', target: { href: '/protocollen/2025-nieuw/', text: 'Protocol van A naar B (tweede versie)' }, documentDate: '2025-02-10', date: undefined },
    ]);
    const replacing = protocolPage(register, defined(register.protocolsById.get('2025-nieuw')));
    expect(replacing.replacedBy).toBeUndefined();
    expect(replacing.relations).toEqual([
      { label: 'Vervangt', target: { href: '/protocollen/2024-oud/', text: 'Protocol van A naar B' }, documentDate: '2024-01-10', date: undefined, note: undefined },
    ]);
  });
});

describe('what lists need, computed once', () => {
  const ended = protocolData({ title: 'Afgelopen', end: { date: '2025-01-31' } });
  const register = registerOf(protocol('2024-lopend', protocolData()), protocol('2023-afgelopen', { ...ended, documentDate: '2023-01-10' }));

  it('counts protocols per status, every status present', () => {
    expect(register.statusCounts).toEqual({ 'in-force': 1, ended: 1, unconfirmed: 0, 'not-yet': 0, 'one-off': 0 });
  });

  it('sorts parties by name and by short name in Dutch order, and lists only the data categories in use', () => {
    expect(register.sorted.partiesByName.map(([id]) => id)).toEqual(['b', 'c', 'a']);
    expect(register.sorted.partiesByShortName.map(([id]) => id)).toEqual(['b', 'c', 'a']);
    expect(register.sorted.dataCategories.map(([id]) => id)).toEqual(['diploma', 'gezondheid', 'insz']);
    expect(register.usedCategories).toEqual(['diploma']);
  });

  it('splits a party’s relations into current and ended', () => {
    const { current, ended: past } = currentAndEnded(partyFlowsOf(register, 'a').sends);
    expect(current.map((r) => r.protocol.id)).toEqual(['2024-lopend']);
    expect(past.map((r) => r.protocol.id)).toEqual(['2023-afgelopen']);
  });

  it('indexes protocols per party (also a party without a flow), per data category and per group, newest first', () => {
    const onlyB = protocolData({
      parties: [
        { party: 'b', role: 'sends' },
        { party: 'c', role: 'receives' },
        { party: 'a', role: 'both' },
      ],
      flows: [{ from: ['b'], to: ['c'], dataItems: [{ label: 'Attest', description: 'Een attest', dataCategories: ['gezondheid'], specialCategory: true }] }],
      specialCategories: true,
    });
    const many = registerOf(
      protocol('2022-oud', { ...protocolData(), documentDate: '2022-03-01' }),
      protocol('2025-derde', { ...onlyB, documentDate: '2025-02-01' }),
      protocol('2024-lopend', protocolData()),
    );
    expect(protocolsOfParty(many, 'a').map((p) => p.id)).toEqual(['2025-derde', '2024-lopend', '2022-oud']);
    expect(protocolsOfParty(many, 'c').map((p) => p.id)).toEqual(['2025-derde']);
    expect(protocolsOfParty(many, 'onbekend')).toEqual([]);
    expect(protocolsWithCategory(many, 'diploma').map((p) => p.id)).toEqual(['2024-lopend', '2022-oud']);
    expect(protocolsWithCategory(many, 'gezondheid').map((p) => p.id)).toEqual(['2025-derde']);
    expect(protocolsOfGroup(many, 'werkzoekenden')).toEqual([]);
  });
});

describe('the full text on the protocol page', () => {
  const text = `## Voorwerp\n\nDit protocol regelt de mededeling van gegevens. ${'Meer tekst over het doel. '.repeat(8)}\n\n### Artikel 1 \\<Definities\\>\n\nDe begrippen.\n\n#### Diep niveau\n\nNiet in de inhoudstafel.\n`;
  const register = registerOf(protocol('2024-met-tekst', protocolData(), text));
  const view = defined(register.protocolsById.get('2024-met-tekst'));

  it('carries the body as the check rendered it, escaped', () => {
    expect(view.body.html).toContain('<h2 id="tekst-voorwerp">Voorwerp</h2>');
    expect(view.body.html).toContain('Artikel 1 &#x3C;Definities>');
    expect(view.body.html).not.toContain('<Definities>');
  });

  it('makes a table of contents of the headings down to level 3', () => {
    expect(protocolPage(register, view).toc).toEqual([
      { href: '#tekst-voorwerp', text: 'Voorwerp', sub: false },
      { href: '#tekst-artikel-1-definities', text: 'Artikel 1 <Definities>', sub: true },
    ]);
  });

  it('uses the plain text of the body for the checklist', () => {
    const withDefault = registerOf(protocol('2024-standaard', protocolData(), body));
    expect(defined(withDefault.protocolsById.get('2024-standaard')).checklist.findings.find((f) => f.id === 'dpo-advice')?.present).toBe(true);
  });
});
