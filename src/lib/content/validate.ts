/**
 * Validation of the whole register: each entry against its schema, then the checks across
 * collections that Astro does not do (references that must exist, flows that may only name
 * parties of their protocol, data categories from the vocabulary) and the oddities that real
 * source documents contain (reported as warnings).
 *
 * Every problem is collected: editors get all of them in one run.
 */
import type { z } from 'astro/zod';
import { lineOfField, type RawContent, type RawEntry } from './read.node.ts';
import { dataCategorySchema, dataSubjectGroupSchema, partySchema, protocolSchema, slug, type DataCategory, type DataSubjectGroup, type Party, type Protocol } from './schemas.ts';
import { formerSlugIssues, formerSlugMap } from './former-slugs.ts';
import { processBody, type RenderedBody } from './body.ts';
import type { BodyResults } from './parallel.node.ts';
import { vocabularyIssues } from './vocabulary-checks.ts';
import { partyGateIssues, publishGateIssues, replacedStillInForce, withoutConfirmedWarnings } from './publish-gate.ts';
import { partyNameIssues, skeleton, textIssues } from './text-safety.ts';

import { bodyIssue, type Issue, type RuleCode } from './issue.ts';
import { protocolRules, runRule } from './rules/index.ts';
import { type ProtocolContext, rolesOf } from './rules/protocol-context.ts';
import { inertLine, inertReport } from '../text.ts';

export type { Issue, IssueLevel } from './issue.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  /** The body as safe HTML, rendered by the check itself (protocols only). */
  rendered?: RenderedBody;
}

export interface ValidatedContent {
  parties: Entry<Party>[];
  dataCategories: Entry<DataCategory>[];
  dataSubjectGroups: Entry<DataSubjectGroup>[];
  protocols: Entry<Protocol>[];
  issues: Issue[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** A fix hint per kind of field, so an editor knows what to write. */
function fixFor(field: string, missing: boolean): string {
  const last =
    field
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop() ?? '';
  if (missing) return `voeg het veld "${field}" toe (zie docs/protocol-format.md voor een voorbeeld)`;
  if (/date|until/i.test(last)) return 'schrijf de datum als JJJJ-MM-DD, bv. 2025-12-15';
  if (last === 'kbo' || last === 'establishmentUnits') return 'neem het nummer over uit de KBO (kbopub.economie.fgov.be) en controleer elk cijfer';
  if (/url|website|privacyPage/i.test(last)) return 'schrijf een volledig adres, bv. https://www.voorbeeld.be/privacy';
  if (last === 'email') return 'gebruik een functioneel adres zoals dpo@… of privacy@…';
  return 'pas de waarde aan zoals in de melding staat (zie docs/protocol-format.md)';
}

/** The rule of a schema problem, by the kind of zod issue (a custom check may name its own rule). */
export function schemaRule(issue: z.core.$ZodIssue, missing = false): RuleCode {
  const own = (issue as { params?: { rule?: unknown } }).params?.rule;
  if (own === 'S008' || own === 'S009') return own;
  if (missing) return 'S001';
  switch (issue.code) {
    case 'too_big':
      return 'S003';
    case 'too_small':
      return 'S004';
    case 'invalid_value':
      return 'S005';
    case 'invalid_format':
      return 'S006';
    case 'custom':
      return 'S007';
    default:
      return 'S002';
  }
}

function schemaIssues(entry: RawEntry, error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const field = formatPath(issue.path);
    const missing = issue.code === 'invalid_type' && valueAt(entry.data, issue.path) === undefined;
    const ownFix = (issue as { params?: { fix?: unknown } }).params?.fix;
    return {
      code: schemaRule(issue, missing),
      level: 'error' as const,
      file: entry.file,
      field,
      line: lineOfField(entry, issue.path),
      message: missing ? 'verplicht veld ontbreekt' : issue.message,
      fix: typeof ownFix === 'string' ? ownFix : issue.code === 'too_big' ? 'kort de tekst in; de volledige tekst hoort in de body onder de frontmatter' : fixFor(field, missing),
    };
  });
}

