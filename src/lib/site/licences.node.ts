/**
 * The licences of what the site is built with and ships: the runtime dependencies in
 * package.json plus the build tools whose output is published (Pagefind's search code, the
 * graph layout, the YAML reader). Read from the installed packages at build time, for /over/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Build tools whose code or output ends up in the published site although they are devDependencies. */
const publishedBuildTools = ['pagefind', 'elkjs', 'yaml'] as const;

export interface DependencyLicence {
  name: string;
  version: string;
  licence: string;
  /** Shipped to the browser, or used only to build the pages. */
  inBrowser: boolean;
}

const inBrowser = new Set(['pagefind', 'astro']);

export function dependencyLicences(root = process.cwd()): DependencyLicence[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const names = [...Object.keys(manifest.dependencies ?? {}), ...publishedBuildTools];
  return names
    .map((name) => {
      const pkg = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license?: string };
      return { name, version: pkg.version, licence: pkg.license ?? 'onbekend', inBrowser: inBrowser.has(name) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
