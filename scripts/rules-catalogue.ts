// node scripts/rules-catalogue.ts: writes the list of the check's rules (src/lib/content/rules/)
// into CONTRIBUTING.md, between its two markers. tests/unit/content/rules.test.ts fails when the
// list there differs from the catalogue.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueMarkdown } from '../src/lib/content/rules/index.ts';

export const markers = { begin: '<!-- regels:begin (node scripts/rules-catalogue.ts) -->', end: '<!-- regels:end -->' } as const;

/** The text of CONTRIBUTING.md with the catalogue between the markers. */
export function withCatalogue(text: string): string {
  const begin = text.indexOf(markers.begin);
  const end = text.indexOf(markers.end);
  if (begin < 0 || end < begin) throw new Error(`CONTRIBUTING.md mist de regels ${markers.begin} en ${markers.end}`);
  return `${text.slice(0, begin + markers.begin.length)}\n\n${catalogueMarkdown()}\n${text.slice(end)}`;
}

if (import.meta.main) {
  const path = resolve(import.meta.dirname, '../CONTRIBUTING.md');
  writeFileSync(path, withCatalogue(readFileSync(path, 'utf8')));
  console.log('CONTRIBUTING.md: de lijst van regels is bijgewerkt.');
}
