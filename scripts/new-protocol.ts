// npm run new:protocol -- <source.txt> [--out drafts/]: drafts a protocol file from a source text.
// The draft is written outside content/ (default drafts/); move it into content/protocols/
// when `npm run check -- <folder>` is happy, or fill in the TODOs there and run `npm run check`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFolder } from '../src/lib/content-files.ts';
import { validateContent } from '../src/lib/validate.ts';
import { analyseSource, renderDraft } from '../src/lib/draft.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'drafts' } } });
const sourcePath = positionals[0];
if (!sourcePath || !existsSync(sourcePath)) {
  console.error('Gebruik: npm run new:protocol -- <brontekst.txt> [--out map]\nDe brontekst is de tekst van het protocol (bv. gekopieerd uit de pdf).');
  process.exit(1);
}
const { parties } = validateContent(readContentFolder(resolve('content')));
const source = readFileSync(sourcePath, 'utf8');
const draft = analyseSource(source, new Map(parties.map((p) => [p.id, p.data])));
mkdirSync(values.out!, { recursive: true });
const target = join(values.out!, `${draft.slug}.mdx`);
if (existsSync(target)) {
  console.error(`${target} bestaat al; verwijder of hernoem het eerst.`);
  process.exit(1);
}
writeFileSync(target, renderDraft(draft, source, basename(sourcePath)));
console.log(`Ontwerp geschreven: ${target}`);
console.log(`Herkend: titel, ${draft.documentDate ? `datum ${draft.documentDate}` : 'geen datum'}, ${draft.parties.length} partijen (${draft.parties.map((p) => p.party ?? `?${p.alias}`).join(', ')}), ${draft.dataItems.length} gegevens, ${draft.articles.length} artikels.`);
for (const warning of draft.warnings) console.log(`  let op: ${warning}`);
console.log('Vul de TODO-velden in, zet het bestand in content/protocols/ en voer npm run check uit.');
