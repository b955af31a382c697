/**
 * Checks on the identifiers and vocabularies of other registers that need more than one field
 * (their formats are checked by the schemas): a criminal-data category that is not marked as
 * sensitive, a legal framework that contradicts the protocol's own words, a review date that
 * has passed on the day of the check. Each is a rule with its own check (rules/vocabulary/).
 */
import type { Issue } from './issue.ts';
import type { DataCategory, Protocol } from './schemas.ts';
import { runRule } from './rules/index.ts';
import criminalNotSpecial from './rules/vocabulary/V001-criminal-not-special.ts';
import frameworkContradicts from './rules/vocabulary/V002-framework-contradicts.ts';
import reviewDatePassed from './rules/vocabulary/V003-review-date-passed.ts';
import reviewBeforeDocument from './rules/vocabulary/V004-review-before-document.ts';

interface Checked<T> {
  file: string;
  data: T;
}

export function vocabularyIssues(content: { dataCategories: Checked<DataCategory>[]; protocols: Checked<Protocol>[] }, today?: string): Issue[] {
  return [
    ...content.dataCategories.flatMap(({ file, data }) => runRule(criminalNotSpecial, file, data)),
    ...content.protocols.flatMap(({ file, data }) => [
      ...runRule(frameworkContradicts, file, data),
      ...runRule(reviewDatePassed, file, { protocol: data, today }),
      ...runRule(reviewBeforeDocument, file, data),
    ]),
  ];
}
