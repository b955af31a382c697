/**
 * Text is normalised and checked once, at the door, before any schema sees it. Every string of
 * the frontmatter becomes NFC; characters that break an output format or deceive a reader are
 * refused with the field and a fix:
 *
 * - control characters (they break XML feeds and terminals) and lone surrogates (they crash the
 *   build when written out as UTF-8);
 * - bidi controls (they reverse the text around them on the page), in every field and in the body;
 * - zero-width and other invisible characters (one of them makes a copied title "different" to the
 *   duplicate check), and line breaks in fields that are one line on the site.
 *
 * `skeleton` is the form in which look-alike texts are equal (Unicode's confusable skeletons,
 * for the scripts and tricks that matter here); the duplicate check and the party-name checks
 * compare skeletons.
 */
import { fold } from '../text.ts';
import { bodyIssue, type BodyProblem, type Issue, type Problem } from './issue.ts';
import type { RawEntry } from './read.node.ts';

/** A problem of one frontmatter value, with the path of its field. */
export interface TextProblem extends Problem {
  path: (string | number)[];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is refused
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const bidiControl = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: single invisible code points, never combined with what precedes them here
const invisible = /[\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff\ufe00-\ufe0f]/;
const lineBreak = /[\r\n\u2028\u2029\u0085]/;

/** Frontmatter fields that are paragraphs (a line break is allowed); every other field is one line. */
const paragraphFields = new Set(['description', 'summary', 'text', 'note', 'compatibility', 'justification', 'onwardSharing', 'proportionality', 'quote']);

/** Fields that are one line everywhere they are shown (titles, names, labels): no line break or tab. */
const oneLineFields = new Set([
  'title',
  'subject',
  'name',
  'shortName',
  'aliases',
  'alias',
  'nameAsWritten',
  'legalEntity',
  'legalEntityAsWritten',
  'label',
  'synonyms',
  'situation',
  'policyDomain',
  'kboAsWritten',
  'marker',
  'field',
  'file',
  'informationClass',
  'email',
  'phone',
  'website',
  'privacyPage',
  'publicationUrl',
]);

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with one string value, or undefined. */
export function textProblem(value: string, singleLine: boolean, oneLine = singleLine): Problem | undefined {
  let match = loneSurrogate.exec(value);
  if (match)
    return {
      code: 'T001',
      message: `bevat een ongeldig teken (een losse surrogaathelft, ${codePoint(match[0])}, op positie ${match.index + 1})`,
      fix: 'typ de tekst opnieuw of kopieer ze uit de bron; schrijf geen \\u-reeksen',
    };
  match = bidiControl.exec(value);
  if (match)
    return {
      code: 'T002',
      message: `bevat een onzichtbaar teken dat de leesrichting omkeert (${codePoint(match[0])}, positie ${match.index + 1}): de tekst zou anders lezen dan ze is`,
      fix: 'verwijder het teken (het is onzichtbaar: typ de tekst rond die positie opnieuw)',
    };
  match = controlCharacter.exec(value);
  if (match || (oneLine && /\t/.test(value)))
    return {
      code: 'T003',
      message: `bevat een stuurteken (${codePoint(match?.[0] ?? '\t')}${match ? `, positie ${match.index + 1}` : ''}) dat feeds en exports breekt`,
      fix: 'verwijder het teken; typ de tekst rond die positie opnieuw',
    };
  if (singleLine) {
    match = invisible.exec(value);
    if (match)
      return {
        code: 'T004',
        message: `bevat een onzichtbaar teken (${codePoint(match[0])}, positie ${match.index + 1}): dezelfde tekst zou er anders uitzien voor de controle`,
        fix: 'verwijder het teken (het is onzichtbaar: typ de tekst rond die positie opnieuw)',
      };
    if (oneLine && lineBreak.test(value.trim()))
      return { code: 'T005', message: 'bevat een regeleinde, maar dit veld is één regel', fix: 'schrijf de waarde op één regel (zonder "|" of ">" in de YAML)' };
    if (/[a-z]/i.test(value) && mixedScriptWord(value))
      return {
        code: 'T006',
        message: `het woord "${mixedScriptWord(value)}" mengt Latijnse met Griekse of Cyrillische letters die er hetzelfde uitzien`,
        fix: 'typ het woord opnieuw met gewone letters',
      };
  }
  return undefined;
}

const latin = /[a-z]/i;
const lookAlikeScript = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;
function mixedScriptWord(value: string): string | undefined {
  return value.split(/[\s\p{P}]+/u).find((word) => latin.test(word) && lookAlikeScript.test(word));
}

/**
 * Normalises every string in `data` to NFC (in place) and returns the problems, each with the path
 * of its field. Keys are checked too: a key is a field name and must be plain.
 */
export function normaliseData(data: unknown): { data: unknown; problems: TextProblem[] } {
  const problems: TextProblem[] = [];
  // Iterative, so a deeply nested YAML value cannot overflow the stack.
  const root = { value: data };
  const stack: { holder: Record<string | number, unknown>; key: string | number; path: (string | number)[]; depth: number }[] = [
    { holder: root as Record<string, unknown>, key: 'value', path: [], depth: 0 },
  ];
  while (stack.length > 0) {
    const { holder, key, path, depth } = stack.pop()!;
    const value = holder[key];
    if (typeof value === 'string') {
      const field = [...path].reverse().find((part) => typeof part === 'string');
      const name = String(field ?? '');
      const problem = textProblem(value, !paragraphFields.has(name), oneLineFields.has(name));
      if (problem) problems.push({ path, ...problem });
      else holder[key] = value.normalize('NFC');
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      if (depth > 20) {
        problems.push({ code: 'T007', path, message: 'de velden zijn te diep genest', fix: 'volg de structuur uit docs/protocol-format.md' });
        continue;
      }
      const record = value as Record<string | number, unknown>;
      for (const child of Array.isArray(value) ? value.keys() : Object.keys(record)) {
        if (typeof child === 'string') {
          const problem = textProblem(child, true);
          if (problem) {
            problems.push({ code: problem.code, path: [...path, child], message: `de veldnaam ${problem.message}`, fix: problem.fix });
            continue;
          }
        }
        stack.push({ holder: record, key: child, path: [...path, child], depth: depth + 1 });
      }
    }
  }
  return { data: root.value, problems };
}

/** Problems of a body's text as text: lone surrogates, control characters and bidi controls. */
export function bodyTextProblems(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length && problems.length < 20; i++) {
    const text = lines[i]!.replace(/\r$/, '');
    const problem = textProblem(text, false);
    if (!problem) continue;
    const at = /positie (\d+)/.exec(problem.message);
    problems.push({
      code: problem.code,
      line: i + 1,
      column: at ? Number(at[1]) : 1,
      message: `de tekst ${problem.message.replace(/, positie \d+|, op positie \d+| op positie \d+/, '')}`,
      fix: problem.fix,
    });
  }
  return problems;
}

