// The live content is covered by what holds for any content: it builds, and every invariant of
// tests/support/invariants.ts holds. An editor who adds a valid protocol and party, or removes a
// protocol and redirects its URL, keeps them holding: proven here on copies of content/.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { checkInvariants } from '../support/invariants.ts';

const root = resolve(import.meta.dirname, '../..');

function build(contentDir: string): { out: string; output: string; status: number | null } {
  const out = join(contentDir, '..', 'dist');
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, REGISTER_CONTENT_DIR: contentDir, OUT_DIR: out, BUILD_DATE: '2026-11-22' } });
  return { out, output: result.stdout + result.stderr, status: result.status };
}

function copyOfContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'inhoud-')), 'content');
  cpSync(resolve(root, 'content'), dir, { recursive: true });
  return dir;
}

describe('the live content', () => {
  it('builds, and every invariant holds', () => {
    const content = copyOfContent();
    const { out, output, status } = build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    rmSync(join(content, '..'), { recursive: true, force: true });
  }, 180_000);

  it('still builds with every invariant holding after an editor adds a valid protocol and a new party', () => {
    const content = copyOfContent();
    writeFileSync(join(content, 'parties/nieuwe-dienst.yaml'), `name: Nieuwe Dienst voor Tests
shortName: NDT
kind: agency
legalForm: intern verzelfstandigd agentschap
governmentLevel: flemish
policyDomain: Werk en Sociale Economie
kbo: "0316.380.841"
website: https://www.nieuwedienst.example.be
dpo:
  email: dpo@nieuwedienst.example.be
description: Een dienst die een redacteur net heeft toegevoegd.
`);
    const body = `
## Artikel 1: Onderwerp

Dit protocol regelt de mededeling van namen van werkzoekenden door de Nieuwe Dienst voor Tests aan de VDAB, zodat de VDAB hen kan begeleiden naar werk.

## Artikel 2: Waarborgen

De functionaris voor gegevensbescherming van elke partij gaf advies. De rechten van de betrokkene blijven gelden. Sancties: bij niet-naleving kan de meedelende partij de mededeling schorsen.
`;
    writeFileSync(join(content, 'protocols/2026-ndt-vdab-nieuw.mdx'), `---
title: "Protocol voor de elektronische mededeling van persoonsgegevens van de NDT aan de VDAB"
subject: "in het kader van een nieuw protocol"
summary: De NDT geeft namen door aan de VDAB.
documentDate: 2026-06-01
legalFramework: "Artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer"
parties:
  - { party: nieuwe-dienst, role: sends, dpoAdviceDate: 2026-05-01 }
  - { party: vdab, role: receives, dpoAdviceDate: 2026-05-02 }
flows:
  - from: [nieuwe-dienst]
    to: [vdab]
    dataItems:
      - { label: Gegeven 1, description: Naam, dataCategories: [naam] }
dataSubjectGroups: [werkzoekenden]
dataSubjects: [Werkzoekenden]
purposes: [{ text: Werkzoekenden begeleiden. }]
legalBasis: { gdpr: [e], articles: ["Artikel 1 van een decreet"] }
retention: { summary: Eén jaar. }
recipients: { internal: [Bemiddelaars] }
periodicity: permanent
channel: { type: api, description: Een beveiligde koppeling. }
securityMeasures: [Versleuteling]
entryIntoForce: { date: 2026-07-01 }
end: { indefinite: true }
---
${body}`);
    const { out, output, status } = build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    expect(existsSync(join(out, 'protocollen/2026-ndt-vdab-nieuw/index.html'))).toBe(true);
    rmSync(join(content, '..'), { recursive: true, force: true });
  }, 180_000);

  it('still builds after an editor removes a protocol and redirects its URL to another', () => {
    const content = copyOfContent();
    const [removed, kept] = readdirSync(join(content, 'protocols')).sort();
    rmSync(join(content, 'protocols', removed!));
    const keptFile = join(content, 'protocols', kept!);
    writeFileSync(keptFile, readFileSync(keptFile, 'utf8').replace(/^---\n/, `---\nformerSlugs: [${removed!.replace(/\.mdx$/, '')}]\n`));
    const { out, output, status } = build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    const redirect = readFileSync(join(out, `protocollen/${removed!.replace(/\.mdx$/, '')}/index.html`), 'utf8');
    expect(redirect).toContain(`/protocollen/${kept!.replace(/\.mdx$/, '')}/`);
    rmSync(join(content, '..'), { recursive: true, force: true });
  }, 180_000);

  it('finds a broken invariant: a protocol missing from the site is reported', () => {
    const content = copyOfContent();
    const { out } = build(content);
    const first = readdirSync(join(content, 'protocols'))[0]!.replace(/\.mdx$/, '');
    rmSync(join(out, 'protocollen', first), { recursive: true });
    expect(checkInvariants(content, out)).toContain(`protocol ${first} heeft geen pagina`);
    rmSync(join(content, '..'), { recursive: true, force: true });
  }, 180_000);
});
