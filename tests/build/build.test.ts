// The real content builds; a broken copy fails with a readable message and publishes nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { testSiteDir } from '../support/site.ts';

const root = resolve(import.meta.dirname, '../..');

function build(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REGISTER_CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE: '2026-11-22' },
  });
}

describe('the build', () => {
  it('built the real content into a complete site with a search index', () => {
    // Built once by the global setup of these tests.
    for (const path of ['index.html', 'protocollen/index.html', 'partijen/vdab/index.html', 'pagefind/pagefind.js', 'protocollen.json']) {
      expect(existsSync(join(testSiteDir, path)), path).toBe(true);
    }
    const protocols = readdirSync(join(testSiteDir, 'protocollen')).filter((name) => /^\d{4}-/.test(name));
    expect(protocols).toHaveLength(5);
  });

  it('refuses broken content with file, field and fix, and leaves the previous output untouched', () => {
    const work = mkdtempSync(join(tmpdir(), 'register-broken-'));
    const content = join(work, 'content');
    cpSync(resolve(root, 'content'), content, { recursive: true });
    const file = join(content, 'protocols/2023-ahovoks-departement-zorg-diplomagegevens.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('party: departement-zorg', 'party: departement-zorgg').replace(/documentDate: .*/, 'documentDate: 2023-13-45'));
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'marker.txt'), 'previous build');

    const result = build(content, outDir);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain('2023-ahovoks-departement-zorg-diplomagegevens.mdx');
    expect(output).toMatch(/parties\[1\]\.party: partij "departement-zorgg" bestaat niet/);
    expect(output).toMatch(/documentDate: "2023-13-45" bestaat niet als kalenderdatum/);
    expect(output).toContain('oplossing:');
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(readdirSync(outDir)).toEqual(['marker.txt']);
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']); // no temporary folder left behind
  });

  it('refuses content Astro cannot render (broken MDX) and publishes nothing', () => {
    const work = mkdtempSync(join(tmpdir(), 'register-badmdx-'));
    const content = join(work, 'content');
    cpSync(resolve(root, 'content'), content, { recursive: true });
    const file = join(content, 'protocols/2021-vlaio-fio-tbt-frontoffice.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nEen kapotte {accolade\n`);
    const outDir = join(work, 'dist');
    const result = build(content, outDir);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/Bouwen mislukt/);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(work)).toEqual(['content']);
  });
});
