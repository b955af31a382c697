// One site URL set in one place: with SITE_URL every canonical link, permanent link, export URL
// and feed id uses it, and no placeholder domain or localhost remains. Every protocol and party
// page links "Uw rechten" and "Meld een fout in deze pagina".
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

import { buildSite } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, 'tests/fixtures/attacks/_base');

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

async function build(env: Record<string, string>, args: string[] = [], from = content) {
  const out = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');
  return { out, result: await buildSite(from, out, env, args) };
}

// Settings a hosting team would give; the CODEOWNERS team belongs to the repository's owner.
const codeownersDir = mkdtempSync(join(tmpdir(), 'codeowners-'));
writeFileSync(join(codeownersDir, 'CODEOWNERS'), '/content/ @vlaanderen/redactie-protocollen\n');
const production = {
  SITE_URL: 'https://protocollen.vlaanderen.be',
  REPORT_ERRORS_TO: 'mailto:privacy@vlaanderen.be',
  CONTACT_EMAIL: '',
  PUBLISHER_URI: 'https://data.vlaanderen.be/id/organisatie/OVO002949',
  PUBLISHER_NAME: 'Digitaal Vlaanderen',
  REGISTER_CODEOWNERS: join(codeownersDir, 'CODEOWNERS'),
  GITHUB_REPOSITORY_OWNER: 'vlaanderen',
};
const unset = { SITE_URL: '', REPORT_ERRORS_TO: '', CONTACT_EMAIL: '', PUBLISHER_URI: '', PUBLISHER_NAME: '', REGISTER_CODEOWNERS: '', GITHUB_REPOSITORY_OWNER: '' };

describe('the site URL', () => {
  it('is used everywhere when set, and no placeholder or localhost address remains', async () => {
    const { out, result } = await build({ SITE_URL: 'https://protocollen.vlaanderen.be' });
    expect(result.status, result.output).toBe(0);
    const texts = filesBelow(out)
      .filter((f) => /\.(html|json|xml|csv|jsonld)$/.test(f))
      .map((f) => [f, readFileSync(f, 'utf8')] as const);
    for (const [file, text] of texts) {
      expect(text, file).not.toContain('.example/');
      expect(text, file).not.toContain('protocollenregister.example');
      expect(text, file).not.toContain('localhost');
    }
    const protocolPage = readFileSync(join(out, 'protocollen/2025-noord-zuid-testprotocol/index.html'), 'utf8');
    expect(protocolPage).toContain('<link rel="canonical" href="https://protocollen.vlaanderen.be/protocollen/2025-noord-zuid-testprotocol/">');
    const partyPage = readFileSync(join(out, 'partijen/agentschap-noord/index.html'), 'utf8');
    expect(partyPage).toContain('<code>https://protocollen.vlaanderen.be/partijen/agentschap-noord/</code>');
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('<link rel="self" href="https://protocollen.vlaanderen.be/feed.xml"/>');
    for (const page of [protocolPage, partyPage]) {
      expect(page).toContain('href="/uw-rechten/"');
      expect(page).toMatch(
        /<a href="mailto:[^"?]+\?subject=Fout%20op%20[^"]+&amp;body=Pagina%3A%20https%3A%2F%2Fprotocollen\.vlaanderen\.be%2F[^"]*">Meld een fout in deze pagina<\/a>/,
      );
    }
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('stops the build on a malformed site address or build date, saying how to fix it', async () => {
    const { out, result } = await build({ SITE_URL: 'protocollen.vlaanderen.be' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('SITE_URL "protocollen.vlaanderen.be" is geen volledig webadres');
    const bad = await build({ BUILD_DATE: '22-11-2026' });
    expect(bad.result.output).toContain('BUILD_DATE "22-11-2026" is geen datum');
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('a production build without settings fails, naming each setting and its fix, and publishes nothing', async () => {
    const { out, result } = await build(unset, ['--production']);
    expect(result.status).toBe(1);
    expect(result.output).toContain('SITE_URL ontbreekt');
    expect(result.output).toContain('Zet SITE_URL=https://…');
    expect(result.output).toContain('REPORT_ERRORS_TO "mailto:redactie@protocollenregister.vlaanderen" is een voorbeeldwaarde');
    expect(result.output).toContain('PUBLISHER_URI ontbreekt');
    expect(result.output).toContain('.github/CODEOWNERS: het team "@protocollenregister/redactie" voor /content/ is een voorbeeldwaarde');
    expect(existsSync(out)).toBe(false);
    const local = await build({ ...production, SITE_URL: 'http://localhost:4321' }, ['--production']);
    expect(local.result.status).toBe(1);
    expect(local.result.output).toContain('SITE_URL "http://localhost:4321" is een lokaal adres');
    const otherTeam = await build({ ...production, GITHUB_REPOSITORY_OWNER: 'digitaal-vlaanderen' }, ['--production']);
    expect(otherTeam.result.status).toBe(1);
    expect(otherTeam.result.output).toContain('hoort niet bij de organisatie "digitaal-vlaanderen"');
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('a production build with settings has no banner, no noindex and no localhost; a test build has both', async () => {
    const { out, result } = await build(production, ['--production']);
    expect(result.status, result.output).toBe(0);
    for (const file of filesBelow(out).filter((f) => /\.(html|json|xml|csv|jsonld|js|css|txt)$|_headers$/.test(f)))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/localhost/i);
    const page = readFileSync(join(out, 'protocollen/2025-noord-zuid-testprotocol/index.html'), 'utf8');
    expect(page).not.toContain('Testversie');
    expect(page).not.toContain('name="robots"');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const test = await build({ SITE_URL: 'https://protocollen.vlaanderen.be' });
    expect(test.result.status, test.result.output).toBe(0);
    expect(readFileSync(join(test.out, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/$/m);
    for (const path of [
      'index.html',
      'protocollen/2025-noord-zuid-testprotocol/index.html',
      'partijen/agentschap-noord/index.html',
      'embed/partijen/agentschap-noord/index.html',
    ]) {
      const html = readFileSync(join(test.out, path), 'utf8');
      expect(html, path).toContain('Testversie — geen officiële publicatie');
      expect(html.match(/<meta name="robots" content="noindex"/g), path).toHaveLength(1);
    }
    rmSync(join(out, '..'), { recursive: true, force: true });
    rmSync(join(test.out, '..'), { recursive: true, force: true });
  });

  it('a production build fails when a built file names localhost, whatever put it there', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'localhost-content-'));
    cpSync(content, copy, { recursive: true });
    appendFileSync(join(copy, 'protocols/2025-noord-zuid-testprotocol.mdx'), '\nZie [het testportaal](http://localhost:8080/portaal).\n');
    // A production build needs the git history: the copy is a repository of its own.
    for (const args of [
      ['init', '-q'],
      ['add', '.'],
      ['-c', 'user.name=Redactie', '-c', 'user.email=redactie@example.org', 'commit', '-q', '-m', 'inhoud'],
    ])
      expect(spawnSync('git', args, { cwd: copy }).status).toBe(0);
    const { out, result } = await build(production, ['--production'], copy);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/gebouwd\(e\) bestand\(en\) noemen nog localhost/);
    expect(result.output).toContain('protocollen/2025-noord-zuid-testprotocol/index.html');
    expect(existsSync(out)).toBe(false);
    rmSync(copy, { recursive: true, force: true });
  });
});
