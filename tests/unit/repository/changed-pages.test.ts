import { describe, expect, it } from 'vitest';
import { changedPages, formatChangedPages } from '../../../src/lib/repository/changed-pages.ts';

describe('changedPages', () => {
  it('maps every changed content file to its pages; a rename is a removal and an addition', () => {
    const diff = [
      'A\tcontent/protocols/2026-nieuw.mdx',
      'M\tcontent/parties/vdab.yaml',
      'D\tcontent/data-categories/insz.yaml',
      'R087\tcontent/protocols/oud.mdx\tcontent/protocols/nieuw.mdx',
      'M\tcontent/published-urls.txt',
      'M\tREADME.md',
      '',
    ].join('\n');
    expect(changedPages(diff).map((p) => `${p.change} ${p.path}`)).toEqual([
      'nieuw /protocollen/2026-nieuw/',
      'gewijzigd /partijen/vdab/',
      'gewijzigd /embed/partijen/vdab/',
      'verwijderd /gegevens/insz/',
      'verwijderd /protocollen/oud/',
      'nieuw /protocollen/nieuw/',
    ]);
  });

  it('writes the list in Dutch, and says so when no page changes', () => {
    expect(formatChangedPages(changedPages('M\tcontent/protocols/a.mdx'))).toContain('Eén pagina');
    expect(formatChangedPages(changedPages('M\tcontent/protocols/a.mdx'))).toContain('- `/protocollen/a/` (gewijzigd)');
    expect(formatChangedPages([])).toContain('verandert geen protocol-, partij- of gegevenspagina');
  });
});