function parseCollection<T>(entries: RawEntry[], schema: z.ZodType<T>, issues: Issue[]): Entry<T>[] {
  const valid: Entry<T>[] = [];
  for (const entry of entries) {
    const idCheck = slug.safeParse(entry.id);
    if (!idCheck.success) {
      issues.push({
        code: 'F010',
        level: 'error',
        file: entry.file,
        field: '',
        message: `de bestandsnaam "${entry.id}" is geen geldige slug (de slug wordt de URL)`,
        fix: 'hernoem het bestand: kleine letters, cijfers en koppeltekens, bv. "departement-zorg.yaml"',
      });
    }
    const parsed = schema.safeParse(entry.data);
    if (parsed.success) valid.push({ id: entry.id, file: entry.file, data: parsed.data, body: entry.body });
    else issues.push(...schemaIssues(entry, parsed.error));
  }
  return valid;
}

interface Known {
  parties: Map<string, Entry<Party>>;
  /** Parties whose file exists but has errors of its own: reported there, not in every protocol. */
  brokenParties: Set<string>;
  dataCategories: Map<string, Entry<DataCategory>>;
  dataSubjectGroups: Map<string, Entry<DataSubjectGroup>>;
  protocols: Set<string>;
  /** Former slug → current slug, per collection. */
  movedParties: Map<string, string>;
  movedProtocols: Map<string, string>;
}

/** What is wrong with a party reference that does not resolve, and how to fix it. */
function unknownParty(id: string, known: Known): Pick<Issue, 'code' | 'message' | 'fix'> {
  const moved = known.movedParties.get(id);
  if (moved) return { code: 'R003', message: `partij "${id}" heet nu "${moved}"`, fix: `gebruik de huidige slug "${moved}"` };
  return {
    code: 'R002',
    message: `partij "${id}" bestaat niet in content/parties`,
    fix: `maak content/parties/${id}.yaml aan, of gebruik een bestaande slug: ${[...known.parties.keys()].join(', ')}`,
  };
}

