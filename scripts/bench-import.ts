// npm run bench:import: measures the importer on two sets, field by field (exact / wrong / missing):
// - the five seed texts in tests/fixtures/seeds, against the published protocol file whose
//   `source.file` names the seed;
// - the corpus of tests/support/import-corpus.ts: eight protocols in layouts unlike the seeds,
//   drawn as PDFs with positioned text, against the facts written with each (a new party counts
//   once more: was a party file drafted with its enterprise number?).
// "missing" is a field the draft left empty or as a placeholder; "wrong" a value that differs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../src/lib/repository/load.node.ts';
import { pdfPages } from '../src/lib/import/pdf.ts';
import { draftProtocol } from '../src/lib/import/draft.ts';
import { compareFields, type FieldResult } from '../src/lib/import/measure.ts';
import { alignDraft, corpus, expectedData, renderPdf } from '../tests/support/import-corpus.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, 'tests/fixtures/seeds');
// The fixture register: the seeds' published files are frozen there, so the figures do not move with content/.
const content = await loadContent(resolve(root, 'tests/fixtures/content'));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };

interface Tally {
  exact: number;
  wrong: number;
  missing: number;
}
const pct = (n: number, total: number) => `${Math.round((n / Math.max(total, 1)) * 100)} %`;
function report(name: string, fields: FieldResult[], tally: Tally) {
  const exact = fields.filter((f) => f.result === 'exact').length;
  const wrong = fields.filter((f) => f.result === 'wrong');
  const missing = fields.filter((f) => f.result === 'missing');
  tally.exact += exact;
  tally.wrong += wrong.length;
  tally.missing += missing.length;
  console.log(
    `  ${name}: ${exact}/${fields.length} exact (${pct(exact, fields.length)}), ${wrong.length} fout, ${missing.length} ontbreekt${wrong.length ? `; fout: ${wrong.map((f) => f.field).join(', ')}` : ''}${missing.length ? `; ontbreekt: ${missing.map((f) => f.field).join(', ')}` : ''}`,
  );
}
const total = (name: string, t: Tally) => {
  const n = t.exact + t.wrong + t.missing;
  console.log(`  ${name}: ${t.exact}/${n} exact (${pct(t.exact, n)}), ${t.wrong} fout (${pct(t.wrong, n)}), ${t.missing} ontbreekt (${pct(t.missing, n)})\n`);
};

console.log('Seeds (tekst, tegen de gepubliceerde bestanden):');
const seedTally: Tally = { exact: 0, wrong: 0, missing: 0 };
for (const file of readdirSync(seeds).sort()) {
  const published = content.protocols.find((p) => p.data.source?.file === file);
  if (!published) continue;
  const draft = draftProtocol(readFileSync(join(seeds, file), 'utf8').split('\f'), register, file);
  report(file, compareFields(draft.data, published.data), seedTally);
}
total('Seeds samen', seedTally);

console.log('Eigen corpus (PDF met gepositioneerde tekst, tegen de feiten):');
const corpusTally: Tally = { exact: 0, wrong: 0, missing: 0 };
for (const protocol of corpus) {
  const draft = draftProtocol(await pdfPages(await renderPdf(protocol)), register, protocol.file);
  const aligned = alignDraft(draft, protocol);
  const fields = [
    ...compareFields(aligned.data, expectedData(protocol)),
    ...aligned.newPartyFiles.map((p): FieldResult => ({ field: `partijbestand ${p.slug}`, equal: p.drafted, result: p.drafted ? 'exact' : 'missing' })),
  ];
  report(protocol.file, fields, corpusTally);
}
total('Corpus samen', corpusTally);
