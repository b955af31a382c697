// The importer on the corpus of tests/support/import-corpus.ts: eight protocols in layouts unlike
// the seeds, drawn as PDFs with positioned text. The facts are written with each protocol by hand.
// Also the editor's way from an unfamiliar PDF to a passing file: one import, then one check run
// per round of fixes, each run naming every remaining problem.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { readContentFolder, splitFrontmatter } from '../../../src/lib/content/read.node.ts';
import { validateContent, type Issue } from '../../../src/lib/content/validate.ts';
import { pdfPages } from '../../../src/lib/import/pdf.ts';
import { draftProtocol, type ImportResult } from '../../../src/lib/import/draft.ts';
import { importTable } from '../../../src/lib/import/report.ts';
import { alignDraft, corpus, renderPdf, type CorpusProtocol } from '../../support/import-corpus.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');
const content = validateContent(readContentFolder(fixture));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };
const draftOf = async (protocol: CorpusProtocol) => draftProtocol(await pdfPages(await renderPdf(protocol)), register, protocol.file);

describe('the importer on layouts unlike the seeds', () => {
  for (const protocol of corpus) {
    it(`${protocol.file} (${protocol.layout}): parties, roles, dates and data items`, async () => {
      const draft = await draftOf(protocol);
      const { data, newPartyFiles } = alignDraft(draft, protocol);
      const parties = data.parties as { party: string; role: string; kboAsWritten?: string }[];
      expect(parties.map((p) => [p.party, p.role])).toEqual(protocol.expected.parties.map((p) => [p.slug, p.role]));
      // Every party not in the register gets a party file with its enterprise number.
      expect(newPartyFiles.every((p) => p.drafted)).toBe(true);
      expect(data.documentDate).toBe(protocol.expected.documentDate);
      expect((data.entryIntoForce as { date: string }).date).toBe(protocol.expected.entryIntoForce);
      // A date inside a citation of a law is never the document's or an advice's date.
      const cited = ['2008-07-18', '2018-07-30', '1976-07-08', '1987-02-27', '2012-03-16', '2013-06-07', '2018-04-27', '2018-11-30'];
      expect(cited).not.toContain(data.documentDate);
      for (const p of data.parties as { dpoAdviceDate?: string }[]) expect(cited).not.toContain(p.dpoAdviceDate);
      const items = (data.flows as { dataItems: { label: string; description: string }[] }[])[0]!.dataItems;
      expect(items.map((i) => i.label)).toEqual(protocol.expected.items.map((i) => i.label));
      expect(items.every((i) => i.description.length > 5 && !/nog aan te vullen/i.test(i.description))).toBe(true);
    });
  }

  it('rebuilds the annex table row by row, cells not mixed between rows', async () => {
    const pages = await pdfPages(await renderPdf(corpus.find((p) => p.file.startsWith('c2'))!));
    const text = pages.join('\n');
    expect(text).toContain('Gegeven 3\tGezinssamenstelling: aantal kinderen en hun geboortedatum\tOm het aanbod af te stemmen op de leeftijd van de kinderen');
    const draft = draftProtocol(pages, register, 'c2.pdf');
    expect(draft.file).toContain('| Gegeven 1 | Naam en voornaam van de ouder die het groeipakket ontvangt | Om het gezin te kunnen contacteren en de hulpverlening te richten |');
  });

  it('drops running headers and page numbers and joins words hyphenated at the end of a line', async () => {
    const protocol = corpus.find((p) => p.hyphenate)!;
    const draft = await draftOf(protocol);
    expect(draft.file).not.toContain('versie 1.1 | vertrouwelijk');
    expect(draft.file).not.toMatch(/Pagina \d van \d/);
    expect(draft.file).toContain('informatieclassificatie');
    expect(draft.file).not.toMatch(/[a-z]- [a-z]/);
  });

  it('rates every field it fills, and puts each one below "hoog" in the review list with its source line', async () => {
    const draft = await draftOf(corpus.find((p) => p.file.startsWith('c8'))!);
    const documentDate = draft.confidence.find((c) => c.field === 'documentDate')!;
    // No "Opgemaakt op": the date of the last signature, derived, so it is reviewed.
    expect(documentDate.level).toBe('middel');
    expect(draft.review.some((r) => r.field === 'documentDate' && r.note.includes('laatste handtekening'))).toBe(true);
    expect(draft.found.some((f) => f.startsWith('datum van het document'))).toBe(false);
    const periodicity = draft.confidence.find((c) => c.field === 'periodicity')!;
    expect(periodicity).toMatchObject({ level: 'hoog', source: '"ZORG bezorgt de gegevens driemaandelijks via een beveiligde API-koppeling."' });
    for (const c of draft.confidence)
      if (c.level !== 'hoog')
        expect(
          draft.review.map((r) => r.field),
          c.field,
        ).toContain(c.field);
  });

  it('prints one table for a folder: file, parties (new ones marked), data items, uncertain fields', async () => {
    const rows = await Promise.all(corpus.slice(0, 2).map(async (p) => ({ file: p.file, result: await draftOf(p) })));
    const table = importTable(rows).split('\n');
    expect(table[0]).toMatch(/^bestand +\| partijen +\| gegevens \| onzeker$/);
    expect(table[2]).toMatch(/^c1-tussen-en-vdab-kruisem\.pdf +\| vdab, gemeente-kruisem \(nieuw\) +\| 3 +\| \d+: /);
    expect(table[3]).toMatch(/^c2-ondergetekenden-opgroeien-ronse\.pdf +\| agentschap-opgroeien-regie \(nieuw\), stad-ronse \(nieuw\) +\| 4 +\| /);
  });
});

