// Personal contact data in protocol texts: what is found, what is not, and declared markers.
// All names, numbers and addresses below are made up.
import { describe, expect, it } from 'vitest';
import { findPersonalContactData, isFunctionalAddress, undeclaredRedactionIssues } from '../../../src/lib/content/redaction.ts';

const values = (text: string) => findPersonalContactData(text).map((f) => `${f.kind}:${f.value}`);

describe('findPersonalContactData: Belgian mobile numbers', () => {
  it.each([
    ['0478123456'],
    ['0478 12 34 56'],
    ['0478/12.34.56'],
    ['0478/123456'],
    ['0478.12.34.56'],
    ['0478-12-34-56'],
    ['0478 123 456'],
    ['+32 478 12 34 56'],
    ['+32478123456'],
    ['+32 (0)478 12 34 56'],
    ['0032 478 12 34 56'],
    ['0032478123456'],
    ['0456 12 34 56'],
    ['0471.234.513'],
  ])('finds %s', (number) => {
    expect(values(`Bel Jan Voorbeeld op ${number} voor vragen.`)).toEqual([`mobile:${number}`]);
  });

  it.each([
    ['a KBO number', 'ingeschreven in het KBO met nummer 0316.380.841 te Brussel'],
    ['a KBO number written without dots', 'met ondernemingsnummer 0316380841'],
    ['a KBO number starting with 042', 'ingeschreven onder nummer 0421.722.346'],
    ['a KBO number that looks like a mobile number but has a valid check digit', 'ondernemingsnummer 0471.234.512 en 0456.123.494'],
    ['a date with slashes', 'gedateerd op 04/10/2023 en 1/04/2025'],
    ['a date with dots', 'ondertekend op 04.05.2023'],
    ['a Brussels landline', 'telefoon 02 553 12 34 of +32 2 553 12 34'],
    ['a landline in Ghent', 'bel 09 266 12 34'],
    ['a longer number', 'rekening BE68 5390 0754 7034 en referentie 20478123456789'],
    ['an establishment unit number', 'vestigingseenheid 2.199.310.197'],
    ['an ISCED code list', '142001 Pedagogie, 723004 Kinderverpleegkunde'],
    ['an e-signature timestamp', '2021-10-11T19:34:13+0200'],
  ])('does not take %s for a mobile number', (_what, text) => {
    expect(values(text)).toEqual([]);
  });

  it('gives the line and column of each finding', () => {
    const text = 'Eerste regel.\n| Jan Voorbeeld | Agentschap | dpo@voorbeeld.be | 0499 11 22 33 |\n';
    expect(findPersonalContactData(text)).toEqual([{ line: 2, column: 51, kind: 'mobile', value: '0499 11 22 33' }]);
  });
});

describe('findPersonalContactData: personal e-mail addresses', () => {
  it.each([
    ['jan.voorbeeld@voorbeeld.be'],
    ['jan.van.voorbeeld@dienstverlener.com'],
    ['an_peeters@voorbeeld.vlaanderen.be'],
    ['jvoorbeeld@voorbeeld.be'],
    ['Jan.Voorbeeld@Voorbeeld.BE'],
  ])('finds %s', (address) => {
    expect(values(`Mail naar ${address}.`)).toEqual([`email:${address}`]);
  });

  it.each([
    ['dpo@voorbeeld.be'],
    ['privacy@voorbeeld.be'],
    ['info@voorbeeld.be'],
    ['gdpr@voorbeeld.be'],
    ['contact@voorbeeld.be'],
    ['secretariaat@voorbeeld.be'],
    ['data@voorbeeld.be'],
    ['dpo.agentschap@vlaanderen.be'],
    ['itsupport.zorg@vlaanderen.be'],
    ['privacy-team@voorbeeld.be'],
    ['voorbeeld@voorbeeld.gent'],
  ])('leaves the functional address %s alone', (address) => {
    expect(isFunctionalAddress(address)).toBe(true);
    expect(values(`te bereiken op ${address} of via [${address}](mailto:${address})`)).toEqual([]);
  });

  it('finds both kinds in a table row, in order', () => {
    expect(values('| An Voorbeeld | Dienst | an.voorbeeld@voorbeeld.be | +32 470 00 00 01 |')).toEqual(['email:an.voorbeeld@voorbeeld.be', 'mobile:+32 470 00 00 01']);
  });

  it('does not read a web address as an e-mail address', () => {
    expect(values('gepubliceerd via https://www.voorbeeld.be/privacy en www.voorbeeld.be')).toEqual([]);
  });
});

describe('undeclaredRedactionIssues', () => {
  const phone = '[persoonlijk telefoonnummer weggelaten]';
  const mail = '[persoonlijk e-mailadres weggelaten]';

  it('is empty when the markers in the body and the declarations match', () => {
    const body = `| An Voorbeeld | ${mail} | ${phone} |`;
    expect(undeclaredRedactionIssues(body, [{ marker: phone }, { marker: mail }])).toEqual([]);
  });

  it('reports a marker in the body that is not declared, with its place', () => {
    const body = `Eerste regel.\nBel ${phone}.`;
    expect(undeclaredRedactionIssues(body, [])).toEqual([{ kind: 'undeclared', marker: phone, line: 2, column: 5 }]);
  });

  it('reports a declared marker that does not occur in the body', () => {
    expect(undeclaredRedactionIssues(`Bel ${phone}.`, [{ marker: phone }, { marker: mail }])).toEqual([{ kind: 'absent', marker: mail, index: 1 }]);
  });

  it('does not take ordinary bracketed text for a marker', () => {
    expect(undeclaredRedactionIssues('om elkaar [via de functionarissen voor gegevensbescherming] te verwittigen', [])).toEqual([]);
  });
});
