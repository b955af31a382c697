/**
 * The check's report for a pull request: the files it changes first, with every problem, and
 * the rest of the register in one line, so an editor is not sent after other people's files.
 */
import { formatIssues, hasErrors } from './validate.ts';
import type { Issue } from './issue.ts';

export function formatChangedFirst(issues: Issue[], isChanged: (file: string) => boolean): string {
  const own = issues.filter((issue) => isChanged(issue.file));
  const other = issues.filter((issue) => !isChanged(issue.file));
  const lines = [own.length ? formatIssues(own) : 'Geen problemen in de gewijzigde bestanden.'];
  if (other.length) {
    const errors = other.filter((i) => i.level === 'error').length;
    const files = new Set(other.map((i) => i.file)).size;
    lines.push(
      `Andere bestanden: ${errors} fout(en) en ${other.length - errors} waarschuwing(en) in ${files} bestand(en) die deze wijziging niet raakt${hasErrors(other) ? ' (ook die fouten houden de publicatie tegen)' : ''}; npm run check toont ze.`,
    );
  }
  return lines.join('\n');
}
