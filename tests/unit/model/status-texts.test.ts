import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { statusText, validityPeriod } from '../../../src/lib/model/describe.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { computeStatus, statusInput } from '../../../src/lib/model/status.ts';
import { asBuiltNote, factsFromData, statusAttributes, statusFacts, statusTexts } from '../../../src/lib/model/status-texts.ts';
import { statusExplanations } from '../../../src/lib/labels.ts';

const register = buildRegister(validateContent(readContentFolder(resolve(import.meta.dirname, '../../fixtures/content'))), '2026-11-22');
const protocol = (id: string) => register.protocols.find((p) => p.id === id)!;

/** What element.dataset gives for the attributes statusAttributes writes. */
function dataset(attributes: Record<string, string | undefined>): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) data[name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return data;
}

const days = ['2020-01-01', '2026-11-22', '2026-12-31', '2027-01-02', '2030-06-01'];

describe('statusTexts', () => {
  it('words every protocol on every day as the build does, from the facts a page carries', () => {
    for (const p of register.protocols) {
      const facts = factsFromData(dataset(statusAttributes(p.data, p.status)));
      expect(facts, p.id).toEqual(statusFacts(p.data));
      for (const day of days) {
        const status = computeStatus(statusInput(p.data), day);
        expect(statusTexts(facts!, day), `${p.id} on ${day}`).toEqual({
          status,
          label: statusText(p.data, status),
          period: validityPeriod(p.data, status),
          explanation: statusExplanations[status],
        });
      }
    }
  });

  it('rewords a protocol that has begun since the build', () => {
    const p = protocol('2026-wewis-tbt-arbeidsongeschiktheid-transitietrajecten');
    const facts = statusFacts(p.data);
    expect(statusTexts(facts, '2026-11-22')).toMatchObject({ status: 'not-yet', label: 'Nog niet van kracht', period: 'vanaf 1 januari 2027, voor onbepaalde duur' });
    expect(statusTexts(facts, '2027-01-02')).toEqual({
      status: 'in-force',
      label: 'Van kracht',
      period: 'sinds 1 januari 2027, voor onbepaalde duur',
      explanation: 'De gegevens mogen volgens dit protocol vandaag worden doorgegeven.',
    });
  });

  it('keeps a tied end (and what it is tied to) on the page whatever the status at build time', () => {
    const p = protocol('2021-vlaio-fio-tbt-frontoffice');
    expect(statusAttributes(p.data, p.status)['data-end-tied']).toBe('het convenant 2018–2022');
    // Built before its start, a tied protocol must still turn "not confirmed", never "in force".
    const attributes = statusAttributes(p.data, 'not-yet');
    const facts = factsFromData(dataset(attributes))!;
    expect(statusTexts(facts, '2026-11-22')).toMatchObject({ status: 'unconfirmed', label: 'Einde gekoppeld aan het convenant 2018–2022 — niet bevestigd' });
  });

  it('finds no facts where a page carries none', () => {
    expect(factsFromData({ status: 'in-force' })).toBeUndefined();
  });

  it('marks what cannot be recomputed with the build date', () => {
    expect(asBuiltNote('2026-11-22')).toBe('stand op 22 november 2026');
  });
});
