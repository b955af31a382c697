/**
 * The publish gate: what stops an unfinished file from being published. It reads the raw
 * frontmatter (also of a file whose schema check failed), so an editor sees every gate problem
 * in the same run as the schema errors, not in the next one.
 *
 * It refuses: importer drafts (`draft`, `review`), placeholder text ("Nog aan te vullen",
 * "TODO", "…", "[…]"), data items without a description, purposes and (with several receivers)
 * internal recipients that do not say whose they are, a DPO advice more than two years before
 * the document or after its party's signature, dates outside a plausible range, and
 * `editorNotes.field` values that name no field. A problem that the source itself contains is
 * confirmed with an editor's note that names the field; every message says which field that is.
 */
import type { z } from 'astro/zod';
import type { Issue, RuleCode } from './issue.ts';
import { protocolSchema } from './schemas.ts';
import { checklistElementsOf } from './checklist.ts';
import { legalFrameworks } from '../enums.ts';

export interface GateEntry {
  file: string;
  data: unknown;
  body?: string;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asDate = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
};

/**
 * The fields an editor's note names ("documentDate", "parties[1].dpoAdviceDate, end"), split on
 * commas and semicolons outside brackets ("tekst (Artikel 8, §2)" stays one).
 */
export function namedFields(note: unknown): string[] {
  const field = asRecord(note).field;
  if (typeof field !== 'string') return [];
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of field) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out.filter(Boolean);
}

/**
 * Does a named field cover this field? A note on a field covers what lies inside it ("purposes"
 * covers "purposes[1].party"), and "[]" stands for every position ("parties[].dpoAdviceDate").
 */
export function covers(named: string, field: string): boolean {
  const pattern = new RegExp(
    `^${named
      .replace(/[.*+?^${}()|\\]/g, '\\$&')
      .replace(/\[\]/g, '\\[\\d+\\]')
      .replace(/\[(\d+)\]/g, '\\[$1\\]')}(?:$|[.[])`,
  );
  return pattern.test(field);
}

/** Does an editor's note of this (raw) protocol name the field (or a field that holds it)? */
export function noteNames(data: unknown, field: string): boolean {
  return asArray(asRecord(data).editorNotes).some((note) => namedFields(note).some((named) => covers(named, field)));
}

/** The text an editor writes to confirm a field, for the fix of a message. */
export function noteFix(field: string): string {
  return `staat het zo in de bron, voeg dan in editorNotes een redactienoot toe met field: "${field}" en een uitleg in text`;
}

/** Words that mark unfinished text, wherever they stand in a value. */
const PLACEHOLDER = /\bnog aan te vullen\b|\bTODO\b|\bTBD\b|\bFIXME\b|\[(?:…|\.\.\.)\]|<\s*invullen\s*>/i;
/** A value that is only an ellipsis, or that stops on one ("in het kader van …"). */
const ELLIPSIS = /(?:^|\s)(?:…|\.\.\.)\s*$/;

/** Every string in the frontmatter, with its dotted path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

/** Pseudo-fields an editor's note may name besides frontmatter paths. */
// The checklist elements of every legal framework can be answered by an editor's note.
const pseudoFields = new Set(['(tekst)', ...legalFrameworks.flatMap((framework) => checklistElementsOf(framework).map((element) => `checklist.${element.id}`))]);

