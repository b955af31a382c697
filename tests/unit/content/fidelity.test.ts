// Fidelity of the register to its sources: every protocol whose source text is in the
// repository has that text as its body (up to layout and declared redactions), and its dates,
// KBO numbers and party names are in the source or explained in an editor's note.
// Protocols without a source text here are skipped, so adding a protocol never breaks this test.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { checkFacts, checkFidelity, compareBodyToSource, dateForms } from '../../support/fidelity.ts';
import { kboNumbersIn } from '../../../src/lib/content/kbo.ts';
import type { Protocol } from '../../../src/lib/content/schemas.ts';

const contentDir = resolve(import.meta.dirname, '../../../content');
const sourcesDir = resolve(import.meta.dirname, '../../fixtures/seeds');

const content = validateContent(readContentFolder(contentDir));
const parties = new Map(content.parties.map((p) => [p.id, p.data]));
const withSource = content.protocols
  .map((entry) => ({ entry, path: entry.data.source ? resolve(sourcesDir, entry.data.source.file) : undefined }))
  .filter((p): p is { entry: (typeof content.protocols)[number]; path: string } => p.path !== undefined && existsSync(p.path));

const report = (r: ReturnType<typeof checkFidelity>) =>
  [...r.text.map((d) => `tekst (regel ${d.bodyLine}): ${d.message}`), ...r.facts.map((f) => `${f.field}: ${f.message}`)].join('\n');

describe('the live content against its sources', () => {
  it('has source texts for the protocols that name one', () => {
    expect(withSource.length).toBeGreaterThanOrEqual(1);
  });

  it.each(withSource.map((p) => [p.entry.id, p] as const))('%s: body and facts are as in the source', (_id, { entry, path }) => {
    const result = checkFidelity(entry.data, entry.body ?? '', readFileSync(path, 'utf8'), parties);
    expect(report(result)).toBe('');
  });
});

/** One protocol of the live content with its source, to break on purpose. */
function sample(id: string) {
  const found = withSource.find((p) => p.entry.id === id);
  if (!found) throw new Error(`${id} heeft geen brontekst in ${sourcesDir}`);
  return { data: found.entry.data, body: found.entry.body ?? '', source: readFileSync(found.path, 'utf8') };
}
const frontoffice = '2021-vlaio-fio-tbt-frontoffice';
const diplomas = '2023-ahovoks-departement-zorg-diplomagegevens';
const hasSample = (id: string) => withSource.some((p) => p.entry.id === id);

describe('the fidelity check fails when the content departs from the source', () => {
  it.runIf(hasSample(frontoffice))('reports a word added to a sentence, with context', () => {
    const { data, body, source } = sample(frontoffice);
    const sentence = 'Dit protocol treedt in werking op de datum van ondertekening';
    expect(body).toContain(sentence);
    const changed = body.replace(sentence, 'Dit protocol treedt voorlopig in werking op de datum van ondertekening');
    const result = checkFidelity(data, changed, source, parties);
    expect(result.text).toHaveLength(1);
    expect(result.text[0]).toMatchObject({ kind: 'added', bodyText: 'voorlopig' });
    expect(result.text[0]?.message).toContain('"voorlopig"');
    expect(result.text[0]?.message).toContain('Dit protocol treedt');
  });

  it.runIf(hasSample(frontoffice))('reports a word left out, and a word replaced', () => {
    const { data, body, source } = sample(frontoffice);
    const missing = checkFidelity(data, body.replace('De partijen publiceren dit protocol op hun website.', 'De partijen publiceren dit protocol op website.'), source, parties);
    expect(missing.text).toMatchObject([{ kind: 'missing', sourceText: 'hun' }]);
    const replaced = checkFidelity(data, body.replace('binnen dertig dagen', 'binnen zestig dagen'), source, parties);
    expect(replaced.text).toHaveLength(1);
    expect(replaced.text[0]?.kind).toBe('different');
    expect(replaced.text[0]?.message).toMatch(/zestig.*dertig/);
  });

  it.runIf(hasSample(frontoffice))('reports an added sentence after a table', () => {
    const { data, body, source } = sample(frontoffice);
    const changed = body.replace('| VLAIO, tevens gemachtigd voor FIO | TBT |\n', '| VLAIO, tevens gemachtigd voor FIO | TBT |\n\nHandtekeningen van de partijen:\n');
    expect(changed).not.toBe(body);
    const result = checkFidelity(data, changed, source, parties);
    expect(result.text.map((d) => d.kind)).toEqual(['added']);
    expect(result.text[0]?.bodyText).toContain('Handtekeningen van de partijen');
  });

  it.runIf(hasSample(diplomas))('reports a word added inside a table cell', () => {
    const { data, body, source } = sample(diplomas);
    const changed = body.replace('| Gegeven 1 | INSZ |', '| Gegeven 1 | INSZ (rijksregisternummer) |');
    expect(changed).not.toBe(body);
    const result = checkFidelity(data, changed, source, parties);
    expect(result.text).toHaveLength(1);
    expect(result.text[0]?.kind).toBe('added');
    expect(result.text[0]?.bodyText).toBe('(rijksregisternummer)');
  });

  it.runIf(hasSample(frontoffice))('reports a date in the frontmatter that the source does not have', () => {
    const { data, body, source } = sample(frontoffice);
    const changed: Protocol = { ...data, documentDate: '2021-10-09' };
    const result = checkFidelity(changed, body, source, parties);
    expect(result.text).toEqual([]);
    expect(result.facts).toMatchObject([{ kind: 'date', field: 'documentDate', value: '2021-10-09' }]);
  });

  it.runIf(hasSample(frontoffice))('accepts a date that an editor note explains', () => {
    const { data, source } = sample(frontoffice);
    const changed: Protocol = { ...data, documentDate: '2021-10-09', editorNotes: [...data.editorNotes, { field: 'documentDate', text: 'De bron noemt een andere datum.' }] };
    expect(checkFacts(changed, source, parties)).toEqual([]);
  });

  it.runIf(hasSample(frontoffice))('reports an end quote that is not what the source says', () => {
    const { data, source } = sample(frontoffice);
    expect(data.end.tiedTo?.quote).toBeTruthy();
    const changed: Protocol = { ...data, end: { ...data.end, tiedTo: { ...data.end.tiedTo!, quote: 'Dit protocol eindigt op 31 december 2022.' } } };
    expect(checkFacts(changed, source, parties)).toMatchObject([{ kind: 'quote', field: 'end.tiedTo.quote' }]);
  });

  it.runIf(hasSample(frontoffice))('reports a KBO number and a party name that the source does not have', () => {
    const { data, source } = sample(frontoffice);
    const changed: Protocol = {
      ...data,
      parties: data.parties.map((p, i) => (i === 2 ? { ...p, kboAsWritten: '0687.655.476', nameAsWritten: 'Team Bedrijfstrajecten Vlaanderen' } : p)),
    };
    expect(checkFacts(changed, source, parties)).toMatchObject([
      { kind: 'kbo', field: 'parties[2].kboAsWritten', value: '0687.655.476' },
      { kind: 'name', field: 'parties[2].nameAsWritten', value: 'Team Bedrijfstrajecten Vlaanderen' },
    ]);
  });
});

