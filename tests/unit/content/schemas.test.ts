// Each kind of field has a limit: text lengths per kind, https-only web addresses, e-mail only
// where an address is meant. Written by hand from the rules in the issue, not from the schema.
import { describe, expect, it } from 'vitest';
import { partySchema, protocolSchema, dataCategorySchema } from '../../../src/lib/content/schemas.ts';
import { protocolData } from '../fixtures/content.ts';
import { schemaRule } from '../../../src/lib/content/validate.ts';

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
/** Each problem as "field: rule code" (src/lib/content/rules/). */
const codes = (result: { success: boolean; error?: { issues: Parameters<typeof schemaRule>[0][] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${schemaRule(i)}`);

describe('field limits', () => {
  it.each([
    ['name (party name)', 'name', 200],
    ['short name', 'shortName', 60],
    ['line (legal form)', 'legalForm', 600],
    ['paragraph (description)', 'description', 4000],
  ])('limits a %s', (_kind, field, max) => {
    expect(partySchema.safeParse(party({ [field]: 'a'.repeat(max) })).success).toBe(true);
    expect(codes(partySchema.safeParse(party({ [field]: 'a'.repeat(max + 1) })))).toEqual([`${field}: S003`]);
  });

  it('limits a title and a label', () => {
    const title = protocolSchema.safeParse(protocolData({ title: 'T'.repeat(401) }));
    expect(codes(title)).toEqual(['title: S003']);
    // The message says how long the text is and how long it may be.
    expect(title.error?.issues[0]?.message).toContain('401');
    expect(title.error?.issues[0]?.message).toContain('400');
    expect(codes(dataCategorySchema.safeParse({ label: 'L'.repeat(121), description: 'd' }))).toEqual(['label: S003']);
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
