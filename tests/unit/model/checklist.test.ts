// The decree's checklist, measured on hand-written protocols.
import { describe, expect, it } from 'vitest';
import { checklistElements, checklistOf, checklistSummary } from '../../../src/lib/content/checklist.ts';
import { protocolSchema } from '../../../src/lib/content/schemas.ts';
import { body, protocolData } from '../fixtures/content.ts';

const parse = (overrides: Record<string, unknown> = {}) => protocolSchema.parse(protocolData(overrides));

describe('the checklist of article 8, §1, decreet eGov', () => {
  it('has the twelve elements the decree and the template ask for, in order', () => {
    expect(checklistElements.map((e) => e.id)).toEqual([
      'parties',
      'purposes',
      'data',
      'recipients',
      'legal-basis',
      'channel',
      'security',
      'rights',
      'periodicity',
      'duration',
      'sanctions',
      'dpo-advice',
    ]);
  });

  it('finds every element in a complete protocol', () => {
    const checklist = checklistOf(parse(), body);
    expect(checklist.missing).toEqual([]);
    expect(checklistSummary(checklist)).toBe('Bevat 12 van de 12 verplichte onderdelen.');
  });

  it('names what a protocol lacks, in its text and in its structured data', () => {
    const checklist = checklistOf(
      parse({
        securityMeasures: [],
        parties: [
          { party: 'a', role: 'sends', dpoAdviceDate: '2024-01-05' },
          { party: 'b', alias: 'ZUID', role: 'receives' },
        ],
      }),
      'De functionaris voor gegevensbescherming gaf advies. De rechten van de betrokkene gelden.',
    );
    expect(checklist.missing.map((m) => m.id)).toEqual(['security', 'sanctions', 'dpo-advice']);
    expect(checklist.findings.find((f) => f.id === 'dpo-advice')?.note).toBe('geen adviesdatum voor ZUID');
    expect(checklistSummary(checklist)).toBe('Bevat 9 van de 12 verplichte onderdelen; ontbreekt: beveiligingsmaatregelen, sancties, advies van de functionaris van elke partij.');
  });

  it('counts an end tied to another document, an end date or an indefinite duration as a duration', () => {
    expect(checklistOf(parse({ end: { indefinite: false } }), body).missing.map((m) => m.id)).toEqual(['duration']);
    expect(checklistOf(parse({ end: { tiedTo: { kind: 'agreement', label: 'het convenant', quote: 'eindigt met het convenant' } } }), body).missing).toEqual([]);
  });
});
