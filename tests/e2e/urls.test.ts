// Published URLs never disappear silently: dropping one fails the build with the URL and the
// fix; a former slug keeps it working, for a renamed party also its JSON, feed and embed.
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureContentDir } from '../support/site.ts';
import { buildSite } from '../support/build.ts';

function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'urls-')), 'content');
  cpSync(fixtureContentDir, dir, { recursive: true });
  return dir;
}
async function build(content: string) {
  const out = join(content, '..', 'dist');
  return { out, ...(await buildSite(content, out)) };
}

describe('the ledger of published URLs', async () => {
  it('fails the build when a published protocol URL would disappear, naming the URL and the fix', async () => {
    const content = copy();
    rmSync(join(content, 'protocols/2025-vlaio-wewis-uitgaventoetsing-opleidingen.mdx'));
    const { status, output, out } = await build(content);
    expect(status).toBe(1);
    expect(output).toContain('/protocollen/2025-vlaio-wewis-uitgaventoetsing-opleidingen/ is gepubliceerd maar zou verdwijnen');
    expect(output).toContain('zet "2025-vlaio-wewis-uitgaventoetsing-opleidingen" in formerSlugs');
    expect(existsSync(out)).toBe(false);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });

  it('keeps a renamed party working at its old page, JSON, feed and embed addresses', async () => {
    const content = copy();
    renameSync(join(content, 'parties/vdab.yaml'), join(content, 'parties/vdab-nieuw.yaml'));
    writeFileSync(join(content, 'parties/vdab-nieuw.yaml'), `formerSlugs: [vdab]\n${readFileSync(join(content, 'parties/vdab-nieuw.yaml'), 'utf8')}`);
    for (const file of ['2024-vdab-integratie-inburgering-terugkoppeling.mdx', '2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening.mdx']) {
      const path = join(content, 'protocols', file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/(party: |\[|, )vdab\b/g, '$1vdab-nieuw'));
    }
    const { status, output, out } = await build(content);
    expect(status, output.slice(-2000)).toBe(0);
    expect(readFileSync(join(out, 'partijen/vdab/index.html'), 'utf8')).toContain('/partijen/vdab-nieuw/');
    expect(JSON.parse(readFileSync(join(out, 'partijen/vdab.json'), 'utf8')).party.id).toBe('vdab-nieuw');
    expect(readFileSync(join(out, 'partijen/vdab.xml'), 'utf8')).toContain('/partijen/vdab-nieuw.xml');
    expect(existsSync(join(out, 'embed/partijen/vdab/index.html'))).toBe(true);
    rmSync(join(content, '..'), { recursive: true, force: true });
  });
});
