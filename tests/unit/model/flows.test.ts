import { describe, expect, it } from 'vitest';
import { dataCategoriesOf, expandFlows, isMutual, receiversOf, sendersOf } from '../../../src/lib/model/flows.ts';
import type { Flow } from '../../../src/lib/content/schemas.ts';

const item = (...dataCategories: string[]) => ({ label: 'Gegeven', description: 'x', dataCategories, specialCategory: false });
const flow = (from: string[], to: string[], mutual = false, categories = ['naam']): Flow => ({ from, to, mutual, dataItems: [item(...categories)] });
const pairs = (flows: Flow[]) => expandFlows({ flows }).map((f) => `${f.from}>${f.to}`);

describe('flow model', () => {
  it('one-to-one (seed 000: VLAIO → WEWIS)', () => {
    expect(pairs([flow(['vlaio'], ['wewis'])])).toEqual(['vlaio>wewis']);
  });
  it('many-to-one (seed 001: VLAIO and TBT → VDAB)', () => {
    const flows = [flow(['vlaio', 'tbt'], ['vdab'])];
    expect(pairs(flows)).toEqual(['vlaio>vdab', 'tbt>vdab']);
    expect(sendersOf({ flows })).toEqual(['vlaio', 'tbt']);
    expect(receiversOf({ flows })).toEqual(['vdab']);
  });
  it('one-to-many (seed 003: VDAB → three integration agencies)', () => {
    expect(pairs([flow(['vdab'], ['agii', 'atlas', 'amal'])])).toEqual(['vdab>agii', 'vdab>atlas', 'vdab>amal']);
  });
  it('mutual exchange (seed 002: VLAIO, FIO and TBT all exchange) skips a party sending to itself', () => {
    const flows = [flow(['vlaio', 'fio', 'tbt'], ['vlaio', 'fio', 'tbt'], true)];
    expect(pairs(flows).sort()).toEqual(['fio>tbt', 'fio>vlaio', 'tbt>fio', 'tbt>vlaio', 'vlaio>fio', 'vlaio>tbt']);
    expect(isMutual({ flows })).toBe(true);
  });
  it('a one-way flow is not mutual', () => {
    expect(isMutual({ flows: [flow(['a'], ['b'])] })).toBe(false);
  });
  it('collects data categories over all items without duplicates', () => {
    const flows = [flow(['a'], ['b'], false, ['insz', 'diploma']), flow(['a'], ['c'], false, ['diploma', 'naam'])];
    expect(dataCategoriesOf({ flows })).toEqual(['insz', 'diploma', 'naam']);
  });
});

describe('the read model for pages', () => {
  it('computes each party relations once, the same as walking the protocols', async () => {
    const { buildRegister, partyFlowsOf, contactOf, purposeForCitizens } = await import('../../../src/lib/model/register.ts');
    const { validateContent } = await import('../../../src/lib/content/validate.ts');
    const { content, protocol, protocolData, party } = await import('../fixtures/content.ts');
    const register = buildRegister(
      validateContent(
        content([
          protocol(
            'p',
            protocolData({
              purposes: [
                { party: 'a', text: 'Van A' },
                { party: 'b', text: 'Van B' },
              ],
            }),
          ),
        ]),
      ),
      '2026-11-22',
    );
    expect(partyFlowsOf(register, 'a').sends.map((r) => [r.protocol.id, r.counterparts])).toEqual([['p', ['b']]]);
    expect(partyFlowsOf(register, 'b').receives.map((r) => [r.protocol.id, r.counterparts])).toEqual([['p', ['a']]]);
    expect(partyFlowsOf(register, 'c')).toEqual({ sends: [], receives: [] });
    expect(purposeForCitizens(register.protocols[0]!)).toBe('Van B');
    const base = party('x').data as Parameters<typeof contactOf>[0];
    expect(contactOf({ ...base, dpo: { email: 'dpo@x.be' } })).toMatchObject({ kind: 'dpo', email: 'dpo@x.be' });
    expect(contactOf({ ...base, privacyPage: 'https://x.be/privacy' })).toEqual({ kind: 'privacy-page', url: 'https://x.be/privacy' });
    expect(contactOf(base)).toEqual({ kind: 'none' });
  });
});
