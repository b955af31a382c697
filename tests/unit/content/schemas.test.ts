// Each kind of field has a limit: text lengths per kind, https-only web addresses, e-mail only
// where an address is meant. Written by hand from the rules in the issue, not from the schema.
import { describe, expect, it } from 'vitest';
import { partySchema, protocolSchema, dataCategorySchema } from '../../../src/lib/content/schemas.ts';
import { protocolData } from '../fixtures/content.ts';

const party = (overrides: Record<string, unknown>) => ({
  name: 'Agentschap',
  shortName: 'AG',
  kind: 'agency',
  legalForm: 'agentschap',
  governmentLevel: 'flemish',
  policyDomain: 'Werk',
  description: 'Een agentschap.',
  ...overrides,
});
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('field limits', () => {
  it.each([
    ['name (party name)', 'name', 200],
    ['short name', 'shortName', 60],
    ['line (legal form)', 'legalForm', 600],
    ['paragraph (description)', 'description', 4000],
  ])('limits a %s', (_kind, field, max) => {
    expect(partySchema.safeParse(party({ [field]: 'a'.repeat(max) })).success).toBe(true);
    expect(messages(partySchema.safeParse(party({ [field]: 'a'.repeat(max + 1) })))).toEqual([`${field}: is te lang: ${max + 1} tekens, hoogstens ${max}`]);
  });

  it('limits a title and a label', () => {
    expect(messages(protocolSchema.safeParse(protocolData({ title: 'T'.repeat(401) })))).toEqual(['title: is te lang: 401 tekens, hoogstens 400']);
    expect(messages(dataCategorySchema.safeParse({ label: 'L'.repeat(121), description: 'd' }))).toEqual(['label: is te lang: 121 tekens, hoogstens 120']);
  });

  it('accepts only https addresses with a real host in every URL field', () => {
    for (const field of ['website', 'privacyPage']) {
      expect(partySchema.safeParse(party({ [field]: 'https://www.vlaanderen.be/privacy' })).success, field).toBe(true);
      for (const bad of ['http://www.vlaanderen.be', 'javascript:alert(1)', 'data:text/html,x', 'https://localhost/x', 'vlaanderen.be']) {
        expect(partySchema.safeParse(party({ [field]: bad })).success, `${field} ${bad}`).toBe(false);
      }
    }
    const withUrl = (url: string) =>
      protocolData({
        parties: [
          { party: 'a', role: 'sends', publicationUrl: url },
          { party: 'b', role: 'receives' },
        ],
      });
    expect(protocolSchema.safeParse(withUrl('https://www.vlaanderen.be/p')).success).toBe(true);
    expect(protocolSchema.safeParse(withUrl('javascript:alert(1)')).success).toBe(false);
  });

  it('accepts only an e-mail address where an address is meant', () => {
    expect(partySchema.safeParse(party({ dpo: { email: 'dpo@vlaanderen.be' } })).success).toBe(true);
    for (const bad of ['javascript:alert(1)', 'mailto:dpo@vlaanderen.be?body=x', 'dpo']) expect(partySchema.safeParse(party({ dpo: { email: bad } })).success, bad).toBe(false);
  });
});
