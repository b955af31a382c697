/**
 * The one shape of "a problem in a file": an `Issue` says where (file, field, line), which rule
 * (its permanent code, see rules/index.ts), what is wrong and how to fix it. Checks that do not
 * know the file or field yet (a body, a file read, a text value) return a `Problem`: the same
 * shape without the place, completed into an issue by the stage that knows it.
 */
import type { RuleCode } from './rules/index.ts';

export type { RuleCode } from './rules/index.ts';
export type IssueLevel = 'error' | 'warning';

/** What is wrong and how to fix it, with the rule's code; line and column where known. */
export interface Problem {
  code: RuleCode;
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

/** A problem of a body, at a line and column of the body (1-based). */
export interface BodyProblem extends Problem {
  line: number;
  column: number;
}

export interface Issue extends Problem {
  level: IssueLevel;
  file: string;
  /** Dotted path of the field, e.g. `flows[0].to[1]`; empty for the file as a whole. */
  field: string;
}

/** A problem found in a protocol's body, as an issue of its file: body lines become file lines. */
export function bodyIssue(entry: { file: string; bodyLine?: number }, problem: BodyProblem): Issue {
  return {
    code: problem.code,
    level: 'error',
    file: entry.file,
    field: '(tekst)',
    line: problem.line + (entry.bodyLine ?? 1) - 1,
    column: problem.column,
    message: problem.message,
    fix: problem.fix,
  };
}
