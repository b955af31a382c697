// The W3C Nu HTML checker on every built page of the fixture site: no errors. (html-validate in
// html.test.ts checks the site's own rules; the Nu checker is the reference for HTML itself.)
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testSiteDir } from '../support/site.ts';
import { describeNu, nuErrors, nuErrorsInHtml } from '../support/vnu.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the W3C Nu HTML checker', () => {
  it('reports no errors on any built page', async () => {
    const files = htmlFiles(testSiteDir);
    expect(files.length).toBeGreaterThan(10);
    const errors = await nuErrors(files);
    expect(errors, describeNu(errors)).toEqual([]);
  });

  it('would report an error: a <script> after </html> and aria-labelledby on <pre>', async () => {
    const errors = await nuErrorsInHtml(
      '<!doctype html><html lang="nl"><head><title>t</title></head><body><h2 id="x">x</h2><pre aria-labelledby="x">a</pre></body></html><script src="/a.js"></script>',
    );
    expect(errors.map((e) => e.message).join('\n')).toMatch(/aria-labelledby/);
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});