/** Runs every rule on one schema-valid protocol (rules/index.ts: `protocolRules`, in their order). */
function checkProtocol(entry: Entry<Protocol>, register: Omit<ProtocolContext, 'protocol' | 'body' | 'bodyLine' | 'roles'>, issues: Issue[]): void {
  const context: ProtocolContext = {
    ...register,
    protocol: entry.data,
    body: entry.body,
    bodyLine: (entry as { bodyLine?: number }).bodyLine,
    roles: rolesOf(entry.data),
  };
  for (const rule of protocolRules) issues.push(...runRule(rule, entry.file, context));
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

/** Reference checks on a protocol whose frontmatter did not pass the schema (best effort). */
function checkRawReferences(entry: RawEntry, known: Known, issues: Issue[]): void {
  const data = asRecord(entry.data);
  const partyIds = new Set<string>();
  asArray(data.parties).forEach((p, i) => {
    const id = asRecord(p).party;
    if (typeof id !== 'string') return;
    partyIds.add(id);
    if (!known.parties.has(id) && !known.brokenParties.has(id)) {
      issues.push({ level: 'error', file: entry.file, field: `parties[${i}].party`, ...unknownParty(id, known) });
    }
  });
  const roles = new Map(asArray(data.parties).map((p) => [asRecord(p).party, asRecord(p).role] as const));
  asArray(data.flows).forEach((flow, f) => {
    for (const side of ['from', 'to'] as const) {
      const allowed = side === 'from' ? ['sends', 'both'] : ['receives', 'both'];
      asArray(asRecord(flow)[side]).forEach((id, i) => {
        const role = roles.get(id);
        if (typeof id === 'string' && typeof role === 'string' && !allowed.includes(role)) {
          issues.push({
            code: 'R005',
            level: 'error',
            file: entry.file,
            field: `flows[${f}].${side}[${i}]`,
            message: `"${id}" heeft rol "${role}" maar staat bij "${side}"`,
            fix: side === 'from' ? 'geef de partij de rol "sends" of "both"' : 'geef de partij de rol "receives" of "both"',
          });
        }
      });
      asArray(asRecord(flow)[side]).forEach((id, i) => {
        if (typeof id === 'string' && partyIds.size > 0 && !partyIds.has(id)) {
          issues.push({
            code: 'R004',
            level: 'error',
            file: entry.file,
            field: `flows[${f}].${side}[${i}]`,
            message: `"${id}" is geen partij van dit protocol`,
            fix: `voeg "${id}" toe aan parties, of kies een van: ${[...partyIds].join(', ')}`,
          });
        }
      });
    }
    asArray(asRecord(flow).dataItems).forEach((item, d) => {
      asArray(asRecord(item).dataCategories).forEach((category, c) => {
        if (typeof category === 'string' && !known.dataCategories.has(category)) {
          issues.push({
            code: 'R007',
            level: 'error',
            file: entry.file,
            field: `flows[${f}].dataItems[${d}].dataCategories[${c}]`,
            message: `gegevenscategorie "${category}" bestaat niet`,
            fix: `gebruik een bestaande categorie (${[...known.dataCategories.keys()].join(', ')}) of voeg content/data-categories/${category}.yaml toe`,
          });
        }
      });
    });
  });
  for (const key of ['purposes', 'signatures'] as const) {
    asArray(data[key]).forEach((item, i) => {
      const id = asRecord(item).party;
      if (typeof id === 'string' && partyIds.size > 0 && !partyIds.has(id))
        issues.push({
          code: 'R004',
          level: 'error',
          file: entry.file,
          field: `${key}[${i}].party`,
          message: `"${id}" is geen partij van dit protocol`,
          fix: `kies een van: ${[...partyIds].join(', ')}`,
        });
    });
  }
  asArray(data.relations).forEach((relation, i) => {
    const id = asRecord(relation).protocol;
    if (typeof id !== 'string') return;
    const moved = known.movedProtocols.get(id);
    if (moved)
      issues.push({
        code: 'R014',
        level: 'error',
        file: entry.file,
        field: `relations[${i}].protocol`,
        message: `protocol "${id}" heet nu "${moved}"`,
        fix: `gebruik de huidige slug "${moved}"`,
      });
    else if (!known.protocols.has(id))
      issues.push({
        code: 'R013',
        level: 'error',
        file: entry.file,
        field: `relations[${i}].protocol`,
        message: `protocol "${id}" bestaat niet in content/protocols`,
        fix: 'gebruik de bestandsnaam (zonder .mdx) van een bestaand protocol, of gebruik "title" voor een document buiten het register',
      });
  });
}

/**
 * Checks every body as text (no code, no HTML beyond the allow-list, safe links) and renders
 * the good ones. Also bodies of files whose frontmatter failed: a security problem is
 * reported whatever else is wrong with the file.
 */
function checkBodies(entries: RawEntry[], issues: Issue[], done?: BodyResults): Map<string, RenderedBody> {
  const rendered = new Map<string, RenderedBody>();
  for (const entry of entries) {
    const body = entry.body ?? '';
    if (body.trim().length < 200) {
      issues.push({
        code: 'B001',
        level: 'error',
        file: entry.file,
        field: '(tekst)',
        line: entry.bodyLine,
        message: 'de volledige tekst van het protocol ontbreekt onder de frontmatter',
        fix: 'plak de volledige tekst van de bron onder de afsluitende "---"',
      });
      continue;
    }
    const result = done?.get(entry.id) ?? processBody(body);
    for (const problem of result.problems) issues.push(bodyIssue(entry, problem));
    if (result.rendered) rendered.set(entry.id, result.rendered);
  }
  return rendered;
}

/** Titles that read the same are the same: compared as confusable skeletons (text-safety.ts). */
const normalisedTitle = (title: string) => skeleton(title);

/** Two files that describe the same document would publish it twice. */
function duplicateIssues(protocols: Entry<Protocol>[], raw: RawEntry[]): Issue[] {
  const rawById = new Map(raw.map((entry) => [entry.id, entry]));
  const lineOf = (entry: Entry<Protocol>, field: string) => lineOfField(rawById.get(entry.id) ?? {}, field.split('.'));
  const issues: Issue[] = [];
  const seen = new Map<string, Entry<Protocol>>();
  for (const entry of protocols) {
    const { data } = entry;
    const keys = [
      {
        key: `document:${[...new Set(data.parties.map((p) => p.party))].sort().join(',')}|${data.documentDate}|${normalisedTitle(data.title)}`,
        what: 'dezelfde partijen, dezelfde datum en dezelfde titel',
        field: 'title',
      },
      ...(data.source ? [{ key: `source:${data.source.file}`, what: `hetzelfde bronbestand (${data.source.file})`, field: 'source.file' }] : []),
    ];
    for (const { key, what, field } of keys) {
      const first = seen.get(key);
      if (first) {
        // Reported on both files: whichever one the pull request adds, its editor sees it.
        const fix = 'verwijder een van beide bestanden (een hernoemd bestand krijgt formerSlugs), of verbeter het veld als het om een ander document gaat';
        issues.push({
          code: 'I003',
          level: 'error',
          file: entry.file,
          field,
          line: lineOf(entry, field),
          message: `beschrijft hetzelfde document als ${first.file}: ${what}`,
          fix,
        });
        issues.push({
          code: 'I003',
          level: 'error',
          file: first.file,
          field,
          line: lineOf(first, field),
          message: `beschrijft hetzelfde document als ${entry.file}: ${what}`,
          fix,
        });
        break;
      }
      seen.set(key, entry);
    }
  }
  return issues;
}

/**
 * Validates a whole register. `bodies` holds bodies already checked and rendered (in parallel,
 * see content/parallel.node.ts); without it each body is processed here.
 */
export function validateContent(raw: RawContent, bodies?: BodyResults, options: { today?: string } = {}): ValidatedContent {
  const issues: Issue[] = raw.problems.map((problem) => ({ ...problem }));
  // Text is normalised (NFC) and checked at the door, before any schema or check sees it.
  const all = [...raw.parties, ...raw.dataCategories, ...(raw.dataSubjectGroups ?? []), ...raw.protocols];
  issues.push(...textIssues(all, (entry, path) => lineOfField(entry, path)));
  const parties = parseCollection(raw.parties, partySchema, issues);
  issues.push(...partyNameIssues(parties));
  const dataCategories = parseCollection(raw.dataCategories, dataCategorySchema, issues);
  const dataSubjectGroups = parseCollection(raw.dataSubjectGroups ?? [], dataSubjectGroupSchema, issues);
  const rendered = checkBodies(raw.protocols, issues, bodies);
  // A file whose YAML does not parse still gets its body checked, in the same run.
  checkBodies(raw.unreadable ?? [], issues, bodies);
  const protocols = parseCollection(raw.protocols, protocolSchema, issues).map((entry) => ({ ...entry, rendered: rendered.get(entry.id) }));
  const validParties = new Set(parties.map((p) => p.id));
  const known: Known = {
    parties: new Map(parties.map((p) => [p.id, p])),
    brokenParties: new Set(raw.parties.map((p) => p.id).filter((id) => !validParties.has(id))),
    dataCategories: new Map(dataCategories.map((c) => [c.id, c])),
    dataSubjectGroups: new Map(dataSubjectGroups.map((g) => [g.id, g])),
    protocols: new Set(raw.protocols.map((p) => p.id)),
    movedParties: formerSlugMap(parties),
    movedProtocols: formerSlugMap(protocols),
  };
  issues.push(...formerSlugIssues('content/parties', parties), ...formerSlugIssues('content/protocols', protocols), ...duplicateIssues(protocols, raw.protocols));
  const register = {
    parties: new Map(parties.map((p) => [p.id, p.data])),
    brokenParties: known.brokenParties,
    dataCategories: new Map(dataCategories.map((c) => [c.id, c.data])),
    dataSubjectGroups: dataSubjectGroups.map((g) => g.id),
    protocols: known.protocols,
    movedParties: known.movedParties,
    movedProtocols: known.movedProtocols,
  };
  for (const protocol of protocols) checkProtocol(protocol, register, issues);
  issues.push(...vocabularyIssues({ dataCategories, protocols }, options.today));
  issues.push(...replacedStillInForce(protocols));
  // Entries that failed their schema still get their references checked, so an editor sees
  // every problem of a file in one run, not the next one after each fix.
  const validIds = new Set(protocols.map((p) => p.id));
  for (const entry of raw.protocols) if (!validIds.has(entry.id)) checkRawReferences(entry, known, issues);
  // The publish gate reads the raw frontmatter, so it runs whether or not the schema passed.
  const partyNames = new Map(parties.map((p) => [p.id, [p.data.name, p.data.shortName, ...p.data.aliases, ...p.data.formerNames.flatMap((f) => [f.name, f.shortName ?? ''])]]));
  for (const entry of raw.protocols) issues.push(...publishGateIssues(entry, partyNames));
  for (const entry of raw.parties) issues.push(...partyGateIssues(entry));
  // Every problem of a field names its line, also those found across files.
  const rawByFile = new Map(all.map((entry) => [entry.file, entry]));
  for (const issue of issues) {
    const entry = rawByFile.get(issue.file);
    if (issue.line === undefined && entry && issue.field && !issue.field.startsWith('(') && !issue.field.startsWith('checklist.'))
      issue.line = lineOfField(
        entry,
        issue.field
          .split(/[.[\]]+/)
          .filter(Boolean)
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      );
  }
  return { parties, dataCategories, dataSubjectGroups, protocols, issues: uniqueIssues(withoutConfirmedWarnings(issues, raw.protocols)) };
}

/** One message per file, field and text: the raw and the typed checks may find the same problem. */
function uniqueIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.level}|${issue.code}|${issue.file}|${issue.field}|${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function hasErrors(issues: Issue[]): boolean {
  return issues.some((i) => i.level === 'error');
}

/**
 * The report of the check: every problem under its file. With `warningFiles`, warnings are shown
 * for that many files only (every error is always shown): the build's log of a register of
 * synthetic size held 12,600 warnings (6.6 MB) on every build; `npm run check` shows them all.
 */
export function formatIssues(issues: Issue[], options: { warningFiles?: number } = {}): string {
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file);
    if (list) list.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  const lines: string[] = [];
  let warningFiles = 0;
  let hidden = 0;
  let hiddenFiles = 0;
  for (const [file, all] of byFile) {
    const hasWarnings = all.some((issue) => issue.level !== 'error');
    const shown = options.warningFiles === undefined || !hasWarnings || warningFiles++ < options.warningFiles ? all : all.filter((issue) => issue.level === 'error');
    if (shown.length < all.length) {
      hidden += all.length - shown.length;
      hiddenFiles++;
    }
    if (shown.length === 0) continue;
    // Values come from content: shown inert, so none can start a line of its own (text.ts).
    lines.push(inertLine(file));
    for (const issue of shown) {
      const tag = issue.level === 'error' ? 'FOUT' : 'waarschuwing';
      const place = issue.line ? ` (regel ${issue.line}${issue.column ? `, kolom ${issue.column}` : ''})` : '';
      lines.push(`  ${tag}  ${inertLine(issue.field) || '(bestand)'}${place}: [${issue.code}] ${inertLine(issue.message)}`);
      lines.push(`         oplossing: ${inertLine(issue.fix)}`);
    }
  }
  if (hidden > 0) lines.push(`Niet getoond: ${hidden} waarschuwing(en) in ${hiddenFiles} bestand(en); npm run check toont ze allemaal.`);
  const errors = issues.filter((i) => i.level === 'error').length;
  const warnings = issues.length - errors;
  lines.push(`${errors} fout(en), ${warnings} waarschuwing(en)`);
  return inertReport(lines.join('\n'));
}
