// One site URL set in one place: with SITE_URL every canonical link, permanent link, export URL
// and feed id uses it, and no placeholder domain or localhost remains. Every protocol and party
// page links "Uw rechten" and "Meld een fout in deze pagina".
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

import { buildSite } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, 'tests/fixtures/attacks/_base');

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

async function build(env: Record<string, string>) {
  const out = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');
  return { out, result: await buildSite(content, out, env) };
}

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
});
