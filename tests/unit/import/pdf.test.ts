// The importer's PDF path on PDFs made here (a running header, page numbers, a two-column table).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { pdfPages } from '../../../src/lib/import/pdf.ts';
import { makePdf } from './make-pdf.ts';
import { draftProtocol } from '../../../src/lib/import/draft.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');
const seeds = resolve(import.meta.dirname, '../../fixtures/seeds');
const content = validateContent(readContentFolder(fixture));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };

describe('the PDF path', () => {
  it('drafts from a PDF: header and page numbers gone, the two-column table a Markdown table, the parties found', async () => {
    const seed = readFileSync(join(seeds, '000_b57d6fa1b32e35cd.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const withTable = [
      ...seed.slice(0, 60),
      '',
      'Gegeven\tVerantwoording',
      'Ondernemingsnummer\tOm de onderneming te herkennen',
      'Opleidingsuitgaven\tVoor de uitgaventoetsing',
      '',
      ...seed.slice(60, 140),
    ];
    const pages = await pdfPages(await makePdf(withTable));
    expect(pages.length).toBeGreaterThan(2);
    const draft = draftProtocol(pages, register, 'test.pdf');
    expect(draft.file).not.toContain('kopie voor het register');
    expect(draft.file).not.toMatch(/\n\d+\/\d+\n/);
    expect(draft.file).toContain('| Gegeven | Verantwoording |\n| --- | --- |\n| Ondernemingsnummer | Om de onderneming te herkennen |');
    expect((draft.data.parties as { party: string }[]).map((p) => p.party)).toEqual(['vlaio', 'departement-wewis']);
    expect(draft.data.documentDate).toBe('2025-12-15');
  });
});
