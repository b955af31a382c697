// The importer's recognisers on made-up texts. Uses the fixture register, never content/.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import {
  datesIn,
  findChannel,
  findDataItems,
  findDpoAdvice,
  findDuration,
  findGdprBases,
  findLegalArticles,
  joinRotatedLabels,
  findParties,
  findPeriodicity,
  inferRoles,
} from '../../../src/lib/import/recognise.ts';
import { kboNumbersIn } from '../../../src/lib/content/kbo.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');
const content = validateContent(readContentFolder(fixture));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };

describe('recognisers', () => {
  it('finds the legal texts cited, with their date, but not the eGov decree the protocol is concluded under', () => {
    const text =
      'Gelet op artikel 20, eerste lid, van het decreet van 30 april 2009 betreffende de studiefinanciering; gelet op de wet van 8 december 1992; gelet op het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer.';
    expect(findLegalArticles(text)).toEqual(['Artikel 20, eerste lid, van het decreet van 30 april 2009 betreffende de studiefinanciering', 'De wet van 8 december 1992']);
    expect(findLegalArticles('Het decreet van 30 ergens 2009 en artikel 5 van de wet.')).toEqual([]);
  });

  it('reads dates in the ways Dutch texts write them', () => {
    expect(datesIn('Gedaan op 4/10/2023 en op 15 december 2025, of 1.04.2025; niet 31/02/2024.').map((d) => d.iso)).toEqual(['2023-10-04', '2025-12-15', '2025-04-01']);
  });

  it('finds enterprise numbers as written and knows a bad check digit', () => {
    expect(kboNumbersIn('nummer 0887.010.632 en 0507 873 093')).toEqual([
      { written: '0887.010.632', digits: '0887010632', valid: false },
      { written: '0507 873 093', digits: '0507873093', valid: true },
    ]);
  });

  it('finds parties by name and number, with their "hierna" name, and names the likely party for a bad number', () => {
    const text = [
      'TUSSEN',
      'De Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, met ondernemingsnummer 0887.010.632, die de gegevens ontvangt,',
      'hierna: “VDAB”;',
      'EN',
      'Het Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en Studietoelagen, KBO 0316.380.841, die de gegevens meedeelt,',
      'hierna: “AHOVOKS”;',
      'Artikel 1. Onderwerp',
    ];
    const found = findParties(text, register.parties);
    expect(found.map((p) => [p.id, p.alias, p.role])).toEqual([
      ['vdab', 'VDAB', 'receives'],
      ['ahovoks', 'AHOVOKS', 'sends'],
    ]);
    expect(found[0]!.notes[0]).toContain('0887.010.632 heeft een fout controlegetal. Vermoedelijk VDAB (0887.010.362)');
  });

  it('reads the GDPR ground however it is written, and only with the GDPR named', () => {
    expect(findGdprBases('De verwerking gebeurt op grond van artikel 6, eerste lid, e) AVG.')).toEqual(['e']);
    expect(findGdprBases('Op grond van art. 6, c) en e) van de AVG.')).toEqual(['c', 'e']);
    expect(findGdprBases('De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke rust (AVG).')).toEqual(['c']);
    expect(findGdprBases('Artikel 6 e) van het decreet.')).toEqual([]);
  });

  it('does not take a negated cue: "niet via een dienstenintegrator"', () => {
    expect(findChannel('De mededeling verloopt niet via een dienstenintegrator. De bestanden gaan via de dropserver.').type).toBe('drop-server');
    expect(findPeriodicity('Artikel 5 - Periodiciteit. De gegevens worden niet eenmalig maar permanent meegedeeld.')?.value).toBe('permanent');
  });

  it('infers who sends and who receives from the title or the text', () => {
    expect(inferRoles('Protocol van VDAB aan Atlas en Amal', '', [['VDAB'], ['Atlas'], ['Amal']])).toEqual(['sends', 'receives', 'receives']);
    expect(inferRoles('Protocol tussen VLAIO en VDAB', 'De gegevens worden meegedeeld door VLAIO en TBT aan VDAB.', [['VLAIO'], ['TBT'], ['VDAB']])).toEqual([
      'sends',
      'sends',
      'receives',
    ]);
  });

  it('joins a rotated row label that the PDF split into fragments, numbering on when the number is lost', () => {
    expect(joinRotatedLabels(['GEGEVEN', 'G eg', 'ev en', '1 Naam', 'Ge', 'ge', 'ven', 'Geboortedatum', 'Een gewone zin.'])).toEqual([
      'GEGEVEN',
      'Gegeven 1',
      'Naam',
      'Gegeven 2',
      'Geboortedatum',
      'Een gewone zin.',
    ]);
    expect(joinRotatedLabels(['1 Naam', 'Uit het register. G eg', 'ev en\nDe geboortedatum.'])).toEqual(['1 Naam', 'Uit het register.', 'Gegeven 1', 'De geboortedatum.']);
  });

  it('reads an inventory of office applications as a shared application, a Power BI report as power-bi', () => {
    expect(findChannel('De partijen werken samen in: SharePoint, Teams en OneDrive; Outlook, Excel, PowerBi.').type).toBe('shared-application');
    expect(findChannel('De gegevens worden ontsloten in een Power BI-rapport.').type).toBe('power-bi');
  });

  it('dates entry into force on signature by the last electronic signature, not before the document', () => {
    const text = 'Dit protocol treedt in werking op de datum van ondertekening. Ondertekend: 2021-10-01T10:00:00+0200 2021-10-11T19:34:13+0200 2021-10-08T18:53:08+0000';
    expect(findDuration(text, '2021-10-08').entryIntoForce).toBe('2021-10-11');
    expect(findDuration('Dit protocol treedt in werking op de datum van ondertekening.', '2021-10-08').entryIntoForce).toBe('2021-10-08');
  });

  it('reads one DPO advice given for several parties, up to the verb', () => {
    expect(findDpoAdvice('De functionaris voor gegevensbescherming (FG) van ABC, DEF en GHI heeft op 8 oktober 2021 een positief advies gegeven.')).toEqual([
      { party: 'ABC, DEF en GHI', date: '2021-10-08' },
    ]);
    expect(findDpoAdvice('De DPO van het Agentschap X, de heer Y, heeft op 3 mei 2024 advies verleend.')[0]?.date).toBe('2024-05-03');
  });

  it("reads the GDPR grounds in the regulation's words, also broken over lines", () => {
    expect(
      findGdprBases(
        'Op grond van:\n• De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de\nverwerkingsverantwoordelijke rust; of\n• De verwerking is noodzakelijk voor de vervulling van een taak van algemeen\nbelang.',
      ),
    ).toEqual(['c', 'e']);
  });

  it('reads a one-off per event as on-event, and skips a channel the text only awaits', () => {
    expect(findPeriodicity('Artikel 5. Periodiciteit De gegevens worden eenmalig meegedeeld na de inschatting van de cliënt.')?.value).toBe('on-event');
    expect(findPeriodicity('Artikel 5. Periodiciteit De gegevens worden eenmalig meegedeeld.')?.value).toBe('one-off');
    expect(
      findChannel('In afwachting van een sluitende oplossing voor de uitwisseling via de dienstenintegratoren gebeurt het zo. De medewerker stuurt een e-mail naar de begeleider.')
        .type,
    ).toBe('email');
  });

  it('reads a data item over broken table lines, without the template guidance and without a negated category', () => {
    const lines = [
      'Gegeven 1',
      'Het concrete gegeven dat wordt',
      'opgevraagd. Als er veel gegevens zijn,',
      'kunnen ze in clusters worden vermeld.',
      'Voornaam en familienaam van de aanvrager,',
      'met een sleutel die niet het rijksregisternummer is.',
      'Verantwoording proportionaliteit',
      'Waarom is dit gegeven noodzakelijk',
      'voor het beoogde doel?',
      'Om de aanvrager te herkennen.',
      'b. Bewaartermijnen',
      'De gegevens worden vijf jaar bewaard.',
    ];
    const categories = new Map([
      ['naam', { label: 'Naam en voornaam', description: 'x', synonyms: ['familienaam', 'voornaam'], specialCategory: false }],
      ['insz', { label: 'INSZ', description: 'x', synonyms: ['rijksregisternummer'], specialCategory: false }],
    ] as const) as unknown as Parameters<typeof findDataItems>[1];
    const [item, ...others] = findDataItems(lines, categories);
    expect(others).toEqual([]);
    expect(item?.description).toBe('Voornaam en familienaam van de aanvrager, met een sleutel die niet het rijksregisternummer is.');
    expect(item?.proportionality).toBe('proportionaliteit Om de aanvrager te herkennen.');
    expect(item?.dataCategories).toEqual(['naam']);
  });
});
