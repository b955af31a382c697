/**
 * The catalogue of the check's rules: every code a message of `npm run check` (or of the build's
 * URL check) can carry, registered here once. `RuleCode` is typed from this list, so a message
 * with an unknown code fails the type check; tests/unit/content/rules.test.ts asserts that every
 * code is unique and that CONTRIBUTING.md lists exactly these rules.
 */
import type { Issue } from '../issue.ts';
import type { ProtocolContext } from './protocol-context.ts';
import type { Finding, Rule } from './rule.ts';
import f001 from './file/F001-folder-missing.ts';
import f002 from './file/F002-folder-not-regular.ts';
import f003 from './file/F003-unexpected-file.ts';
import f004 from './file/F004-symlink.ts';
import f005 from './file/F005-not-a-regular-file.ts';
import f006 from './file/F006-file-too-large.ts';
import f007 from './file/F007-not-utf8.ts';
import f008 from './file/F008-file-unreadable.ts';
import f009 from './file/F009-no-frontmatter.ts';
import f010 from './file/F010-file-name-not-slug.ts';
import y001 from './yaml/Y001-yaml-syntax.ts';
import y002 from './yaml/Y002-yaml-alias.ts';
import s001 from './schema/S001-field-missing.ts';
import s002 from './schema/S002-field-type.ts';
import s003 from './schema/S003-field-too-long.ts';
import s004 from './schema/S004-field-too-small.ts';
import s005 from './schema/S005-field-not-allowed-value.ts';
import s006 from './schema/S006-field-format.ts';
import s007 from './schema/S007-field-invalid.ts';
import s008 from './schema/S008-end-before-start.ts';
import s009 from './schema/S009-end-date-and-indefinite.ts';
import t001 from './text/T001-lone-surrogate.ts';
import t002 from './text/T002-bidi-control.ts';
import t003 from './text/T003-control-character.ts';
import t004 from './text/T004-invisible-character.ts';
import t005 from './text/T005-line-break-in-line.ts';
import t006 from './text/T006-mixed-script.ts';
import t007 from './text/T007-nested-too-deep.ts';
import i001 from './integrity/I001-name-of-other-party.ts';
import i002 from './integrity/I002-name-like-other-party.ts';
import i003 from './integrity/I003-duplicate-document.ts';
import b001 from './body/B001-text-missing.ts';
import b002 from './body/B002-text-syntax.ts';
import b003 from './body/B003-html-comment.ts';
import b004 from './body/B004-import-export.ts';
import b005 from './body/B005-expression.ts';
import b006 from './body/B006-element-not-allowed.ts';
import b007 from './body/B007-attribute-code.ts';
import b008 from './body/B008-event-attribute.ts';
import b009 from './body/B009-attribute-not-allowed.ts';
import b010 from './body/B010-image.ts';
import b011 from './body/B011-unsafe-link.ts';
import b012 from './body/B012-raw-html.ts';
import b013 from './body/B013-text-unprocessable.ts';
import b014 from './body/B014-text-nested-too-deep.ts';
import b015 from './body/B015-table-too-large.ts';
import b016 from './body/B016-too-many-delimiters.ts';
import r001 from './references/R001-party-twice.ts';
import r002 from './references/R002-unknown-party.ts';
import r003 from './references/R003-renamed-party.ts';
import r004 from './references/R004-not-a-party.ts';
import r005 from './references/R005-wrong-role.ts';
import r006 from './references/R006-sends-to-itself.ts';
import r007 from './references/R007-unknown-category.ts';
import r008 from './references/R008-special-category-unmarked.ts';
import r009 from './references/R009-special-category-protocol.ts';
import r010 from './references/R010-party-without-flow.ts';
import r011 from './references/R011-unknown-group.ts';
import r012 from './references/R012-no-group.ts';
import r013 from './references/R013-unknown-protocol.ts';
import r014 from './references/R014-renamed-protocol.ts';
import r015 from './references/R015-relation-empty.ts';
import r016 from './references/R016-replaced-still-in-force.ts';
import d001 from './source/D001-kbo-as-written-checksum.ts';
import d002 from './source/D002-kbo-as-written-differs.ts';
import d003 from './source/D003-dpo-advice-after-document.ts';
import d004 from './source/D004-entry-before-document.ts';
import d005 from './source/D005-no-end.ts';
import k001 from './checklist/K001-checklist-element-missing.ts';
import c001 from './redaction/C001-personal-contact-data.ts';
import c002 from './redaction/C002-redaction-marker-absent.ts';
import c003 from './redaction/C003-redaction-undeclared.ts';
import p001 from './gate/P001-draft.ts';
import p002 from './gate/P002-placeholder.ts';
import p003 from './gate/P003-importer-note.ts';
import p004 from './gate/P004-placeholder-in-text.ts';
import p005 from './gate/P005-item-without-description.ts';
import p006 from './gate/P006-purpose-without-party.ts';
import p007 from './gate/P007-recipient-without-party.ts';
import p008 from './gate/P008-date-out-of-range.ts';
import p009 from './gate/P009-dpo-advice-too-early.ts';
import p010 from './gate/P010-dpo-advice-after-signature.ts';
import p011 from './gate/P011-note-names-no-field.ts';
import v001 from './vocabulary/V001-criminal-not-special.ts';
import v002 from './vocabulary/V002-framework-contradicts.ts';
import v003 from './vocabulary/V003-review-date-passed.ts';
import v004 from './vocabulary/V004-review-before-document.ts';
import u001 from './urls/U001-reserved-slug.ts';
import u002 from './urls/U002-former-slug-reserved.ts';
import u003 from './urls/U003-former-slug-current.ts';
import u004 from './urls/U004-former-slug-taken.ts';
import u005 from './urls/U005-former-slug-twice.ts';
import u006 from './urls/U006-former-slug-live.ts';
import u007 from './urls/U007-former-slug-unpublished.ts';
import u008 from './urls/U008-ledger-missing.ts';
import u009 from './urls/U009-ledger-cut-short.ts';
import u010 from './urls/U010-url-dropped.ts';
import u011 from './urls/U011-ledger-miscounted.ts';
import u012 from './urls/U012-ledger-bad-line.ts';
import g001 from './repository/G001-public-not-regular.ts';
import g002 from './repository/G002-public-unlisted.ts';
import g003 from './repository/G003-public-changed.ts';
import g004 from './repository/G004-public-missing.ts';
import g005 from './repository/G005-build-file-committed.ts';
import x001 from './check/X001-check-aborted.ts';

