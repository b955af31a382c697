// The live content is covered by what holds for any content: it builds, and every invariant of
// tests/support/invariants.ts holds. An editor who adds a valid protocol and party, or removes a
// protocol and redirects its URL, keeps them holding: proven here on copies of content/.
// Nothing here names a protocol, party or data category of content/: what the copies gain is
// written by this test, and what they lose is chosen by reading the copy.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { readContentFolder } from '../../src/lib/content/read.node.ts';
import { checkInvariants, parseCsv } from '../support/invariants.ts';
import { buildSite } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'invarianten-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function build(contentDir: string): Promise<{ out: string; output: string; status: number }> {
  const out = join(contentDir, '..', 'dist');
  return { out, ...(await buildSite(contentDir, out)) };
}

function copyOfContent(name: string): string {
  const dir = join(work, name, 'content');
  cpSync(resolve(root, 'content'), dir, { recursive: true });
  return dir;
}

/** What an editor adds: two new parties, a new data category and two protocols between them. */
function addProtocolAndParties(content: string) {
  const party = (name: string, shortName: string, kbo: string) => `name: ${name}
shortName: ${shortName}
kind: agency
legalForm: intern verzelfstandigd agentschap
governmentLevel: flemish
policyDomain: Testdomein voor Invarianten
kbo: "${kbo}"
website: https://www.vlaanderen.be
dpo:
  email: dpo@vlaanderen.be
description: Een dienst die een redacteur net aan het register heeft toegevoegd.
`;
  writeFileSync(join(content, 'parties/invariantentest-zender.yaml'), party('Invariantentest Zendende Dienst', 'IZD', '0316.380.841'));
  writeFileSync(join(content, 'parties/invariantentest-ontvanger.yaml'), party('Invariantentest Ontvangende Dienst', 'IOD', '0887.010.362'));
  writeFileSync(
    join(content, 'data-categories/invariantentest-gegeven.yaml'),
    'label: Invariantentestgegeven\ndescription: Een soort gegevens die een redacteur net heeft toegevoegd.\nsynonyms: [invariantentest]\n',
  );
  // Two protocols between the same two parties: their arrow in a drawing stands for both.
  for (const [slug, title, date] of [
    ['2026-izd-iod-invariantentest', 'Protocol voor de elektronische mededeling van persoonsgegevens van de IZD aan de IOD', '2026-06-01'],
    ['2026-izd-iod-invariantentest-vervolg', 'Protocol voor de verdere mededeling van persoonsgegevens van de IZD aan de IOD', '2026-06-15'],
  ]) {
    writeFileSync(
      join(content, `protocols/${slug}.mdx`),
      `---
title: "${title}"
subject: "in het kader van de invariantentest"
summary: De IZD geeft een testgegeven door aan de IOD.
documentDate: ${date}
legalFramework: "Artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer"
parties:
  - { party: invariantentest-zender, role: sends, dpoAdviceDate: 2026-05-01 }
  - { party: invariantentest-ontvanger, role: receives, dpoAdviceDate: 2026-05-02 }
flows:
  - from: [invariantentest-zender]
    to: [invariantentest-ontvanger]
    dataItems:
      - { label: Gegeven 1, description: Het testgegeven, dataCategories: [invariantentest-gegeven] }
dataSubjects: [Burgers die een test ondergaan]
purposes: [{ party: invariantentest-ontvanger, text: Nagaan dat het register blijft werken. }]
legalBasis: { gdpr: [e], articles: ["Artikel 1 van een testdecreet"] }
retention: { summary: Eén jaar. }
recipients: { internal: [De testdienst] }
periodicity: permanent
channel: { type: api, description: Een beveiligde koppeling. }
securityMeasures: [Versleuteling]
entryIntoForce: { date: 2026-07-01 }
end: { indefinite: true }
---

## Artikel 1: Onderwerp

Dit protocol regelt de mededeling van een testgegeven door de IZD aan de IOD.

| Gegeven | Omschrijving |
| --- | --- |
| Gegeven 1 | Het testgegeven |

## Artikel 2: Waarborgen

De functionaris voor gegevensbescherming van elke partij gaf advies. De rechten van de betrokkene blijven gelden. Sancties: bij niet-naleving kan de meedelende partij de mededeling schorsen.
`,
    );
  }
}

