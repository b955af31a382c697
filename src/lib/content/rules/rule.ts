/**
 * One rule of the check: a permanent code, its level, a short Dutch title (what the rule refuses
 * or warns about) and the general fix. CONTRIBUTING.md lists every rule from this catalogue.
 *
 * Codes are permanent: a letter per area and three digits (see `areas` in index.ts). A code is
 * never reused, also not after its rule is removed; a new rule takes the next free number.
 *
 * A rule whose check is self-contained carries it as `check`: it returns findings (field,
 * message, fix), and the code, level and file are added by `runRule`. Other rules are checked
 * in the stage that knows their context (read.ts, body.ts, publish-gate.ts, …), which names the code.
 */
import type { IssueLevel } from '../issue.ts';

/** Where a problem is and what it says; the rule adds its code and level. */
export interface Finding {
  field: string;
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

export interface Rule<Code extends string = string, Target = never> {
  code: Code;
  level: IssueLevel;
  title: string;
  fix: string;
  check?: (target: Target) => Finding[];
}

export function defineRule<const Code extends string, Target = never>(rule: Rule<Code, Target>): Rule<Code, Target> {
  return rule;
}
