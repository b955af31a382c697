/** One problem the check reports: where (file, field, line), what is wrong, and how to fix it. */
export type IssueLevel = 'error' | 'warning';

export interface Issue {
  level: IssueLevel;
  file: string;
  /** Dotted path of the field, e.g. `flows[0].to[1]`; empty for the file as a whole. */
  field: string;
  /** Line and column in the file, where known. */
  line?: number;
  column?: number;
  message: string;
  fix: string;
}

/** A problem found in a protocol's body, as an issue of its file: body lines become file lines. */
export function bodyIssue(entry: { file: string; bodyLine?: number }, problem: { line: number; column?: number; message: string; fix: string }): Issue {
  return { level: 'error', file: entry.file, field: '(tekst)', line: problem.line + (entry.bodyLine ?? 1) - 1, column: problem.column, message: problem.message, fix: problem.fix };
}