/**
 * Look-alike letters of other scripts and tricks that survive NFKC, mapped to the Latin letter
 * they imitate (after NFKC and lower case). A subset of Unicode's confusables.txt: the letters
 * that can spell a Dutch agency name.
 */
const confusables: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ω: 'w',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
};

/**
 * The skeleton of a text: equal for texts a reader cannot tell apart. NFKC (full-width and
 * stylised letters), invisible characters dropped, look-alike letters mapped to Latin, then the
 * register's fold (case, accents, punctuation), and the shapes that look alike in most fonts
 * (rn/m, 1/l/i, 0/o) made one.
 */
export function skeleton(text: string): string {
  const plain = text
    .normalize('NFKC')
    .replace(new RegExp(`${invisible.source}|${bidiControl.source}`, 'g'), '')
    .toLowerCase()
    .replace(/[^\u0000-\u007f]/g, (char) => confusables[char] ?? char);
  return fold(plain)
    .replace(/rn/g, 'm')
    .replace(/[1il|]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/vv/g, 'w');
}

/** What the door needs of a raw entry (read.ts). */
type RawLike = Pick<RawEntry, 'file' | 'data' | 'body' | 'bodyLine' | 'yaml' | 'yamlLine'>;

/**
 * Normalises every entry of a register in place (frontmatter strings and bodies to NFC) and returns
 * the problems as issues with file, field and line.
 */
