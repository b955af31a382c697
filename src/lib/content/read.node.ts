/**
 * Reads the content folder from disk without Astro, for `npm run check`, the build guard
 * and the generators. Astro reads the same files through the loaders in src/content.config.ts.
 */
import { readdirSync, existsSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYamlText, parseDocument } from 'yaml';
import { readContentFile, refuseEntry } from './files.node.ts';
import { positionsIn } from '../text.ts';
import type { Issue } from './issue.ts';
import { yamlCache, type YamlCache } from './yaml-cache.node.ts';

/** YAML anchors and aliases (&a / *a) are refused: content needs none, and they allow "alias bombs". */
export const parseYaml = (text: string): unknown => parseYamlText(text, { maxAliasCount: 0 });

export interface RawEntry {
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  data: unknown;
  body?: string;
  /** File line on which the body starts, so body problems point at the right line. */
  bodyLine?: number;
  /** The YAML text and the file line it starts on, to point a field's problem at its line. */
  yaml?: string;
  yamlLine?: number;
}

export interface RawContent {
  parties: RawEntry[];
  dataCategories: RawEntry[];
  dataSubjectGroups: RawEntry[];
  protocols: RawEntry[];
  /** Protocols whose frontmatter is not valid YAML: their bodies are still checked in the same run. */
  unreadable?: RawEntry[];
  /** Problems of reading: a folder, a file or its YAML (errors of the file as a whole). */
  problems: Issue[];
}

export const collectionFolders = {
  parties: { folder: 'parties', extension: '.yaml' },
  dataCategories: { folder: 'data-categories', extension: '.yaml' },
  dataSubjectGroups: { folder: 'data-subjects', extension: '.yaml' },
  protocols: { folder: 'protocols', extension: '.mdx' },
} as const;

/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Dutch message and concrete hint per kind of YAML syntax error (codes of the `yaml` package). */
const yamlHints: Record<string, { message: string; fix: string; code?: 'Y002' }> = {
  TAB_AS_INDENT: { message: 'een tab wordt gebruikt om in te springen', fix: 'spring in met spaties (twee per niveau), niet met tabs' },
  BLOCK_AS_IMPLICIT_KEY: { message: 'een dubbelepunt in een waarde zonder aanhalingstekens', fix: 'zet de hele waarde tussen aanhalingstekens, bv. title: "Protocol: de titel"' },
  MULTILINE_IMPLICIT_KEY: {
    message: 'een waarde loopt over meerdere regels zonder aanhalingstekens',
    fix: 'zet de waarde tussen aanhalingstekens, of gebruik ">-" en spring de volgende regels in',
  },
  BAD_INDENT: {
    message: 'de inspringing klopt niet: velden van hetzelfde niveau moeten op dezelfde kolom beginnen',
    fix: 'lijn het veld uit met de velden erboven (spaties, geen tabs); een lijst [ … ] moet op dezelfde regel gesloten worden',
  },
  DUPLICATE_KEY: { message: 'een veld staat twee keer', fix: 'verwijder een van beide regels, of voeg hun inhoud samen' },
  BAD_DQ_ESCAPE: { message: 'een ongeldige \\-reeks tussen dubbele aanhalingstekens', fix: 'schrijf een backslash als \\\\, of gebruik enkele aanhalingstekens' },
  UNEXPECTED_TOKEN: { message: 'een onverwacht teken', fix: 'controleer de regel: zet een tekst die met een leesteken begint tussen aanhalingstekens' },
  BAD_SCALAR_START: { message: 'een waarde begint met een teken dat YAML anders leest (bv. @, ` of %)', fix: 'zet de waarde tussen aanhalingstekens' },
  MULTIPLE_DOCS: { message: 'het bestand bevat meer dan één document ("---")', fix: 'verwijder de extra regel "---"' },
  BAD_ALIAS: {
    code: 'Y002',
    message: 'een YAML-verwijzing (&anker of *alias) wordt niet toegelaten',
    fix: 'schrijf elke waarde voluit in plaats van met & en * naar een andere te verwijzen',
  },
};