/** Splits "parties[1].dpoAdviceDate" into ["parties", 1, "dpoAdviceDate"] ("[]" is -1); undefined when malformed. */
function parsePath(field: string): (string | number)[] | undefined {
  if (!/^[A-Za-z]\w*(?:\[\d*\]|\.[A-Za-z]\w*)*$/.test(field)) return undefined;
  return [...field.matchAll(/([A-Za-z]\w*)|\[(\d*)\]/g)].map((m) => (m[2] !== undefined ? (m[2] === '' ? -1 : Number(m[2])) : m[1]!));
}

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Does the path name a field of the protocol format, with list positions that exist in the file? */
export function isProtocolField(field: string, data: unknown): boolean {
  if (pseudoFields.has(field) || /^(?:\(tekst\)|tekst|body)(?:\s*\(.+\))?$/.test(field)) return true;
  const path = parsePath(field);
  if (!path) return false;
  let schema: z.ZodType = protocolSchema;
  let value: unknown = data;
  for (const key of path) {
    let def = defOf(schema);
    while (['optional', 'default', 'prefault', 'nullable', 'pipe'].includes(def.type)) {
      schema = (def.innerType ?? def.in)!;
      def = defOf(schema);
    }
    if (typeof key === 'number') {
      // -1 is "[]": every position, so the list must have at least one.
      const list = asArray(value);
      if (def.type !== 'array' || !def.element || key >= list.length || list.length === 0) return false;
      schema = def.element;
      value = list[Math.max(key, 0)];
    } else {
      // `parties[i].kbo` names the party's own number (the fidelity check reads it so).
      const shape = def.type === 'object' ? def.shape : undefined;
      if (!shape || !(key in shape)) return key === 'kbo' && field.startsWith('parties[');
      schema = shape[key]!;
      value = asRecord(value)[key];
    }
  }
  return true;
}

const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
/** Earliest and latest date the register accepts in a protocol's own dates. */
export const plausibleDates = { from: '1995-01-01', to: '2099-12-31' } as const;