export function textIssues(entries: RawLike[], lineOf: (entry: RawLike, path: (string | number)[]) => number | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const entry of entries) {
    const { data, problems } = normaliseData(entry.data);
    entry.data = data;
    for (const problem of problems)
      issues.push({
        code: problem.code,
        level: 'error',
        file: entry.file,
        field: fieldName(problem.path),
        line: lineOf(entry, problem.path),
        message: problem.message,
        fix: problem.fix,
      });
    if (entry.body !== undefined) {
      const bodyProblems = bodyTextProblems(entry.body);
      for (const problem of bodyProblems) issues.push(bodyIssue(entry, problem));
      if (bodyProblems.length === 0) entry.body = entry.body.normalize('NFC');
    }
  }
  return issues;
}

function fieldName(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

interface NamedParty {
  id: string;
  file: string;
  data: { name: string; shortName: string; aliases: string[]; formerNames: { name: string; shortName?: string }[] };
}

/**
 * A party's names must be its own: a name, short name, alias or former name that is (or looks
 * like) the current name, short name or alias of another party is refused. Otherwise a second
 * "VDAB" spelled with a Cyrillic А, or a party listing other parties' names as aliases, would take
 * over their search shortcuts and mislead a reader.
 */
export function partyNameIssues(parties: NamedParty[]): Issue[] {
  const owners = new Map<string, { party: NamedParty; written: string }[]>();
  const ownNames = (party: NamedParty) => [party.data.name, party.data.shortName, ...party.data.aliases];
  for (const party of parties)
    for (const written of ownNames(party)) {
      const key = skeleton(written);
      if (!key) continue;
      const list = owners.get(key) ?? [];
      if (!list.some((owner) => owner.party === party)) list.push({ party, written });
      owners.set(key, list);
    }
  const issues: Issue[] = [];
  for (const party of parties) {
    const fields: [string, string][] = [
      ['name', party.data.name],
      ['shortName', party.data.shortName],
      ...party.data.aliases.map((alias, i): [string, string] => [`aliases[${i}]`, alias]),
      ...party.data.formerNames.flatMap((former, i): [string, string][] => [
        [`formerNames[${i}].name`, former.name],
        ...(former.shortName ? [[`formerNames[${i}].shortName`, former.shortName] as [string, string]] : []),
      ]),
    ];
    for (const [field, written] of fields) {
      const other = (owners.get(skeleton(written)) ?? []).find((owner) => owner.party !== party);
      if (!other) continue;
      const same = fold(written) === fold(other.written);
      issues.push({
        code: same ? 'I001' : 'I002',
        level: 'error',
        file: party.file,
        field,
        message: same
          ? `"${written}" is een naam van een andere partij, ${other.party.data.name} (${other.party.file})`
          : `"${written}" lijkt verwarrend veel op "${other.written}", een naam van een andere partij (${other.party.file}): lezers kunnen ze niet uit elkaar houden`,
        fix: same
          ? 'een partij noemt alleen haar eigen namen; verwijder deze naam, of voeg de twee bestanden samen als het om dezelfde organisatie gaat'
          : 'schrijf de naam met gewone letters zoals de organisatie hem schrijft; gaat het om dezelfde organisatie, gebruik dan haar bestaande bestand',
      });
    }
  }
  return issues;
}
