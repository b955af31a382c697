/**
 * The trust boundary of a pull request (docs/trust-boundary.md), as far as the check can enforce
 * it on the checkout itself:
 *
 * - every file under `public/` is served as is on the site's own origin (an HTML page, an SVG with
 *   script, a file that shadows a generated page or the search shortcuts), so each must be listed,
 *   with its SHA-256, in the committed manifest `public-manifest.txt`; anything else fails;
 * - build caches (`.cache/`, `.astro/`) and build output are never taken from the repository: a
 *   committed graph layout would redraw every diagram. Files there that git tracks fail the check.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Issue } from '../content/issue.ts';

export const publicManifestName = 'public-manifest.txt';
/** Kinds of file that run or render in a browser when served from the site's origin. */
const activeTypes = /\.(html?|xhtml|svg|js|mjs|cjs|json|xml|wasm|css|php|shtml|swf)$/i;

function filesBelow(dir: string, root: string, issues: Issue[]): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isDirectory()) files.push(...filesBelow(path, root, issues));
    else if (stat.isFile()) files.push(relative(root, path).split('\\').join('/'));
    else
      issues.push({
        code: 'G001',
        level: 'error',
        file: relative(root, path),
        field: '',
        message: stat.isSymbolicLink() ? 'een symbolische link in public/ wordt nooit gepubliceerd' : 'geen gewoon bestand',
        fix: 'verwijder het',
      });
  }
  return files;
}

export function parseManifest(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(\S.*)$/.exec(line.trim());
    if (match) map.set(match[2]!, match[1]!);
  }
  return map;
}

export function formatManifest(root: string): string {
  const issues: Issue[] = [];
  const files = existsSync(join(root, 'public')) ? filesBelow(join(root, 'public'), root, issues) : [];
  return `${files.map((file) => `${sha256(readFileSync(join(root, file)))}  ${file}`).join('\n')}\n`;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file in public/ must match the manifest (name and hash); every listed file must exist. */
export function publicFileIssues(root: string): Issue[] {
  const issues: Issue[] = [];
  const publicDir = join(root, 'public');
  if (!existsSync(publicDir)) return issues;
  const manifestPath = join(root, publicManifestName);
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, 'utf8')) : new Map<string, string>();
  const files = filesBelow(publicDir, root, issues);
  for (const file of files) {
    const expected = manifest.get(file);
    const active = activeTypes.test(file);
    if (!expected)
      issues.push({
        code: 'G002',
        level: 'error',
        file,
        field: '',
        message: `${active ? 'een bestand dat in de browser uitgevoerd of getoond wordt' : 'een bestand'} in public/ dat niet in ${publicManifestName} staat: alles in public/ verschijnt ongewijzigd op de site${active ? ", en kan er pagina's vervangen of script uitvoeren" : ''}`,
        fix: `een inhouds-pull request wijzigt alleen content/ (zie docs/trust-boundary.md): verwijder het bestand. Hoort het echt bij de site, dan voegt een beheerder het toe met zijn SHA-256 in ${publicManifestName}`,
      });
    else if (sha256(readFileSync(join(root, file))) !== expected)
      issues.push({
        code: 'G003',
        level: 'error',
        file,
        field: '',
        message: `de inhoud verschilt van wat ${publicManifestName} vastlegt (SHA-256)`,
        fix: `zet het bestand terug (git checkout origin/main -- ${file}); een bewuste wijziging legt een beheerder vast in ${publicManifestName}`,
      });
  }
  const present = new Set(files);
  for (const file of manifest.keys())
    if (!present.has(file))
      issues.push({
        code: 'G004',
        level: 'error',
        file: publicManifestName,
        field: file,
        message: `${file} staat in het manifest maar ontbreekt`,
        fix: `zet het bestand terug of haal de regel weg uit ${publicManifestName}`,
      });
  return issues;
}

/** Folders whose files the build makes itself and never takes from the repository. */
export const buildOnlyFolders = ['.cache', '.astro', '.build-tmp', 'dist', 'node_modules'];

/** Files in build-only folders that git tracks: a pull request committed them. */
export function trackedBuildFileIssues(root: string): Issue[] {
  let tracked: string[];
  try {
    tracked = execFileSync('git', ['ls-files', '-z', '--', ...buildOnlyFolders], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    return []; // no git (a tarball): nothing can have been committed
  }
  return tracked.slice(0, 20).map((file) => ({
    code: 'G005' as const,
    level: 'error' as const,
    file,
    field: '',
    message: 'een bestand van de build (cache of uitvoer) is in de repository opgenomen: de build maakt deze bestanden zelf en vertrouwt nooit wat in de repository staat',
    fix: `verwijder het uit de repository (git rm --cached -r ${file.split('/')[0]})`,
  }));
}