/** The problems that keep a protocol file from being published. */
/** `partyNames`: per party slug the names it goes by (name, short name, aliases), to recognise it in a text. */
export function publishGateIssues(entry: GateEntry, partyNames: ReadonlyMap<string, readonly string[]> = new Map()): Issue[] {
  const data = asRecord(entry.data);
  const issues: Issue[] = [];
  const error = (code: RuleCode, field: string, message: string, fix: string) => issues.push({ code, level: 'error', file: entry.file, field, message, fix });
  const confirmed = (field: string) => noteNames(data, field);

  const review = asArray(data.review);
  if (data.draft === true || review.length > 0) {
    const fields = review.map((r) => asRecord(r).field).filter((f): f is string => typeof f === 'string');
    error(
      'P001',
      review.length > 0 ? 'review' : 'draft',
      `dit is een ontwerp van de importeur${fields.length ? ` met ${fields.length} veld(en) om na te kijken: ${fields.join(', ')}` : ''}`,
      'kijk elk veld in "review" na tegen de bron, verwijder dan de lijst "review" en zet "draft: false"',
    );
  }

  for (const [field, value] of strings(data, '')) {
    if (field === 'review' || field.startsWith('review[') || field.startsWith('editorNotes[')) continue;
    const text = value.trim();
    if (PLACEHOLDER.test(text) || ELLIPSIS.test(text) || text === '?') {
      error(
        'P002',
        field,
        `bevat nog een plaatshouder in plaats van de tekst uit de bron: "${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"`,
        `vul ${field} in zoals in de bron staat`,
      );
    }
  }
  const sourceNote = asRecord(data.source).note;
  if (typeof sourceNote === 'string' && /npm run import|importeur/i.test(sourceNote)) {
    error(
      'P003',
      'source.note',
      'source.note is een werknotitie van de importeur; ze zou op de pagina en in de zoekresultaten verschijnen',
      'verwijder source.note, of schrijf er iets over de bron zelf in (bv. "ondertekende versie van 15 december 2025")',
    );
  }
  const placeholderInBody = /\bnog aan te vullen\b|\bTODO\b/i.exec(entry.body ?? '');
  if (placeholderInBody) {
    const line = (entry.body ?? '').slice(0, placeholderInBody.index).split('\n').length;
    error('P004', '(tekst)', `de tekst bevat nog een plaatshouder ("${placeholderInBody[0]}", regel ${line} van de tekst)`, 'vervang de plaatshouder door de tekst van de bron');
  }

  asArray(data.flows).forEach((flow, f) => {
    asArray(asRecord(flow).dataItems).forEach((item, d) => {
      const { label, description } = asRecord(item);
      const field = `flows[${f}].dataItems[${d}].description`;
      const text = typeof description === 'string' ? description.trim() : '';
      if (!text || text === (typeof label === 'string' ? label.trim() : '') || /^gegeven\s*\d*\.?$/i.test(text)) {
        error(
          'P005',
          field,
          `het gegeven "${typeof label === 'string' ? label : d + 1}" heeft geen omschrijving`,
          `neem de omschrijving van het gegeven over uit de bron in ${field}`,
        );
      }
    });
  });

  const parties = asArray(data.parties).map((p) => asRecord(p));
  const partyIds = parties.map((p) => p.party).filter((id): id is string => typeof id === 'string');
  asArray(data.purposes).forEach((purpose, i) => {
    const field = `purposes[${i}].party`;
    if (typeof asRecord(purpose).party !== 'string' && !confirmed(field)) {
      error(
        'P006',
        field,
        'het doel zegt niet van welke partij het is',
        `vul ${field} in (een van: ${partyIds.join(', ')}); geldt het doel volgens de bron voor alle partijen samen, ${noteFix(field)}`,
      );
    }
  });
  const receivers = parties.filter((p) => p.role === 'receives' || p.role === 'both');
  if (receivers.length > 1) {
    // With several receivers, "binnen de ontvanger" must say which receiver's services.
    const words = receivers
      .flatMap((p) => [p.party, p.alias, p.nameAsWritten, ...(typeof p.party === 'string' ? (partyNames.get(p.party) ?? []) : [])])
      .filter((w): w is string => typeof w === 'string' && w.length > 1);
    const generic = /\b(?:elke|iedere|een|beide|alle|de|het betrokken|betrokken)\s+(?:partij|partijen|ontvanger|ontvangers|agentschap|agentschappen)\b/i;
    asArray(asRecord(data.recipients).internal).forEach((recipient, i) => {
      const field = `recipients.internal[${i}]`;
      if (typeof recipient !== 'string' || confirmed(field)) return;
      const folded = recipient.toLowerCase();
      const named = words.some((w) => folded.includes(w.toLowerCase().replace(/-/g, ' ')) || folded.includes(w.toLowerCase()));
      if (!named && !generic.test(recipient)) {
        error(
          'P007',
          field,
          `dit protocol heeft ${receivers.length} ontvangers, maar deze ontvanger zegt niet bij welke partij hij hoort: "${recipient.slice(0, 80)}"`,
          `noem de partij in de tekst zoals de bron (bv. "VDAB: …"); ${noteFix(field)}`,
        );
      }
    });
  }

  const documentDate = asDate(data.documentDate);
  const dates: [string, unknown][] = [
    ['documentDate', data.documentDate],
    ['entryIntoForce.date', asRecord(data.entryIntoForce).date],
    ['end.date', asRecord(data.end).date],
    ...parties.map((p, i): [string, unknown] => [`parties[${i}].dpoAdviceDate`, p.dpoAdviceDate]),
    ...asArray(data.signatures).map((s, i): [string, unknown] => [`signatures[${i}].date`, asRecord(s).date]),
  ];
  for (const [field, value] of dates) {
    const date = asDate(value);
    if (date && (date < plausibleDates.from || date > plausibleDates.to)) {
      error(
        'P008',
        field,
        `de datum ${date} ligt buiten ${plausibleDates.from.slice(0, 4)}–${plausibleDates.to.slice(0, 4)}`,
        `controleer ${field} in de bron (JJJJ-MM-DD); een datum in een wetsverwijzing is niet de datum van het protocol`,
      );
    }
  }
  parties.forEach((p, i) => {
    const field = `parties[${i}].dpoAdviceDate`;
    const advice = asDate(p.dpoAdviceDate);
    if (!advice || confirmed(field)) return;
    if (documentDate && advice < yearsBefore(documentDate, 2)) {
      error(
        'P009',
        field,
        `advies van de functionaris (${advice}) ligt meer dan twee jaar voor de datum van het document (${documentDate}); is het de datum van een wet of van een ander document?`,
        `neem de datum van het advies over uit de bron; ${noteFix(field)}`,
      );
    }
    const signed = asArray(data.signatures)
      .map((s) => asRecord(s))
      .filter((s) => s.party === p.party)
      .map((s) => asDate(s.date))
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    if (signed && advice > signed) {
      error(
        'P010',
        field,
        `advies van de functionaris (${advice}) is later dan de ondertekening door dezelfde partij (${signed})`,
        `controleer beide datums in de bron; ${noteFix(field)}`,
      );
    }
  });

  asArray(data.editorNotes).forEach((note, i) => {
    for (const named of namedFields(note)) {
      if (!isProtocolField(named, data)) {
        error(
          'P011',
          `editorNotes[${i}].field`,
          `"${named}" is geen veld van dit protocol`,
          'schrijf het pad van een bestaand veld, zoals in de melding van de check, bv. "documentDate", "parties[1].dpoAdviceDate", "end.date" of "checklist.sanctions"',
        );
      }
    }
  });
  return issues;
}