describe('compareBodyToSource (made-up texts)', () => {
  const source = [
    'PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING ',
    '',
    'TUSSEN ',
    'Het Agentschap Voorbeeld, hierna: “AV”; ',
    '',
    'Artikel 1: Onderwerp ',
    'De gegevens worden meegedeeld aan de organisa-',
    'tie die ze nodig heeft. ',
    '3',
    ' Gegevens:',
    ' Naam;',
    'o Voornaam;',
    'Gegeven 1 Naam en voornaam',
    'Verantwoording ',
    'proportionaliteit',
    'Om de persoon te kennen.',
    'Contact: Jan Voorbeeld, 0499 11 22 33.',
    'https://www.voorbeeld.be/privacy',
    'Meer staat op de website. ',
    '',
    'Einde van de tekst.',
  ].join('\n');
  const body = [
    '## Aanhef',
    '',
    '**PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING**',
    '',
    '## Partijen',
    '',
    'TUSSEN',
    '',
    'Het Agentschap Voorbeeld, hierna: "AV";',
    '',
    '### Artikel 1: Onderwerp',
    '',
    'De gegevens worden meegedeeld aan de organisatie die ze nodig heeft.',
    '',
    'Gegevens:',
    '',
    '- Naam;',
    '  - Voornaam;',
    '',
    '| Gegeven | | Verantwoording proportionaliteit |',
    '| --- | --- | --- |',
    '| Gegeven 1 | Naam en voornaam | Om de persoon te kennen. |',
    '',
    'Contact: Jan Voorbeeld, [persoonlijk telefoonnummer weggelaten].',
    '',
    'Meer staat op de website.',
    '',
    'Einde van de tekst.',
  ].join('\n');
  const markers = ['[persoonlijk telefoonnummer weggelaten]'];

  it('sees no difference through headings, emphasis, quotes, hyphenation, page numbers, lists, tables, link lines and declared redactions', () => {
    expect(compareBodyToSource(body, source, { markers })).toEqual([]);
  });

  it('does not accept a marker that is not declared', () => {
    const result = compareBodyToSource(body, source, { markers: [] });
    expect(result.some((d) => d.bodyText.includes('[persoonlijk telefoonnummer weggelaten]'))).toBe(true);
  });

  it('reports text that the body leaves out at the end', () => {
    const result = compareBodyToSource(body.replace('\nEinde van de tekst.', ''), source, { markers });
    expect(result).toMatchObject([{ kind: 'missing', sourceText: 'Einde van de tekst.' }]);
  });

  it('reports a marker where the source has more than a short value', () => {
    const result = compareBodyToSource(body.replace('Meer staat op de website.', '[persoonlijk telefoonnummer weggelaten]'), source, { markers });
    expect(result.length).toBeGreaterThan(0);
    expect(result[0]).toMatchObject({ kind: 'added', bodyText: '[persoonlijk telefoonnummer weggelaten]' });
  });

  it('reports each difference once and goes on after it', () => {
    const changed = body.replace('die ze nodig heeft', 'die ze echt nodig heeft').replace('Einde van de tekst.', 'Einde van de hele tekst.');
    expect(compareBodyToSource(changed, source, { markers }).map((d) => [d.kind, d.bodyText])).toEqual([
      ['added', 'echt'],
      ['added', 'hele'],
    ]);
  });
});

describe('facts in Dutch forms', () => {
  it('knows the ways a date is written', () => {
    expect(dateForms('2025-04-01')).toEqual(expect.arrayContaining(['1 april 2025', '01/04/2025', '1/04/2025', '1/4/2025', '01.04.2025', '2025-04-01']));
  });
  it('finds KBO numbers written with dots, spaces or none', () => {
    expect(
      kboNumbersIn('nummer 0316.380.841, 0507 873 093 en 0887010362; datum 04/10/2023')
        .map((kbo) => kbo.digits)
        .sort(),
    ).toEqual(['0316380841', '0507873093', '0887010362']);
  });
});
