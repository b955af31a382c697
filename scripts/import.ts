// npm run import -- <file.pdf | file.txt> [--out drafts/]: drafts a protocol file (and a party
// file for every party not in the register yet) from a signed protocol, and reports on the
// terminal what it found, what it could not find, and what an editor must review. The draft has
// `draft: true` and a `review` list: `npm run check` refuses to publish it until both are cleared.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContentFolder } from '../src/lib/content/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { pdfPages } from '../src/lib/import/pdf.ts';
import { draftProtocol } from '../src/lib/import/draft.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'drafts' }, content: { type: 'string', default: 'content' } } });
const source = positionals[0];
if (!source || !existsSync(source)) {
  console.error('Gebruik: npm run import -- <protocol.pdf | protocol.txt> [--out drafts/]');
  process.exit(1);
}
const register = validateContent(readContentFolder(resolve(values.content!)));
/** A PDF that cannot be read (damaged, encrypted, not a PDF) is reported in one Dutch line, never as a stack trace. */
async function readPages(file: string): Promise<string[]> {
  if (!file.toLowerCase().endsWith('.pdf')) return readFileSync(file, 'utf8').split('\f');
  // pdf.js writes its own English warnings about damaged files; the editor gets the Dutch line below.
  const { log, warn } = console;
  console.log = console.warn = () => {};
  try {
    return await pdfPages(new Uint8Array(readFileSync(file)));
  } catch (error) {
    Object.assign(console, { log, warn });
    const reason = /password|encrypt/i.test(String(error)) ? 'het is met een wachtwoord beveiligd' : 'het bestand is beschadigd of geen PDF';
    console.error(`${basename(file)} kan niet gelezen worden: ${reason}. Vraag de partij een nieuwe kopie van de PDF, of importeer de tekst (.txt).`);
    process.exit(1);
  } finally {
    Object.assign(console, { log, warn });
  }
}
const pages = await readPages(source);
const result = draftProtocol(
  pages,
  { parties: new Map(register.parties.map((p) => [p.id, p.data])), dataCategories: new Map(register.dataCategories.map((c) => [c.id, c.data])) },
  basename(source),
);

mkdirSync(values.out!, { recursive: true });
const target = join(values.out!, `${result.slug}.mdx`);
if (existsSync(target)) {
  console.error(`${target} bestaat al; verwijder of hernoem het eerst.`);
  process.exit(1);
}
writeFileSync(target, result.file);
for (const party of result.newParties) writeFileSync(join(values.out!, `${party.slug}.yaml`), party.file);

console.log(`Ontwerp geschreven: ${target}${result.newParties.length ? ` (en ${result.newParties.length} ontwerp(en) van partijen)` : ''}`);
console.log(`\nGevonden:\n${result.found.map((f) => `  ✓ ${f}`).join('\n') || '  (niets)'}`);
if (result.missing.length) console.log(`\nNiet gevonden:\n${result.missing.map((m) => `  ✗ ${m}`).join('\n')}`);
console.log(`\nNa te kijken (${result.review.length}):\n${result.review.map((r) => `  • ${r.field}: ${r.note}`).join('\n')}`);
console.log('\nKijk elk veld na tegen de bron, verwijder dan "review" en zet "draft: false". Zet het bestand in content/protocols/ en voer npm run check uit.');