/**
 * Warnings on a protocol that an editor's note naming their field has confirmed are dropped:
 * the note is the editor's answer to the warning.
 */
export function withoutConfirmedWarnings(issues: Issue[], protocols: readonly GateEntry[]): Issue[] {
  const byFile = new Map(protocols.map((p) => [p.file, p.data]));
  return issues.filter(
    (issue) => issue.level !== 'warning' || !byFile.has(issue.file) || !issue.field || issue.field === '(tekst)' || !noteNames(byFile.get(issue.file), issue.field),
  );
}

interface ReplacingEntry {
  file: string;
  id: string;
  data: { entryIntoForce: { date: string }; end: { date?: string; indefinite: boolean; tiedTo?: unknown }; relations: { type: string; protocol?: string; date?: string }[] };
}

/**
 * A protocol that another one replaces must end when the other begins: a replaced protocol
 * without an end date, or one that ends after its successor enters into force, would show two
 * protocols in force for the same exchange. Reported on the replacing file (the one a pull
 * request adds), naming the fix in the replaced file.
 */
export function replacedStillInForce(protocols: readonly ReplacingEntry[]): Issue[] {
  const byId = new Map(protocols.map((p) => [p.id, p]));
  const issues: Issue[] = [];
  for (const protocol of protocols) {
    protocol.data.relations.forEach((relation, i) => {
      const replaced = relation.type === 'replaces' && relation.protocol ? byId.get(relation.protocol) : undefined;
      if (!replaced) return;
      const since = relation.date ?? protocol.data.entryIntoForce.date;
      const end = replaced.data.end.date;
      if (end && end < since) return;
      issues.push({
        code: 'R016',
        level: 'warning',
        file: protocol.file,
        field: `relations[${i}]`,
        message: end
          ? `dit protocol vervangt ${replaced.id} vanaf ${since}, maar dat loopt nog tot ${end}`
          : `dit protocol vervangt ${replaced.id} vanaf ${since}, maar dat heeft geen einddatum en blijft dus van kracht`,
        fix: `zet in ${replaced.file} end.date op de laatste dag dat het gold (de dag voor ${since} of eerder) en vermeld in end.note dat het vervangen is; blijft het volgens de bronnen toch gelden, voeg dan in editorNotes van dit protocol een redactienoot toe met field: "relations[${i}]"`,
      });
    });
  }
  return issues;
}

/** A party file drafted by the importer carries placeholders too ("Nog aan te vullen: rechtsvorm …"): refused the same way. */
export function partyGateIssues(entry: GateEntry): Issue[] {
  const issues: Issue[] = [];
  for (const [field, value] of strings(entry.data, '')) {
    const text = value.trim();
    if (PLACEHOLDER.test(text) || ELLIPSIS.test(text) || text === '?')
      issues.push({
        code: 'P002',
        level: 'error',
        file: entry.file,
        field,
        message: `bevat nog een plaatshouder: ""${text.slice(0, 80)}${text.length > 80 ? '…' : ''}"`,
        fix: `vul ${field} in (zie "Een partijbestand" in docs/redactie.md), bv. uit de KBO of de website van de partij`,
      });
  }
  return issues;
}