describe("an editor's way from an unfamiliar PDF to a passing file", () => {
  /** The check on the fixture register plus the draft and its new party files. */
  function check(dir: string): Issue[] {
    return validateContent(readContentFolder(dir, dir)).issues.filter((i) => i.level === 'error');
  }
  /** What an editor does with one run's list: fills every field it names from the source. */
  function fix(data: Record<string, unknown>, issues: Issue[], partyIds: string[]): Record<string, unknown> {
    const out = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    for (const issue of issues) {
      if (issue.field === 'review' || issue.field === 'draft') {
        delete out.review;
        out.draft = false;
        continue;
      }
      const path = [...issue.field.matchAll(/([A-Za-z]\w*)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
      let target = out as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      target[last] = last === 'party' ? partyIds.at(-1) : 'Zoals in de bron: ingevuld door de redactie.';
    }
    return out;
  }

  it('one import, then one check run per round lists every problem; after one round of fixes the check passes', async () => {
    const protocol = corpus.find((p) => p.file.startsWith('c2'))!;
    const draft: ImportResult = await draftOf(protocol);
    const dir = mkdtempSync(join(tmpdir(), 'import-editor-'));
    cpSync(fixture, dir, { recursive: true });
    const protocolFile = join(dir, 'protocols', `${draft.slug}.mdx`);
    const body = splitFrontmatter(draft.file)!.body;
    writeFileSync(protocolFile, draft.file);
    for (const party of draft.newParties) writeFileSync(join(dir, 'parties', `${party.slug}.yaml`), party.file);

    const first = check(dir);
    // The first run names the draft, every placeholder of the protocol and of the new parties at once.
    expect(first.some((i) => i.field === 'review')).toBe(true);
    expect(first.some((i) => i.file.endsWith(`${draft.slug}.mdx`) && /plaatshouder/.test(i.message))).toBe(true);
    for (const party of draft.newParties) expect(first.some((i) => i.file.endsWith(`${party.slug}.yaml`))).toBe(true);

    // One round: the editor fixes everything the run listed.
    const partyIds = (draft.data.parties as { party: string }[]).map((p) => p.party);
    const own = first.filter((i) => i.file.endsWith(`${draft.slug}.mdx`));
    writeFileSync(protocolFile, `---\n${stringify(fix(parseYaml(splitFrontmatter(draft.file)!.frontmatter), own, partyIds))}---\n${body}`);
    for (const party of draft.newParties) {
      const file = join(dir, 'parties', `${party.slug}.yaml`);
      writeFileSync(
        file,
        stringify(
          fix(
            parseYaml(party.file),
            first.filter((i) => i.file.endsWith(`${party.slug}.yaml`)),
            partyIds,
          ),
        ),
      );
    }
    expect(check(dir).map((i) => `${i.file} ${i.field}: ${i.message}`)).toEqual([]);
  }, 60_000);
});
