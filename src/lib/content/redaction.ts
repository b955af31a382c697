/**
 * Personal contact data in protocol texts (pure, no file access).
 *
 * The body of a protocol is the source's text, except for personal contact data of individual
 * people (a mobile number, a personal e-mail address): those are replaced by a visible marker
 * such as "[persoonlijk telefoonnummer weggelaten]" and declared in the frontmatter
 * (`redactions`). This module finds what still looks like such data, and checks that the
 * markers in a body and the declared redactions match.
 */
import { isValidKbo } from './kbo.ts';
import { positionsIn } from '../text.ts';

export type ContactKind = 'mobile' | 'email';

export interface ContactFinding {
  /** 1-based line and column in the text that was searched. */
  line: number;
  column: number;
  kind: ContactKind;
  value: string;
}

/**
 * Local parts (or parts of them, split on ".", "-", "_" and "+") that name a function, not a
 * person: dpo@…, privacy@…, dpo.ahovoks@…, itsupport.zorg@… are functional mailboxes.
 */
export const functionalMailboxes: readonly string[] = [
  'dpo',
  'fg',
  'privacy',
  'gdpr',
  'avg',
  'gegevensbescherming',
  'informatieveiligheid',
  'security',
  'veiligheid',
  'cert',
  'abuse',
  'info',
  'informatie',
  'contact',
  'vragen',
  'onthaal',
  'welkom',
  'secretariaat',
  'administratie',
  'admin',
  'office',
  'post',
  'mail',
  'data',
  'support',
  'itsupport',
  'helpdesk',
  'servicedesk',
  'ict',
  'it',
  'webmaster',
  'web',
  'noreply',
  'no-reply',
  'donotreply',
  'communicatie',
  'pers',
  'press',
  'klantendienst',
  'klachten',
  'ombudsdienst',
  'ombuds',
  'ombudsman',
  'juridisch',
  'juridische',
  'hr',
  'personeel',
  'rekrutering',
  'jobs',
  'vacatures',
  'boekhouding',
  'facturatie',
  'facturen',
  'aankoop',
  'kabinet',
  'directie',
  'loket',
  'callcenter',
  'team',
  'dienst',
  'protocollen',
  'protocol',
  'subsidies',
  'dossiers',
  'opleidingen',
  'werkgevers',
];

const functional = new Set(functionalMailboxes);

/** Is this e-mail address a functional mailbox rather than a person's own address? */
export function isFunctionalAddress(address: string): boolean {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  if (functional.has(local)) return true;
  if (local.split(/[._+-]/).some((part) => functional.has(part))) return true;
  // The organisation's own name as mailbox (amal@amal.gent, vdab@vdab.be).
  const organisation = domain.split('.').find((label) => label.length > 1 && !['www', 'mail'].includes(label));
  return organisation !== undefined && local === organisation;
}

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-])/g;

/**
 * Belgian mobile numbers: 04xx followed by six digits (mobile ranges 045x to 049x), or the same
 * with +32 / 0032 instead of the 0 ("+32 497 …", "0032 (0)497 …"), with spaces, dots, slashes or
 * hyphens between the groups. Landlines (02 553 …), dates (04/10/2023) and KBO numbers
 * (0316.380.841) do not match.
 */
const MOBILE = /(?<![\w+/.-])(?:(?:\+|00)32[\s./-]?(?:\(0\)[\s./-]?)?|0)4[5-9]\d(?:[\s./-]?\d){6}(?![\d])(?![./-]\d)/g;

/** Every Belgian mobile number and personal-looking e-mail address in a text, in order. */
export function findPersonalContactData(body: string): ContactFinding[] {
  const findings: (ContactFinding & { offset: number })[] = [];
  const position = (_text: string, offset: number) => at(offset);
  const at = positionsIn(body);
  for (const match of body.matchAll(EMAIL)) {
    if (isFunctionalAddress(match[0])) continue;
    findings.push({ ...position(body, match.index), offset: match.index, kind: 'email', value: match[0] });
  }
  for (const match of body.matchAll(MOBILE)) {
    const value = match[0];
    // An enterprise number written 0XXX.XXX.XXX or 1XXX.XXX.XXX with a valid check digit is not a phone number.
    if (/^[01]\d{3}\.\d{3}\.\d{3}$/.test(value) && isValidKbo(value)) continue;
    findings.push({ ...position(body, match.index), offset: match.index, kind: 'mobile', value });
  }
  return findings.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...finding }) => finding);
}

/** A marker as the register writes them: "[persoonlijk telefoonnummer weggelaten]". */
const MARKER = /\[[^\]\n]{1,118}\bweggelaten\]/g;

export interface RedactionIssue {
  /** `undeclared`: a marker in the body that `redactions` does not declare; `absent`: a declared marker the body does not contain. */
  kind: 'undeclared' | 'absent';
  marker: string;
  /** Index in `redactions` (absent markers). */
  index?: number;
  /** Where the marker is in the body (undeclared markers). */
  line?: number;
  column?: number;
}

/** Markers in the body that are not declared, and declared markers that do not occur in the body. */
export function undeclaredRedactionIssues(body: string, redactions: readonly { marker: string }[]): RedactionIssue[] {
  const issues: RedactionIssue[] = [];
  const declared = new Set(redactions.map((r) => r.marker.trim()));
  const position = (_text: string, offset: number) => at(offset);
  const at = positionsIn(body);
  for (const match of body.matchAll(MARKER)) {
    if (!declared.has(match[0])) issues.push({ kind: 'undeclared', marker: match[0], ...position(body, match.index) });
  }
  redactions.forEach((redaction, index) => {
    const marker = redaction.marker.trim();
    if (!body.includes(marker)) issues.push({ kind: 'absent', marker, index });
  });
  return issues;
}