describe('the live content', () => {
  let live: { content: string; out: string } | undefined;

  it('builds, and every invariant holds', async () => {
    const content = copyOfContent('live');
    const { out, output, status } = await build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    live = { content, out };
  });

  it('finds a broken invariant: a protocol missing from the site, a party page without its JSON', async () => {
    expect(live, 'the live content did not build').toBeDefined();
    const broken = join(work, 'broken-site');
    cpSync(live!.out, broken, { recursive: true, dereference: true });
    const { protocols, parties } = readContentFolder(live!.content, live!.content);
    rmSync(join(broken, 'protocollen', protocols[0]!.id), { recursive: true });
    rmSync(join(broken, 'partijen', `${parties[0]!.id}.json`));
    // A page of the index whose text joins two table headers, as the index did before they had a space between them.
    const fragments = join(broken, 'pagefind', 'fragment');
    const fragment = join(fragments, readdirSync(fragments)[0]!);
    const data = JSON.parse(gunzipSync(readFileSync(fragment)).subarray(12).toString('utf8')) as { content: string };
    writeFileSync(fragment, gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ ...data, content: `${data.content} PartijRol` }))])));
    const problems = checkInvariants(live!.content, broken);
    expect(problems).toContain('de zoekindex plakt woorden aan elkaar: "PartijRol"');
    expect(problems).toContain(`protocol ${protocols[0]!.id} heeft geen pagina`);
    expect(problems).toContain(`partijen/${parties[0]!.id}.json ontbreekt`);
    expect(problems.some((p) => p.includes(`/protocollen/${protocols[0]!.id}/`) && p.includes('bestaat niet'))).toBe(true);
  });

  it('still builds with every invariant holding after an editor adds two new parties and two valid protocols between them', async () => {
    const content = copyOfContent('added');
    addProtocolAndParties(content);
    const { out, output, status } = await build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    expect(existsSync(join(out, 'protocollen/2026-izd-iod-invariantentest/index.html'))).toBe(true);
    const party = readFileSync(join(out, 'partijen/invariantentest-zender/index.html'), 'utf8');
    expect(party).toContain('href="/protocollen/2026-izd-iod-invariantentest/"');
    const csv = parseCsv(readFileSync(join(out, 'protocollen.csv'), 'utf8'));
    expect(csv.filter((row) => row[0] === '2026-izd-iod-invariantentest')).toHaveLength(1);
  });

  it('still builds after an editor removes a protocol and redirects its URL to another', async () => {
    const content = copyOfContent('removed');
    const { protocols } = readContentFolder(content, content);
    // A protocol no other protocol refers to (removing a referenced one is an error the check names).
    const referenced = new Set(protocols.flatMap((p) => ((p.data as { relations?: { protocol?: string }[] }).relations ?? []).map((r) => r.protocol)));
    const removed = protocols.find((p) => !referenced.has(p.id));
    expect(removed, 'every protocol is referenced by another').toBeDefined();
    const others = protocols.filter((p) => p.id !== removed!.id);
    const kept = others.find((p) => !/^formerSlugs:/m.test(readFileSync(join(content, 'protocols', `${p.id}.mdx`), 'utf8'))) ?? others[0]!;
    rmSync(join(content, 'protocols', `${removed!.id}.mdx`));
    const keptFile = join(content, 'protocols', `${kept.id}.mdx`);
    const keptText = readFileSync(keptFile, 'utf8');
    const withSlug = /^formerSlugs:\s*\[/m.test(keptText)
      ? keptText.replace(/^formerSlugs:\s*\[/m, `formerSlugs: [${removed!.id}, `)
      : keptText.replace(/^---\n/, `---\nformerSlugs: [${removed!.id}]\n`);
    writeFileSync(keptFile, withSlug);
    const { out, output, status } = await build(content);
    expect(status, output.slice(-3000)).toBe(0);
    expect(checkInvariants(content, out)).toEqual([]);
    const redirect = readFileSync(join(out, `protocollen/${removed!.id}/index.html`), 'utf8');
    expect(redirect).toContain(`/protocollen/${kept.id}/`);
  });
});
