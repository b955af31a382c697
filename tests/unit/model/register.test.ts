// The real content: valid, complete, and with the facts of the five seeds right.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { hasErrors, formatIssues, validateContent } from '../../../src/lib/content/validate.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';

// The fixture register (the five seeds frozen, plus a test protocol for the cases the seeds lack),
// not the live content/.
const result = validateContent(readContentFolder(resolve(import.meta.dirname, '../../fixtures/content')));
const register = buildRegister(result, '2026-11-22');
const byId = (id: string) => register.protocols.find((p) => p.id === id)!;
/** The fixture register with the editor notes of one protocol removed. */
function withoutNotes(idPart: string) {
  const raw = readContentFolder(resolve(import.meta.dirname, '../../fixtures/content'));
  for (const entry of raw.protocols) if (entry.id.includes(idPart)) (entry.data as { editorNotes?: unknown }).editorNotes = [];
  return validateContent(raw);
}

describe('the published content', () => {
  it('has no errors', () => {
    expect(hasErrors(result.issues), formatIssues(result.issues)).toBe(false);
  });
  it('has the five seed protocols, one test protocol and ten parties', () => {
    expect(result.protocols).toHaveLength(6);
    expect(result.parties).toHaveLength(10);
  });
  it('warns about the misprinted VDAB number in seed 001 until an editor note confirms it, and keeps the right one in the party', () => {
    const misprint = (issues: typeof result.issues) => issues.some((i) => i.code === 'D001' && i.file.includes('2025-vlaio-tbt-vdab') && i.message.includes('0887.010.632'));
    // The fixture's note names parties[2].kboAsWritten: the warning is answered.
    expect(misprint(result.issues)).toBe(false);
    expect(misprint(withoutNotes('2025-vlaio-tbt-vdab').issues)).toBe(true);
    expect(register.parties.get('vdab')!.kbo).toBe('0887.010.362');
  });
  it('seed 000: VLAIO sends to WEWIS once', () => {
    const p = byId('2025-vlaio-wewis-uitgaventoetsing-opleidingen');
    expect(p.data.documentDate).toBe('2025-12-15');
    expect([p.senders, p.receivers]).toEqual([['vlaio'], ['departement-wewis']]);
    expect(p.data.periodicity).toBe('one-off');
    expect(p.status).toBe('one-off');
  });
  it('seed 001: VLAIO and TBT send to VDAB, ended on 15 May 2026', () => {
    const p = byId('2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening');
    expect(p.senders.sort()).toEqual(['team-bedrijfstrajecten', 'vlaio']);
    expect(p.receivers).toEqual(['vdab']);
    expect(p.data.entryIntoForce.date).toBe('2025-11-15');
    expect(p.data.end.date).toBe('2026-05-15');
    expect(p.data.flows.flatMap((f) => f.dataItems)).toHaveLength(3);
    expect(p.status).toBe('ended');
  });
  it('seed 002: VLAIO, FIO and TBT exchange mutually', () => {
    const p = byId('2021-vlaio-fio-tbt-frontoffice');
    expect(p.pairs).toHaveLength(6);
    expect(p.data.parties.every((party) => party.role === 'both')).toBe(true);
    expect(p.data.relations.some((r) => r.type === 'ends' && r.date === '2018-07-23')).toBe(true);
  });
  it('seed 003: VDAB sends to three integration agencies from 1 April 2025', () => {
    const p = byId('2024-vdab-integratie-inburgering-terugkoppeling');
    expect(p.senders).toEqual(['vdab']);
    expect(p.receivers.sort()).toEqual(['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen']);
    expect(p.data.documentDate).toBe('2024-06-20');
    expect(p.data.entryIntoForce.date).toBe('2025-04-01');
    expect(p.categories).toEqual(expect.arrayContaining(['naam', 'geboortedatum']));
    expect(p.status).toBe('in-force');
    // DPO advice after the document date: four warnings, answered by the note on parties[].dpoAdviceDate.
    expect(result.issues.filter((i) => i.file.includes('2024-vdab') && i.field.endsWith('dpoAdviceDate'))).toEqual([]);
    expect(withoutNotes('2024-vdab').issues.filter((i) => i.file.includes('2024-vdab') && i.field.endsWith('dpoAdviceDate')).length).toBe(4);
  });
  it('seed 004: AHOVOKS sends INSZ and diplomas to Departement Zorg, permanently and indefinitely', () => {
    const p = byId('2023-ahovoks-departement-zorg-diplomagegevens');
    expect([p.senders, p.receivers]).toEqual([['ahovoks'], ['departement-zorg']]);
    expect(p.categories).toEqual(expect.arrayContaining(['insz', 'diplomas-en-kwalificaties']));
    expect(p.data.periodicity).toBe('permanent');
    expect(p.data.end.indefinite).toBe(true);
    expect(p.status).toBe('in-force');
  });
  it('test protocol: WEWIS sends health data to TBT each quarter, not yet in force, with a former slug and a relation to another protocol', () => {
    const p = byId('2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten');
    expect([p.senders, p.receivers]).toEqual([['departement-wewis'], ['team-bedrijfstrajecten']]);
    expect(p.status).toBe('not-yet');
    expect(p.data.periodicity).toBe('periodic');
    expect(p.categories).toEqual(expect.arrayContaining(['naam', 'gezondheidsgegevens']));
    expect(p.data.flows[0]!.dataItems.map((item) => item.specialCategory)).toEqual([false, true]);
    expect(p.data.formerSlugs).toEqual(['2026-wewis-tbt-transitietrajecten']);
    expect(p.data.relations).toEqual([expect.objectContaining({ type: 'based-on', protocol: '2021-vlaio-fio-tbt-frontoffice' })]);
  });
  it('the statuses cover in force, ended, one-off, not yet in force and an unconfirmed end', () => {
    expect(register.protocols.map((p) => p.status).sort()).toEqual(['ended', 'in-force', 'in-force', 'not-yet', 'one-off', 'unconfirmed']);
  });
  it('Departement WEWIS keeps its former slug', () => {
    expect(register.parties.get('departement-wewis')!.formerSlugs).toEqual(['departement-werk-en-sociale-economie']);
  });
  it('Departement Zorg keeps its former name WVG', () => {
    expect(register.parties.get('departement-zorg')!.formerNames).toEqual([{ name: 'Departement Welzijn, Volksgezondheid en Gezin', shortName: 'WVG', until: '2023-05-31' }]);
  });
});