export const rules = [
  f001,
  f002,
  f003,
  f004,
  f005,
  f006,
  f007,
  f008,
  f009,
  f010,
  y001,
  y002,
  s001,
  s002,
  s003,
  s004,
  s005,
  s006,
  s007,
  s008,
  s009,
  t001,
  t002,
  t003,
  t004,
  t005,
  t006,
  t007,
  i001,
  i002,
  i003,
  b001,
  b002,
  b003,
  b004,
  b005,
  b006,
  b007,
  b008,
  b009,
  b010,
  b011,
  b012,
  b013,
  b014,
  b015,
  b016,
  r001,
  r002,
  r003,
  r004,
  r005,
  r006,
  r007,
  r008,
  r009,
  r010,
  r011,
  r012,
  r013,
  r014,
  r015,
  r016,
  d001,
  d002,
  d003,
  d004,
  d005,
  k001,
  c001,
  c002,
  c003,
  p001,
  p002,
  p003,
  p004,
  p005,
  p006,
  p007,
  p008,
  p009,
  p010,
  p011,
  v001,
  v002,
  v003,
  v004,
  u001,
  u002,
  u003,
  u004,
  u005,
  u006,
  u007,
  u008,
  u009,
  u010,
  u011,
  u012,
  g001,
  g002,
  g003,
  g004,
  g005,
  x001,
] as const;
export type RuleCode = (typeof rules)[number]['code'];

/**
 * The rules on one schema-valid protocol against the rest of the register (validate.ts runs them
 * for every protocol), in the order their messages are listed.
 */
export const protocolRules: readonly Rule<RuleCode, ProtocolContext>[] = [
  r001,
  r002,
  r003,
  d001,
  d002,
  d003,
  r004,
  r005,
  r006,
  r007,
  r008,
  r009,
  r010,
  r011,
  r012,
  r013,
  r014,
  r015,
  k001,
  c001,
  c002,
  c003,
  d004,
  d005,
];

/** Codes of rules that were removed: never given to another rule. */
export const retiredCodes: readonly string[] = [];

/** The areas of the catalogue: the letter a code starts with. */
export const areas = {
  F: 'Bestanden en mappen',
  Y: 'YAML',
  S: 'Velden (schema)',
  T: 'Tekens in velden en tekst',
  I: 'Dubbels en namen',
  B: 'De tekst van het protocol',
  R: 'Verwijzingen en samenhang',
  D: 'Datums en nummers tegenover de bron',
  K: 'Verplichte onderdelen',
  C: 'Persoonlijke contactgegevens',
  P: 'Publicatiepoort',
  V: 'Vocabularia',
  U: "Vaste URL's",
  G: 'De repository buiten content/',
  X: 'De controle zelf',
} as const;

const byCode: ReadonlyMap<string, Rule<string, unknown>> = new Map(rules.map((rule) => [rule.code, rule as Rule<string, unknown>]));

export function ruleOf(code: RuleCode): Rule<RuleCode, unknown> {
  return byCode.get(code) as Rule<RuleCode, unknown>;
}

/** The level of a rule: whether its messages stop publication. */
export const levelOf = (code: RuleCode) => ruleOf(code).level;

/** Findings of a rule as issues of a file, with the rule's code and level. */
export function issuesOf(code: RuleCode, file: string, findings: readonly Finding[]): Issue[] {
  const { level } = ruleOf(code);
  return findings.map((finding) => ({ code, level, file, ...finding }));
}

/** Runs a rule that carries its own check on one target. */
export function runRule<Target>(rule: Rule<RuleCode, Target>, file: string, target: Target): Issue[] {
  return rule.check ? issuesOf(rule.code, file, rule.check(target)) : [];
}

/** Text as it reads in a Markdown table cell: every character Markdown would act on, escaped. */
const markdownText = (text: string) => text.replace(/[\\`*_<>|[\]]/g, '\\$&');

/** The catalogue as the Markdown list in CONTRIBUTING.md (between its two markers). */
export function catalogueMarkdown(): string {
  const lines: string[] = [];
  for (const [letter, title] of Object.entries(areas)) {
    const list = rules.filter((rule) => rule.code.startsWith(letter));
    if (list.length === 0) continue;
    lines.push('', `**${letter}: ${title}**`, '', '| code | soort | wat | oplossing |', '| --- | --- | --- | --- |');
    for (const rule of list) lines.push(`| ${rule.code} | ${rule.level === 'error' ? 'fout' : 'waarschuwing'} | ${markdownText(rule.title)} | ${markdownText(rule.fix)} |`);
  }
  return `${lines.join('\n').trim()}\n`;
}
