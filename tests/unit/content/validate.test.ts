import { describe, expect, it } from 'vitest';
import { formatIssues, hasErrors, validateContent, type Issue } from '../../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';
import { movedPages } from '../../../src/lib/content/former-slugs.ts';
import { defined } from '../../support/defined.ts';

const errors = (issues: Issue[]) => issues.filter((i) => i.level === 'error');
const warnings = (issues: Issue[]) => issues.filter((i) => i.level === 'warning');
const only = (issues: Issue[]) => {
  expect(issues, formatIssues(issues)).toHaveLength(1);
  return defined(issues[0], 'melding');
};

describe('validateContent', () => {
  it('accepts a valid protocol without issues', () => {
    const result = validateContent(content([protocol('2024-a-b')]));
    expect(result.issues).toEqual([]);
    expect(result.protocols).toHaveLength(1);
  });

  it('rejects an unknown party and names the field and a fix', () => {
    const data = protocolData({
      parties: [
        { party: 'a', role: 'sends' },
        { party: 'onbekend', role: 'receives' },
      ],
      flows: [{ from: ['a'], to: ['onbekend'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
    });
    const issue = only(errors(validateContent(content([protocol('p', data)])).issues));
    expect(issue.file).toBe('content/protocols/p.mdx');
    expect(issue.field).toBe('parties[1].party');
    expect(issue.code).toBe('R002');
    expect(issue.fix).toContain('content/parties/onbekend.yaml');
  });

  it('rejects a flow that names a party outside the protocol', () => {
    const data = protocolData({ flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }] });
    const result = validateContent(content([protocol('p', data)]));
    const issue = only(errors(result.issues));
    expect(issue.field).toBe('flows[0].to[0]');
    expect(issue.code).toBe('R004');
  });

  it('rejects a sender whose role is "receives"', () => {
    const data = protocolData({ flows: [{ from: ['b'], to: ['a'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }] });
    const found = errors(validateContent(content([protocol('p', data)])).issues).map((i) => `${i.code} ${i.field}`);
    expect(found).toEqual(['R005 flows[0].from[0]', 'R005 flows[0].to[0]']);
  });

  it('rejects a bad KBO check digit on a party', () => {
    const raw = content([]);
    const first = defined(raw.parties[0]);
    raw.parties[0] = { ...first, data: { ...(first.data as object), kbo: '0887.010.632' } };
    const issue = only(validateContent(raw).issues);
    expect(issue).toMatchObject({ code: 'S007', level: 'error', file: 'content/parties/a.yaml', field: 'kbo' });
  });

  it('warns (does not fail) when the source text prints a KBO number with a bad check digit', () => {
    const data = protocolData({
      parties: [
        { party: 'a', role: 'sends', dpoAdviceDate: '2024-01-05' },
        { party: 'c', role: 'receives', kboAsWritten: '0887.010.632', dpoAdviceDate: '2024-01-05' },
      ],
      flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['diploma'] }] }],
    });
    const result = validateContent(content([protocol('p', data)]));
    expect(hasErrors(result.issues)).toBe(false);
    const issue = only(warnings(result.issues));
    expect(issue).toMatchObject({ code: 'D001', field: 'parties[1].kboAsWritten' });
    expect(issue.fix).toContain('0887.010.362');
  });

  it('rejects a missing required field (S001)', () => {
    const data = protocolData();
    delete data.summary;
    const issue = only(validateContent(content([protocol('p', data)])).issues);
    expect(issue).toMatchObject({ code: 'S001', level: 'error', field: 'summary' });
    expect(issue.fix).toContain('summary');
  });

  it('rejects an end date before the entry into force', () => {
    const data = protocolData({ entryIntoForce: { date: '2024-02-01' }, end: { date: '2024-01-31' } });
    const issue = only(validateContent(content([protocol('p', data)])).issues);
    expect(issue).toMatchObject({ code: 'S008', field: 'end.date' });
  });

  it('rejects an unknown data category', () => {
    const data = protocolData({ flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['schoenmaat'] }] }] });
    const issue = only(validateContent(content([protocol('p', data)])).issues);
    expect(issue).toMatchObject({ code: 'R007', field: 'flows[0].dataItems[0].dataCategories[0]' });
  });

  it('rejects malformed and impossible dates', () => {
    for (const value of ['15/12/2025', '2025-02-30']) {
      const issue = only(validateContent(content([protocol('p', protocolData({ documentDate: value }))])).issues);
      expect(issue).toMatchObject({ code: 'S007', field: 'documentDate' });
      expect(issue.fix).toContain('JJJJ-MM-DD');
    }
  });

  it('accepts dates that YAML already turned into Date objects', () => {
    const result = validateContent(content([protocol('p', protocolData({ documentDate: new Date('2024-01-10T00:00:00Z') }))]));
    expect(result.issues).toEqual([]);
    expect(result.protocols[0]?.data.documentDate).toBe('2024-01-10');
  });

  it('warns when the DPO advice is dated after the document', () => {
    const data = protocolData({
      parties: [
        { party: 'a', role: 'sends', dpoAdviceDate: '2024-10-29' },
        { party: 'b', role: 'receives', dpoAdviceDate: '2024-01-05' },
      ],
    });
    const issue = only(validateContent(content([protocol('p', data)])).issues);
    expect(issue).toMatchObject({ code: 'D003', level: 'warning', field: 'parties[0].dpoAdviceDate' });
  });

  it('requires the full text under the frontmatter', () => {
    const issue = only(validateContent(content([protocol('p', protocolData(), '')])).issues);
    expect(issue.code).toBe('B001');
  });

  it('reports every problem of every file in one run', () => {
    const bad1 = protocolData({ documentDate: 'gisteren', periodicity: 'soms' });
    const bad2 = protocolData({
      parties: [
        { party: 'a', role: 'sends' },
        { party: 'x', role: 'receives' },
      ],
    });
    const result = validateContent(content([protocol('een', bad1), protocol('twee', bad2)]));
    const where = errors(result.issues).map((i) => `${i.file}#${i.field}`);
    expect(where).toEqual(
      expect.arrayContaining(['content/protocols/een.mdx#documentDate', 'content/protocols/een.mdx#periodicity', 'content/protocols/twee.mdx#parties[1].party']),
    );
    const report = formatIssues(result.issues);
    expect(report).toContain('content/protocols/een.mdx');
    expect(report).toContain('content/protocols/twee.mdx');
    expect(report).toMatch(/\d+ fout\(en\)/);
  });

  it('shows the warnings of the first files only when asked to, and every error', () => {
    const issue = (file: string, level: Issue['level'], code: string): Issue => ({
      level,
      code: code as Issue['code'],
      file: `content/protocols/${file}.mdx`,
      field: 'f',
      message: `m ${code}`,
      fix: 'x',
    });
    const issues = [
      issue('a', 'warning', 'W1'),
      issue('b', 'warning', 'W2'),
      issue('b', 'warning', 'W3'),
      issue('c', 'error', 'E1'),
      issue('c', 'warning', 'W4'),
      issue('d', 'error', 'E2'),
    ];
    const report = formatIssues(issues, { warningFiles: 1 });
    const shown = [...report.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
    expect(shown).toEqual(['W1', 'E1', 'E2']);
    expect(report).not.toContain('content/protocols/b.mdx');
    expect(report.split('\n').slice(-2)).toEqual(['Niet getoond: 3 waarschuwing(en) in 2 bestand(en); npm run check toont ze allemaal.', '2 fout(en), 4 waarschuwing(en)']);
    // Without the limit (npm run check), all of them.
    expect([...formatIssues(issues).matchAll(/\[(\w+)\]/g)].map((m) => m[1])).toEqual(['W1', 'W2', 'W3', 'E1', 'W4', 'E2']);
  });

  it('rejects a file name that is not a valid slug', () => {
    const issue = only(validateContent(content([protocol('Mijn Protocol')])).issues);
    expect(issue.code).toBe('F010');
  });

  it('turns YAML parse problems into errors for that file', () => {
    const result = validateContent(
      content([], {
        problems: [{ code: 'Y001', level: 'error', file: 'content/parties/kapot.yaml', field: '', message: 'de YAML kan niet gelezen worden', fix: 'controleer de inhoud' }],
      }),
    );
    expect(only(result.issues)).toMatchObject({ code: 'Y001', level: 'error', file: 'content/parties/kapot.yaml' });
  });

  it('requires a special-category flag on the protocol when an item is special', () => {
    const data = protocolData({ flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['gezondheid'], specialCategory: true }] }] });
    const issue = only(validateContent(content([protocol('p', data)])).issues);
    expect(issue).toMatchObject({ code: 'R009', field: 'flows[0].dataItems[0].specialCategory' });
  });

  it('shows the rule code in every formatted message, with the file, the field, the message and the fix', () => {
    const data = protocolData({ flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['schoenmaat'] }] }] });
    const report = formatIssues(validateContent(content([protocol('p', data)])).issues);
    expect(report).toContain('content/protocols/p.mdx');
    expect(report).toContain('flows[0].dataItems[0].dataCategories[0]');
    expect(report).toContain('[R007] gegevenscategorie "schoenmaat" bestaat niet');
    expect(report).toContain('oplossing: gebruik een bestaande categorie');
  });
});

