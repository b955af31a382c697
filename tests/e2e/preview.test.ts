// npm run preview:changed: a small git repository made from the fixture register, a branch that
// changes one protocol's title, and the preview of that branch: the changed protocol, the pages
// of its parties, data categories and groups of people, a search index over them, nothing else
// per record.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureContentDir } from '../support/site.ts';
import { runNode, withBuildLock } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');
const changed = '2021-vlaio-fio-tbt-frontoffice';

describe('npm run preview:changed', () => {
  it('builds only the changed protocol and the pages that list it, with the real layout and a search index', async () => {
    const work = mkdtempSync(join(tmpdir(), 'register-preview-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: work, encoding: 'utf8' });
    cpSync(fixtureContentDir, join(work, 'content'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'basis');
    git('checkout', '-qb', 'wijziging');
    const file = join(work, 'content/protocols', `${changed}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Frontoffice met een nieuwe titel'));
    git('commit', '-qam', 'nieuwe titel');

    const out = join(work, 'preview');
    const result = await withBuildLock(() =>
      runNode([resolve(root, 'scripts/preview-changed.ts'), 'main', '--out', out], { REGISTER_CONTENT_DIR: join(work, 'content'), SEARCH_CACHE_DIR: join(work, 'search') }),
    );
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Voorbeeld van 1 protocol\(len\), 3 partij\(en\) en \d+ gegevenscategorie/);
    expect(result.output).toMatch(/Voorbeeld gebouwd in .*preview: \d+ pagina's .*; \d+\.\d s\./);

    const page = (path: string) => join(out, path, 'index.html');
    const html = readFileSync(page(`protocollen/${changed}`), 'utf8');
    expect(html).toContain('Frontoffice met een nieuwe titel');
    // The real layout: the site's header, stylesheet and search box.
    expect(html).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css"/);
    expect(html).toContain('action="/zoeken/"');
    const protocols = readdirSync(join(out, 'protocollen')).filter((name) => /^\d{4}-/.test(name));
    expect(protocols).toEqual([changed]);

    // Its parties, their protocol lists and embeds; its data categories and groups of people.
    for (const party of ['vlaio', 'fonds-innoveren-en-ondernemen', 'team-bedrijfstrajecten']) {
      for (const path of [`partijen/${party}`, `protocollen/partij/${party}`, `embed/partijen/${party}`]) expect(existsSync(page(path)), path).toBe(true);
      expect(readFileSync(page(`partijen/${party}`), 'utf8')).toContain('Frontoffice met een nieuwe titel');
    }
    expect(readdirSync(join(out, 'partijen')).filter((name) => !name.includes('.'))).toHaveLength(3);
    for (const category of ['naam', 'ondernemingsgegevens', 'subsidiedossiers']) expect(existsSync(page(`gegevens/${category}`)), category).toBe(true);
    expect(existsSync(page('gegevens/gezondheidsgegevens'))).toBe(false);
    expect(existsSync(page('betrokkenen/ondernemers'))).toBe(true);

    // A search index over the pages built, not over the whole register.
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(result.output).toContain(`Zoekindex: ${indexed} pagina's in 1 deel, 0 uit de cache.`);
    expect(indexed).toBeGreaterThan(3);
    expect(indexed).toBeLessThan(20);
  });

  it('refuses an unknown base', async () => {
    const result = await runNode([resolve(root, 'scripts/preview-changed.ts'), 'geen-bestaande-ref'], { REGISTER_CONTENT_DIR: fixtureContentDir, OUT_DIR: '' });
    expect(result.status).toBe(2);
    expect(result.output).toContain('"geen-bestaande-ref" is geen bekende git-ref');
  });
});
