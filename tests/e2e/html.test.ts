// Checked output: every built page passes html-validate, and every internal link and #anchor on
// the whole site resolves. Holds for any content, so it also runs on the live content's build.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { testSiteDir } from '../support/site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Layout whitespace in the output is not a defect (compressHTML is off on purpose).
    'no-trailing-whitespace': 'off',
    // A protocol's official title is long; the <title> carries it whole.
    'long-title': 'off',
    // The graph's <svg> is named by its <title> and <desc> via aria-labelledby.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
});

/** The page a site path resolves to, as the static server serves it. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const direct = join(testSiteDir, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(direct, 'index.html');
  return existsSync(index) ? index : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('the built HTML', () => {
  const files = htmlFiles(testSiteDir);

  it('is valid on every page (html-validate, recommended rules)', async () => {
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), relative(testSiteDir, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 30), `${problems.length} problemen`).toEqual([]);
  });

  it('has no internal link or #anchor that goes nowhere', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const page = `/${relative(testSiteDir, file)}`;
      for (const [, attribute, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = value!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|data:|blob:)/.test(url) || url === '') continue;
        if (attribute === 'href' && url.startsWith('#')) {
          if (url !== '#' && !idsOf(file).has(decodeURIComponent(url.slice(1)))) broken.push(`${page}: ${url} (geen element met dat id)`);
          continue;
        }
        const absolute = new URL(url, `http://site${page.replace(/index\.html$/, '')}`).pathname + (url.includes('#') ? `#${url.split('#')[1]}` : '');
        const target = fileFor(absolute);
        if (!target) {
          broken.push(`${page}: ${url} (bestaat niet)`);
          continue;
        }
        const fragment = absolute.split('#')[1];
        if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${page}: ${url} (geen #${fragment} op die pagina)`);
      }
    }
    expect(broken.slice(0, 30), `${broken.length} kapotte links`).toEqual([]);
  });

  it('links "Uw rechten" and "Meld een fout in deze pagina" on every protocol and party page', () => {
    const pages = files.filter((file) => /^(protocollen|partijen)\/[^/]+\/index\.html$/.test(relative(testSiteDir, file)));
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('http-equiv="refresh"')) continue; // an old URL that leads to the current page
      expect(html, file).toContain('href="/uw-rechten/"');
      expect(html, file).toContain('>Meld een fout in deze pagina</a>');
    }
  });
});
