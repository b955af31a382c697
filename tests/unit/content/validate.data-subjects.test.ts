// Groups of people in a life situation: a small vocabulary that protocols refer to.
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { buildRegister, protocolsOfGroup } from '../../../src/lib/model/register.ts';
import { searchShortcuts } from '../../../src/lib/search/search.ts';
import { content, protocol, protocolData } from '../fixtures/content.ts';

const group = (id: string, label: string, situation: string) => ({
  id,
  file: `content/data-subjects/${id}.yaml`,
  data: { label, situation, description: `Over ${label}.`, synonyms: ['jobzoeker'] },
});
const groups = [group('werkzoekenden', 'Werkzoekenden', 'Ik zoek werk')];

describe('data-subject groups', () => {
  it('links protocols to the groups they concern', () => {
    const result = validateContent(content([protocol('p', protocolData({ dataSubjectGroups: ['werkzoekenden'] }))], { dataSubjectGroups: groups }));
    expect(result.issues).toEqual([]);
    const register = buildRegister(result, '2026-11-22');
    expect(protocolsOfGroup(register, 'werkzoekenden').map((p) => p.id)).toEqual(['p']);
    expect(searchShortcuts(register).jobzoeker).toMatchObject({ url: '/betrokkenen/werkzoekenden/', kind: 'Situatie' });
  });

  it('refuses an unknown group and warns for a protocol in no group', () => {
    const result = validateContent(
      content([protocol('p', protocolData({ dataSubjectGroups: ['werklozen'] })), protocol('q', protocolData({ title: 'Ander' }))], { dataSubjectGroups: groups }),
    );
    expect(result.issues.map((i) => `${i.level} ${i.file} ${i.field}`)).toEqual([
      'error content/protocols/p.mdx dataSubjectGroups[0]',
      'warning content/protocols/q.mdx dataSubjectGroups',
    ]);
    expect(result.issues[0]!.fix).toContain('werkzoekenden');
  });

  it('validates a group file like the other vocabularies', () => {
    const result = validateContent(content([], { dataSubjectGroups: [{ id: 'x', file: 'content/data-subjects/x.yaml', data: { label: 'X' } }] }));
    expect(result.issues.map((i) => i.field).sort()).toEqual(['description', 'situation']);
  });
});