/** A YAML syntax error as a problem with its file line, in Dutch, with a concrete fix. */
function yamlProblem(file: string, source: string, error: unknown, lineOffset = 0): Issue {
  const yamlError = error as { code?: string; linePos?: { line: number; col: number }[]; message?: string };
  let line = yamlError.linePos?.[0]?.line;
  let column = yamlError.linePos?.[0]?.col;
  const quote = /Missing closing (["'])quote/.exec(yamlError.message ?? '')?.[1];
  if (quote) {
    // The parser notices the missing quote where the file ends; the editor needs the line where it opened.
    const lines = source.split('\n');
    const opened = lines.findIndex((text) => (text.split(quote).length - 1) % 2 === 1);
    if (opened >= 0) {
      line = opened + 1;
      column = lines[opened]!.indexOf(quote) + 1;
    }
    return {
      code: 'Y001',
      level: 'error',
      file,
      field: '',
      line: line && line + lineOffset,
      column,
      message: `een tekst tussen aanhalingstekens (${quote}) wordt niet gesloten`,
      fix: `sluit de tekst met ${quote} op dezelfde regel; staat er een ${quote} in de tekst zelf, gebruik dan de andere soort aanhalingstekens rond de waarde`,
    };
  }
  const alias = /alias count|resource exhaustion|alias resolution/i.test(yamlError.message ?? '');
  const code = alias ? 'BAD_ALIAS' : yamlError.code;
  if (alias && line === undefined) {
    const at = source.split('\n').findIndex((text) => /(^|[\s:[{,-])[&*][^\s,\]}]+/.test(text));
    if (at >= 0) line = at + 1;
  }
  const hint = yamlHints[code ?? ''];
  const original = (yamlError.message ?? String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return {
    code: hint?.code ?? 'Y001',
    level: 'error',
    file,
    field: '',
    line: line && line + lineOffset,
    column,
    message: `de YAML kan niet gelezen worden: ${hint?.message ?? `syntaxfout (${original})`}`,
    fix: hint?.fix ?? 'controleer inspringing (spaties), dubbelepunten en aanhalingstekens op die regel',
  };
}

type Collection = keyof typeof collectionFolders;

/** A content file as read from disk (text in NFC, an MDX file split), before its YAML is parsed. */
interface ReadFile {
  key: Collection;
  id: string;
  file: string;
  source: string;
  /** An MDX file's frontmatter and body. */
  parts?: { frontmatter: string; body: string };
}

/** The content folder as read, in file order: each file, or the problem that stopped its reading. */
export interface ContentFiles {
  items: ({ problem: Issue } | ReadFile)[];
}

/**
 * Reads every content file of `contentDir` (file names relative to `cwd` in messages). `yaml`
 * keeps parsed YAML between runs (yaml-cache.node.ts); without it every file is parsed.
 */
export function readContentFolder(contentDir: string, cwd = process.cwd(), yaml: YamlCache = yamlCache(undefined, 'check')): RawContent {
  return parseContentFiles(readContentFiles(contentDir, cwd), yaml);
}

/**
 * The protocols' bodies, before any YAML is parsed: the check hands them to its workers first and
 * parses the YAML while they work (repository/load.node.ts).
 */
export function protocolBodies(files: ContentFiles): { id: string; body: string }[] {
  return files.items.flatMap((item) => ('key' in item && item.key === 'protocols' && item.parts ? [{ id: item.id, body: item.parts.body }] : []));
}

/** Reads the files of `contentDir`: only regular files of the expected kind, size and encoding. */
export function readContentFiles(contentDir: string, cwd = process.cwd()): ContentFiles {
  const items: ContentFiles['items'] = [];
  const problem = (issue: Issue) => items.push({ problem: issue });
  for (const [key, { folder, extension }] of Object.entries(collectionFolders) as [Collection, (typeof collectionFolders)[Collection]][]) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) {
      // The vocabulary of data-subject groups is optional: a register can start without it.
      if (key === 'dataSubjectGroups') continue;
      problem({
        code: 'F001',
        level: 'error',
        file: relative(cwd, dir) || dir,
        field: '',
        message: 'de map ontbreekt',
        fix: `maak ze aan met minstens één ${extension}-bestand`,
      });
      continue;
    }
    if (!lstatSync(dir).isDirectory()) {
      problem({
        code: 'F002',
        level: 'error',
        file: relative(cwd, dir) || dir,
        field: '',
        message: 'geen gewone map (een symbolische link of een bestand)',
        fix: `vervang het door een gewone map ${folder}/`,
      });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(cwd, path) || path;
      if (name.startsWith('.')) continue;
      if (!name.endsWith(extension)) {
        problem({
          code: 'F003',
          level: 'error',
          file,
          field: '',
          message: `onverwacht bestand in ${folder}/: alleen ${extension}-bestanden worden gepubliceerd`,
          fix: `hernoem het naar <slug>${extension} of verwijder het`,
        });
        continue;
      }
      const id = name.slice(0, -extension.length);
      // Only regular files inside the folder, of a sensible size, in UTF-8 (see files.node.ts).
      const refusal = refuseEntry(path, extension);
      const read = refusal ? { refusal } : readContentFile(path);
      if ('refusal' in read) {
        problem({ level: 'error', file, field: '', line: 1, ...read.refusal });
        continue;
      }
      const source = read.text.normalize('NFC');
      if (extension !== '.mdx') {
        items.push({ key, id, file, source });
        continue;
      }
      const parts = splitFrontmatter(source);
      if (!parts) {
        problem({
          code: 'F009',
          level: 'error',
          file,
          field: '',
          line: 1,
          message: 'geen frontmatter gevonden',
          fix: 'het bestand moet beginnen met een regel "---", dan de velden, dan opnieuw een regel "---", en daaronder de tekst',
        });
        continue;
      }
      items.push({ key, id, file, source, parts });
    }
  }
  return { items };
}

/** Parses the YAML of the files read; problems in file order, as they were met. */
export function parseContentFiles(files: ContentFiles, yaml: YamlCache = yamlCache(undefined, 'check')): RawContent {
  const parse = (text: string) => yaml.parse(text, parseYaml);
  const result: RawContent = { parties: [], dataCategories: [], dataSubjectGroups: [], protocols: [], problems: [] };
  for (const item of files.items) {
    if ('problem' in item) {
      result.problems.push(item.problem);
      continue;
    }
    const { key, id, file, source, parts } = item;
    if (!parts) {
      try {
        result[key].push({ id, file, data: parse(source) ?? {}, yaml: source, yamlLine: 1 });
      } catch (error) {
        result.problems.push(yamlProblem(file, source, error));
      }
      continue;
    }
    const bodyLine = parts.frontmatter.split('\n').length + 3;
    try {
      result[key].push({ id, file, data: parse(parts.frontmatter) ?? {}, body: parts.body, bodyLine, yaml: parts.frontmatter, yamlLine: 2 });
    } catch (error) {
      result.problems.push(yamlProblem(file, parts.frontmatter, error, 1));
      result.unreadable = [...(result.unreadable ?? []), { id, file, data: undefined, body: parts.body, bodyLine }];
    }
  }
  return result;
}

/**
 * The file line of a field (by its path in the data), or of the nearest parent that exists:
 * a missing field is reported on the line of the object it belongs in.
 */
export function lineOfField(entry: Pick<RawEntry, 'yaml' | 'yamlLine'>, path: readonly PropertyKey[]): number | undefined {
  if (entry.yaml === undefined) return undefined;
  // One parse and one table of line starts per file, however many of its fields are asked for.
  let parsed = parsedYaml.get(entry.yaml);
  if (!parsed) {
    parsedYaml.clear();
    parsed = { document: parseDocument(entry.yaml), position: positionsIn(entry.yaml) };
    parsedYaml.set(entry.yaml, parsed);
  }
  for (let length = path.length; length >= 0; length--) {
    const node = parsed.document.getIn(path.slice(0, length) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return parsed.position(offset).line + (entry.yamlLine ?? 1) - 1;
  }
  return undefined;
}

const parsedYaml = new Map<string, { document: ReturnType<typeof parseDocument>; position: ReturnType<typeof positionsIn> }>();
