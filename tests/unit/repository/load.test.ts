import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { hasErrors } from '../../../src/lib/content/validate.ts';
import { ContentError, loadContent, loadHistory, loadRegister, requireValid } from '../../../src/lib/repository/load.node.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('loadContent', () => {
  it('reads and checks a content folder: validated entries, rendered bodies and the issues', async () => {
    const content = await loadContent(fixture);
    expect(hasErrors(content.issues)).toBe(false);
    expect(content.protocols.length).toBeGreaterThan(0);
    expect(content.parties.length).toBeGreaterThan(0);
    expect(content.protocols.some((p) => (p.rendered?.html ?? '').includes('<p>'))).toBe(true);
    expect(requireValid(content)).toBe(content);
  });

  it('names files relative to the folder given as fileNamesFrom', async () => {
    const content = await loadContent(fixture, { fileNamesFrom: fixture });
    expect(content.protocols[0]?.file).toMatch(/^protocols\/[^/]+\.mdx$/);
  });

  it('checks the bodies the same way on every core as one by one', async () => {
    const [one, parallel] = await Promise.all([loadContent(fixture), loadContent(fixture, { parallel: true })]);
    expect(parallel).toEqual(one);
  });

  it('on worker threads (more than 100 bodies) finds the same problems, in the same order, as one by one', async () => {
    const many = join(work, 'many');
    cpSync(fixture, many, { recursive: true });
    const protocols = join(many, 'protocols');
    const [first] = readdirSync(protocols).filter((name) => name.endsWith('.mdx'));
    const source = readFileSync(join(protocols, first!), 'utf8');
    for (let i = 0; i < 120; i++) writeFileSync(join(protocols, `kopie-${String(i).padStart(3, '0')}.mdx`), source.replace(/^title: .*$/m, `title: "Kopie ${i}"`));
    // YAML that does not parse, with a body that must still be checked; a file without frontmatter.
    const body = source.split(/^---$/m)[2]!;
    writeFileSync(join(protocols, 'kopie-100a.mdx'), `---\ntitle: [niet gesloten\n---\n${body}\n<script>alert(1)</script>\n`);
    writeFileSync(join(protocols, 'kopie-100b.mdx'), `geen frontmatter\n${body}`);
    const [one, parallel] = await Promise.all([loadContent(many), loadContent(many, { parallel: true })]);
    expect(parallel.issues).toEqual(one.issues);
    expect(parallel).toEqual(one);
    const broken = parallel.issues.filter((issue) => issue.file.endsWith('kopie-100a.mdx')).map((issue) => issue.code);
    expect(broken).toContain('Y001');
    expect(broken.some((code) => code.startsWith('B'))).toBe(true);
    expect(parallel.issues.find((issue) => issue.file.endsWith('kopie-100b.mdx'))?.code).toBe('F009');
  });

  it('returns the errors; requireValid stops with the report', async () => {
    const broken = join(work, 'broken');
    cpSync(fixture, broken, { recursive: true });
    writeFileSync(join(broken, 'parties', 'kapot.yaml'), 'name: [niet gesloten\n');
    const content = await loadContent(broken);
    expect(hasErrors(content.issues)).toBe(true);
    expect(() => requireValid(content)).toThrow(ContentError);
    expect(() => requireValid(content)).toThrow(/kapot\.yaml/);
  });
});

describe('the one way in', () => {
  it('no command or Astro glue reads and checks content other than through loadContent', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const files = ['src', 'scripts'].flatMap((folder) =>
      (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((name) => /\.(ts|astro)$/.test(name)).map((name) => join(folder, name)),
    );
    const checkers = files.filter((file) => file !== join('src', 'lib', 'repository', 'load.node.ts') && /\bvalidateContent\(/.test(readFileSync(join(root, file), 'utf8')));
    // validate.ts defines it; nothing else calls it.
    expect(checkers).toEqual([join('src', 'lib', 'content', 'validate.ts')]);
  });
});

describe('loadHistory', () => {
  it('reads the history the build wrote to a file', () => {
    const file = join(work, 'history.json');
    writeFileSync(file, JSON.stringify({ available: false, reason: 'uit het bestand' }));
    expect(loadHistory(fixture, file)).toEqual({ available: false, reason: 'uit het bestand' });
  });
});

describe('loadRegister', () => {
  it('builds the register for the build date (BUILD_DATE) with the history given', async () => {
    vi.stubEnv('BUILD_DATE', '2026-11-22');
    const content = await loadContent(fixture);
    const register = loadRegister(content, { history: { available: false, reason: 'geen git' } });
    expect(register.today).toBe('2026-11-22');
    expect(register.historyUnavailable).toBe('geen git');
    expect(register.protocols).toHaveLength(content.protocols.length);
    expect(loadRegister(content, { today: '2020-01-01' }).today).toBe('2020-01-01');
  });
});
