// npm run check -- --changed <base>: the changed files first, the rest in one line.
import { describe, expect, it } from 'vitest';
import { formatChangedFirst } from '../../../src/lib/content/changed-first.ts';
import type { Issue } from '../../../src/lib/content/issue.ts';

const issue = (file: string, level: Issue['level'], field: string): Issue => ({
  code: level === 'error' ? 'S002' : 'D005',
  file,
  level,
  field,
  message: `probleem in ${field}`,
  fix: 'herstel het',
});

describe('the check for a pull request', () => {
  const issues = [
    issue('content/protocols/ander.mdx', 'warning', 'end'),
    issue('content/protocols/mijn.mdx', 'error', 'documentDate'),
    issue('content/parties/derde.yaml', 'error', 'kbo'),
    issue('content/protocols/mijn.mdx', 'warning', 'checklist.sanctions'),
    issue('content/protocols/ander.mdx', 'warning', 'flows'),
  ];
  const report = formatChangedFirst(issues, (file) => file === 'content/protocols/mijn.mdx');
  it('lists every problem of the changed files, and not those of other files', () => {
    expect(report.split('\n')[0]).toBe('content/protocols/mijn.mdx');
    expect(report).toContain('FOUT  documentDate: [S002] probleem in documentDate');
    expect(report).toContain('waarschuwing  checklist.sanctions: [D005] probleem in checklist.sanctions');
    expect(report).not.toContain('ander.mdx');
    expect(report).not.toContain('probleem in kbo');
  });
  it('summarises the rest in one line, saying their errors still block publication', () => {
    const last = report.split('\n').at(-1)!;
    expect(last).toBe(
      'Andere bestanden: 1 fout(en) en 2 waarschuwing(en) in 2 bestand(en) die deze wijziging niet raakt (ook die fouten houden de publicatie tegen); npm run check toont ze.',
    );
  });
  it('says so when the changed files have no problem', () => {
    expect(formatChangedFirst(issues, () => false).split('\n')[0]).toBe('Geen problemen in de gewijzigde bestanden.');
  });
});
