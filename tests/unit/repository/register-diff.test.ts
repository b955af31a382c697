// What a pull request changes, from two hand-written registers.
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { diffRegisters, formatDiff } from '../../../src/lib/repository/register-diff.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';

const side = (raw: ReturnType<typeof content>, refusedByCheck = false) => {
  const valid = validateContent(raw);
  if (!refusedByCheck) expect(valid.issues.filter((i) => i.level === 'error')).toEqual([]);
  return { register: buildRegister(valid, '2026-11-22'), ledger: valid, content: valid };
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
    expect(diff.parties).toEqual({ added: ['Agentschap D (d)'], renamed: [], changed: ['Agentschap B (b)'], removed: [] });
    expect(diff.flows).toEqual({ added: ['D → B'], ended: ['A → C'] });
    expect(diff.urls.redirected).toEqual(['/protocollen/ab/ → /protocollen/ab-nieuw/']);
    expect(diff.urls.removed).toEqual(['/protocollen/ac/']);
    const markdown = formatDiff(diff);
    expect(markdown).toContain('### Nieuwe protocollen\n\n- A naar B \\(ab\\-nieuw\\)\n- D naar B \\(db\\)');
    expect(markdown).toContain("### URL's die verdwijnen");
  });

  it('names a status change of the same protocol, and says when nothing changes', () => {
    const base = side(content([protocol('ab', protocolData({ title: 'A naar B' }))]));
    const head = side(content([protocol('ab', protocolData({ title: 'A naar B', end: { date: '2025-01-01' } }))]));
    expect(diffRegisters(base, head).statuses).toEqual(['A naar B (ab): Van kracht → Beëindigd']);
    expect(diffRegisters(base, head).protocols.changed).toEqual(['A naar B (ab)']);
    expect(formatDiff(diffRegisters(base, base))).toContain('Geen wijzigingen');
  });

  it('gives per new protocol its subject, parties with KBO, data items with categories, dates, status and the warnings of the check', () => {
    const base = side(content([]));
    const head = side(
      content([
        protocol(
          'ab',
          protocolData({
            title: 'A naar B',
            subject: 'in het kader van erkenningen',
            flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'Gegeven 1', description: 'INSZ van de medewerker', dataCategories: ['insz'] }] }],
            entryIntoForce: { date: '2024-01-05' },
          }),
        ),
      ]),
    );
    const markdown = formatDiff(diffRegisters(base, head));
    expect(markdown).toContain('#### Nieuw: A naar B (ab)');
    expect(markdown).toContain('- Onderwerp: in het kader van erkenningen');
    expect(markdown).toContain('- Status: Van kracht; document van 10 januari 2024, in werking vanaf 5 januari 2024, einde: onbepaalde duur');
    expect(markdown).toContain('  - Agentschap A \\(a\\), KBO 0316\\.380\\.841, deelt gegevens mee');
    expect(markdown).toContain('  - Gegeven 1: INSZ van de medewerker (insz)');
    // The check's warning for this file (entry into force before the document date) is listed.
    expect(markdown).toMatch(/- Waarschuwingen van de check:\n {2}- entryIntoForce\\\.date\\: \\\[D004\\\] /);
  });

  it('shows a party whose slug moved, or whose name changed, as a rename, not as removed and added', () => {
    const base = side(content([protocol('ab', protocolData({ title: 'A naar B' }))]));
    const moved = side(
      content(
        [
          protocol(
            'ab',
            protocolData({
              title: 'A naar B',
              parties: [
                { party: 'a', role: 'sends' },
                { party: 'b2', role: 'receives' },
              ],
              flows: [{ from: ['a'], to: ['b2'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
              purposes: [{ party: 'a', text: 'Erkenning' }],
            }),
          ),
        ],
        {
          parties: [party('a'), party('b2', { name: 'Agentschap Bee', formerSlugs: ['b'] }), party('c', { kbo: '0887.010.362' })],
        },
      ),
    );
    const diff = diffRegisters(base, moved);
    expect(diff.parties.renamed).toEqual(['Agentschap B (b) → Agentschap Bee (b2)']);
    expect(diff.parties.removed).toEqual([]);
    expect(diff.parties.added).toEqual([]);
    expect(formatDiff(diff)).toContain('### Hernoemde partijen');
    expect(formatDiff(diff)).not.toContain('Verwijderde partijen');
    const renamed = side(
      content([protocol('ab', protocolData({ title: 'A naar B' }))], { parties: [party('a', { name: 'Agentschap Aa' }), party('b'), party('c', { kbo: '0887.010.362' })] }),
    );
    expect(diffRegisters(base, renamed).parties).toEqual({ added: [], renamed: ['Agentschap A (a) → Agentschap Aa (a)'], changed: [], removed: [] });
  });

  it('stays inert against a hostile title: every removed protocol and every disappearing URL is still listed', () => {
    // The check refuses these characters at the door; the summary is written for the pull request
    // all the same (it runs beside the check), so it must stay inert on its own.
    const hostile = 'Gewoon protocol\n<!-- verborgen\n### Niets aan de hand\n[klik](https://kwaad.example) @beheerders \u001b[2J\u202e';
    const base = side(
      content([
        protocol('aa-eerste', protocolData({ title: hostile })),
        protocol('bb-tweede', protocolData({ title: 'Tweede protocol' })),
        protocol('cc-derde', protocolData({ title: 'Derde protocol' })),
      ]),
      true,
    );
    const head = side(content([protocol('dd-vierde', protocolData({ title: `${hostile} bis` }))]), true);
    const markdown = formatDiff(diffRegisters(base, head));
    // Nothing of the title can open a comment, a heading, a link, a mention or a terminal escape.
    expect(markdown).not.toContain('<!--');
    expect(markdown).not.toContain('\u001b');
    expect(markdown).not.toContain('\u202e');
    expect(markdown).not.toMatch(/\]\(https/);
    expect(markdown).not.toContain('@beheerders');
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '## Wat deze pull request verandert in het register',
      '### Nieuwe protocollen',
      '### Verwijderde protocollen',
      "### Nieuwe URL's",
      "### URL's die verdwijnen (de build weigert dit zonder doorverwijzing)",
      '### Per protocol',
      expect.stringMatching(/^#### Nieuw: Gewoon protocol &lt;\\!\\-\\- verborgen \\#\\#\\# Niets aan de hand/),
    ]);
    const removed = markdown.split('### Verwijderde protocollen\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(removed).toHaveLength(3);
    expect(removed[1]).toBe('- Tweede protocol \\(bb\\-tweede\\)');
    expect(removed[2]).toBe('- Derde protocol \\(cc\\-derde\\)');
    for (const id of ['aa-eerste', 'bb-tweede', 'cc-derde']) expect(markdown).toContain(`- /protocollen/${id.replace('-', '\\-')}/`);
  });
});
