// npm run import -- <file.pdf | file.txt | folder> [--out drafts/]: drafts a protocol file (and a
// party file for every party not in the register yet) from each signed protocol, and reports what
// it found, what it could not find, and what an editor must review. For a folder it drafts every
// PDF and text file in it and prints one table (file, parties, data items, uncertain fields).
// A draft has `draft: true` and a `review` list: `npm run check` refuses to publish it until both
// are cleared and every placeholder is filled.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/repository/load.node.ts';
import { contentDir } from '../src/lib/site/config.node.ts';
import { pdfPages } from '../src/lib/import/pdf.ts';
import { draftProtocol } from '../src/lib/import/draft.ts';
import { importReport, importTable, type ImportRow } from '../src/lib/import/report.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'drafts' }, content: { type: 'string' } } });
const source = positionals[0];
if (!source || !existsSync(source)) {
  console.error('Gebruik: npm run import -- <protocol.pdf | protocol.txt | map> [--out drafts/]');
  process.exit(1);
}
const files = statSync(source).isDirectory()
  ? readdirSync(source)
      .filter((name) => /\.(pdf|txt)$/i.test(name))
      .sort()
      .map((name) => join(source, name))
  : [source];
if (files.length === 0) {
  console.error(`${source} bevat geen .pdf- of .txt-bestanden.`);
  process.exit(1);
}
// The known parties and data categories, also when another file has an error: a draft is drafted anyway.
const register = await loadContent(contentDir(values.content));
const known = { parties: new Map(register.parties.map((p) => [p.id, p.data])), dataCategories: new Map(register.dataCategories.map((c) => [c.id, c.data])) };
/** A PDF that cannot be read (damaged, encrypted, not a PDF) is reported in one Dutch line, never as a stack trace. */
async function readPages(file: string): Promise<string[] | undefined> {
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
    process.exitCode = 1;
    return undefined;
  } finally {
    Object.assign(console, { log, warn });
  }
}
mkdirSync(values.out!, { recursive: true });

const rows: ImportRow[] = [];
for (const file of files) {
  const pages = await readPages(file);
  if (!pages) continue;
  const result = draftProtocol(pages, known, basename(file));
  const target = join(values.out!, `${result.slug}.mdx`);
  if (existsSync(target)) {
    console.error(`${target} bestaat al; verwijder of hernoem het eerst (${file} overgeslagen).`);
    continue;
  }
  writeFileSync(target, result.file);
  for (const party of result.newParties) {
    const partyFile = join(values.out!, `${party.slug}.yaml`);
    if (!existsSync(partyFile)) writeFileSync(partyFile, party.file);
  }
  rows.push({ file: basename(file), result });
  if (files.length === 1) console.log(importReport(target, result));
}
if (files.length > 1) console.log(`${rows.length} ontwerp(en) in ${values.out}:\n\n${importTable(rows)}`);
if (rows.length > 0)
  console.log(
    '\nKijk elk onzeker veld na tegen de bron, vul wat ontbreekt in, verwijder dan "review" en zet "draft: false". Zet het protocol in content/protocols/ en elk partijbestand in content/parties/, en voer npm run check uit: die noemt alles wat nog ontbreekt in één keer.',
  );
