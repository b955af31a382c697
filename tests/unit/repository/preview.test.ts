// What a pull-request preview builds: the ids a diff changes, the references of a protocol's
// base version, and the pages that list a changed protocol. Hand-written inputs.
import { describe, expect, it } from 'vitest';
import { changedContent, protocolReferences, selectPages } from '../../../src/lib/repository/preview.ts';

describe('changedContent', () => {
  it('names the protocols, parties and data categories of a diff; a rename counts twice, a removal is listed', () => {
    const diff = [
      'M\tcontent/protocols/2024-a.mdx',
      'A\tcontent/parties/nieuw.yaml',
      'D\tcontent/protocols/2020-weg.mdx',
      'R087\tcontent/data-categories/oud.yaml\tcontent/data-categories/nieuw.yaml',
      'M\tcontent/data-subjects/werkzoekenden.yaml',
      'M\tREADME.md',
      'M\tcontent/protocols/2024-a.mdx',
    ].join('\n');
    expect(changedContent(diff)).toEqual({
      protocols: ['2024-a', '2020-weg'],
      parties: ['nieuw'],
      dataCategories: ['oud', 'nieuw'],
      removed: ['content/protocols/2020-weg.mdx', 'content/data-categories/oud.yaml'],
    });
    expect(changedContent('')).toEqual({ protocols: [], parties: [], dataCategories: [], removed: [] });
  });
});

describe('protocolReferences', () => {
  it('reads the parties and data categories from the front matter, and nothing from a broken file', () => {
    const text =
      '---\ntitle: T\nparties:\n  - party: vdab\n    role: sends\n  - party: ahovoks\nflows:\n  - from: [vdab]\n    dataItems:\n      - dataCategories: [naam, insz]\n      - dataCategories: [diplomas]\n---\n\nTekst\n';
    expect(protocolReferences(text)).toEqual({ parties: ['vdab', 'ahovoks'], dataCategories: ['naam', 'insz', 'diplomas'] });
    expect(protocolReferences('---\nparties: [\n---\n')).toEqual({ parties: [], dataCategories: [] });
    expect(protocolReferences('geen front matter')).toEqual({ parties: [], dataCategories: [] });
  });
});

describe('selectPages', () => {
  it('adds the parties, data categories and groups of every changed protocol that still exists', () => {
    const protocols = new Map([
      [
        'p1',
        {
          id: 'p1',
          data: {
            parties: [{ party: 'a' }, { party: 'b' }],
            flows: [{ dataItems: [{ dataCategories: ['naam'] }, { dataCategories: ['insz', 'naam'] }] }],
            dataSubjectGroups: ['werkzoekenden'],
          },
        },
      ],
      ['p2', { id: 'p2', data: { parties: [{ party: 'c' }], flows: [{ dataItems: [{ dataCategories: ['diploma'] }] }] } }],
    ]);
    const selection = selectPages({ protocols: ['p1', 'weg'], parties: ['z'], dataCategories: [] }, protocols);
    expect([...selection.protocols]).toEqual(['p1']);
    expect([...selection.parties].sort()).toEqual(['a', 'b', 'z']);
    expect([...selection.dataCategories].sort()).toEqual(['insz', 'naam']);
    expect([...selection.dataSubjectGroups]).toEqual(['werkzoekenden']);
  });
});
