/**
 * Reads the content folder from disk without Astro, for `npm run check`, the build guard
 * and the generators. Astro reads the same files through the loaders in src/content.config.ts.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface RawEntry {
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  data: unknown;
  body?: string;
}

export interface ParseProblem {
  file: string;
  message: string;
}

export interface RawContent {
  parties: RawEntry[];
  dataCategories: RawEntry[];
  protocols: RawEntry[];
  problems: ParseProblem[];
}

export const collectionFolders = {
  parties: { folder: 'parties', extension: '.yaml' },
  dataCategories: { folder: 'data-categories', extension: '.yaml' },
  protocols: { folder: 'protocols', extension: '.mdx' },
} as const;

/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return undefined;
  return { frontmatter: match[1], body: match[2] };
}

/** Message for a YAML syntax error; `lineOffset` turns frontmatter lines into file lines. */
function yamlProblem(error: unknown, lineOffset = 0): string {
  const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const message = first.replace(/at line (\d+), column (\d+):?/, (_, line, column) => `op regel ${Number(line) + lineOffset}, kolom ${column}`);
  return `de YAML kan niet gelezen worden: ${message}. Controleer inspringing en dubbelepunten op die regel; zet een tekst met ": " tussen aanhalingstekens.`;
}

export function readContentFolder(contentDir: string, cwd = process.cwd()): RawContent {
  const result: RawContent = { parties: [], dataCategories: [], protocols: [], problems: [] };
  for (const [key, { folder, extension }] of Object.entries(collectionFolders) as [
    keyof typeof collectionFolders,
    (typeof collectionFolders)[keyof typeof collectionFolders],
  ][]) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) {
      result.problems.push({ file: relative(cwd, dir) || dir, message: `de map ontbreekt; maak ze aan met minstens één ${extension}-bestand` });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(cwd, path) || path;
      if (name.startsWith('.')) continue;
      if (!name.endsWith(extension)) {
        result.problems.push({ file, message: `onverwacht bestand in ${folder}/: alleen ${extension}-bestanden worden gepubliceerd; hernoem of verwijder het` });
        continue;
      }
      const id = name.slice(0, -extension.length);
      const source = readFileSync(path, 'utf8');
      try {
        if (extension === '.mdx') {
          const parts = splitFrontmatter(source);
          if (!parts) {
            result.problems.push({ file, message: 'geen frontmatter gevonden: het bestand moet beginnen met een regel "---", dan de velden, dan opnieuw "---"' });
            continue;
          }
          result[key].push({ id, file, data: parseYaml(parts.frontmatter) ?? {}, body: parts.body });
        } else {
          result[key].push({ id, file, data: parseYaml(source) ?? {} });
        }
      } catch (error) {
        result.problems.push({ file, message: yamlProblem(error, extension === '.mdx' ? 1 : 0) });
      }
    }
  }
  return result;
}
