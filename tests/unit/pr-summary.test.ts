// What a pull request changes, from two hand-written registers.
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/lib/model/register.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { diffRegisters, formatDiff } from '../../src/lib/repository/register-diff.ts';
import { content, party, protocol, protocolData } from './fixtures/content.ts';

const side = (raw: ReturnType<typeof content>) => {
  const valid = validateContent(raw);
  expect(valid.issues.filter((i) => i.level === 'error')).toEqual([]);
  return { register: buildRegister(valid, '2026-11-22'), ledger: valid };
};

describe('the pull-request summary', () => {
  it('names added, changed and removed protocols and parties, new and ended flows, status changes and URLs', () => {
    const base = side(
      content([
        protocol('ab', protocolData({ title: 'A naar B' })),
        protocol(
          'ac',
          protocolData({
            title: 'A naar C',
            parties: [
              { party: 'a', role: 'sends', dpoAdviceDate: '2024-01-01' },
              { party: 'c', role: 'receives', dpoAdviceDate: '2024-01-01' },
            ],
            flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
          }),
        ),
      ]),
    );
    const head = side(
      content(
        [
          protocol('ab-nieuw', protocolData({ title: 'A naar B', formerSlugs: ['ab'], end: { date: '2025-01-01' } })),
          protocol(
            'db',
            protocolData({
              title: 'D naar B',
              purposes: [{ party: 'b', text: 'Doel' }],
              parties: [
                { party: 'd', role: 'sends', dpoAdviceDate: '2024-01-01' },
                { party: 'b', role: 'receives', dpoAdviceDate: '2024-01-01' },
              ],
              flows: [{ from: ['d'], to: ['b'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
            }),
          ),
        ],
        { parties: [party('a'), party('b', { description: 'Anders.' }), party('c', { kbo: '0887.010.362' }), party('d')] },
      ),
    );
    const diff = diffRegisters(base, head);
    expect(diff.protocols).toEqual({ added: ['A naar B (ab-nieuw)', 'D naar B (db)'], changed: [], removed: ['A naar B (ab)', 'A naar C (ac)'] });
    expect(diff.parties).toEqual({ added: ['Agentschap D (d)'], changed: ['Agentschap B (b)'], removed: [] });
    expect(diff.flows).toEqual({ added: ['D → B'], ended: ['A → C'] });
    expect(diff.urls.redirected).toEqual(['/protocollen/ab/ → /protocollen/ab-nieuw/']);
    expect(diff.urls.removed).toEqual(['/protocollen/ac/']);
    const markdown = formatDiff(diff);
    expect(markdown).toContain('### Nieuwe protocollen\n\n- A naar B (ab-nieuw)\n- D naar B (db)');
    expect(markdown).toContain("### URL's die verdwijnen");
  });

  it('names a status change of the same protocol, and says when nothing changes', () => {
    const base = side(content([protocol('ab', protocolData({ title: 'A naar B' }))]));
    const head = side(content([protocol('ab', protocolData({ title: 'A naar B', end: { date: '2025-01-01' } }))]));
    expect(diffRegisters(base, head).statuses).toEqual(['A naar B (ab): Van kracht → Beëindigd']);
    expect(diffRegisters(base, head).protocols.changed).toEqual(['A naar B (ab)']);
    expect(formatDiff(diffRegisters(base, base))).toContain('Geen wijzigingen');
  });
});
