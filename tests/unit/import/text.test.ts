// The importer's clean-up of PDF text: page furniture, paragraphs.
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/lib/import/draft.ts';
import { paragraphs, withoutPageFurniture } from '../../../src/lib/import/text.ts';

describe('text clean-up', () => {
  it('removes a running header and page numbers and joins a hyphenated word', () => {
    const pages = [1, 2, 3].map((n) => `Protocol X - vertrouwelijk\n\nTekst op pagina ${n} over persoons-\ngegevens.\n\n${n}/3`);
    const text = withoutPageFurniture(pages);
    expect(text).not.toContain('vertrouwelijk');
    expect(text).not.toMatch(/\d\/3/);
    expect(paragraphs(text)).toContain('Tekst op pagina 2 over persoonsgegevens.');
  });

  it('turns tab-separated rows into a Markdown table and article titles into headings, escaping what MDX would read', () => {
    expect(toMarkdown(['Artikel 3: Gegevens', 'Gegeven\tWaarom', 'Naam {x}\tOm te <herkennen>'])).toBe(
      '### Artikel 3: Gegevens\n\n| Gegeven | Waarom |\n| --- | --- |\n| Naam \\{x\\} | Om te \\<herkennen\\> |',
    );
  });
});