describe('validateContent on a file with several kinds of problems', () => {
  it('reports the broken reference even when the schema also fails', () => {
    const data = protocolData({
      documentDate: '2023-13-45',
      parties: [
        { party: 'a', role: 'sends' },
        { party: 'bb', role: 'receives' },
      ],
      flows: [{ from: ['a'], to: ['b'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['onbekend'] }] }],
    });
    const found = validateContent(content([protocol('p', data)]))
      .issues.map((i) => `${i.field} ${i.code}`)
      .sort();
    expect(found).toEqual(['documentDate S007', 'flows[0].dataItems[0].dataCategories[0] R007', 'flows[0].to[0] R004', 'parties[1].party R002']);
  });
});

describe('former slugs (old URLs that must keep working)', () => {
  const renamed = (formerSlugs: string[]) => ({ ...content([]), parties: [party('a', { formerSlugs }), party('b'), party('c', { kbo: '0887.010.362' })] });

  it('accepts a former slug that no page uses and lists its old page', () => {
    const raw = renamed(['oud-a']);
    const result = validateContent(raw);
    expect(result.issues).toEqual([]);
    expect(movedPages('parties', result.parties)).toEqual([{ section: 'parties', id: 'a', path: 'partijen/oud-a', to: '/partijen/a/' }]);
  });

  it('rejects a former slug that is the slug of another party', () => {
    const issue = only(validateContent(renamed(['b'])).issues);
    expect(issue).toMatchObject({ code: 'U004', level: 'error', file: 'content/parties/a.yaml', field: 'formerSlugs[0]' });
    expect(issue.message).toContain('content/parties/b');
  });

  it('rejects a former slug claimed by two protocols, and the current slug itself', () => {
    const result = validateContent(
      content([protocol('p', protocolData({ formerSlugs: ['oud', 'p'] })), protocol('q', protocolData({ title: 'Een ander protocol', formerSlugs: ['oud'] }))]),
    );
    expect(errors(result.issues).map((i) => `${i.file} ${i.field} ${i.code}`)).toEqual([
      'content/protocols/p.mdx formerSlugs[1] U003',
      'content/protocols/q.mdx formerSlugs[0] U005',
    ]);
  });

  it('tells an editor who uses an old party slug which slug to use now', () => {
    const raw = renamed(['oud-a']);
    raw.protocols = [
      protocol(
        'p',
        protocolData({
          parties: [
            { party: 'oud-a', role: 'sends' },
            { party: 'b', role: 'receives' },
          ],
          flows: [],
        }),
      ),
    ];
    const issue = errors(validateContent(raw).issues).find((i) => i.field === 'parties[0].party');
    expect(issue?.code).toBe('R003');
    expect(issue?.message).toBe('partij "oud-a" heet nu "a"');
    expect(issue?.fix).toContain('"a"');
  });
});
