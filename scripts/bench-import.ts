// npm run bench:import: imports each seed text in tests/fixtures/seeds and compares the draft with
// the published protocol file (the one whose `source.file` names that seed) field by field,
// printing the share of structured fields recovered exactly, per seed and overall.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { draftProtocol } from '../src/lib/import/draft.ts';
import { compareFields } from '../src/lib/import/measure.ts';

const root = resolve(import.meta.dirname, '..');
const seeds = resolve(root, 'tests/fixtures/seeds');
const content = validateContent(readContentFolder(resolve(root, 'content')));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };
let hits = 0;
let total = 0;
for (const file of readdirSync(seeds).sort()) {
  const published = content.protocols.find((p) => p.data.source?.file === file);
  if (!published) continue;
  const draft = draftProtocol(readFileSync(join(seeds, file), 'utf8').split('\f'), register, file);
  const fields = compareFields(draft.data, published.data);
  const ok = fields.filter((f) => f.equal).length;
  hits += ok;
  total += fields.length;
  console.log(
    `${file}: ${ok}/${fields.length} velden exact (${Math.round((ok / fields.length) * 100)} %); gemist: ${
      fields
        .filter((f) => !f.equal)
        .map((f) => f.field)
        .join(', ') || 'geen'
    }`,
  );
}
console.log(`Totaal: ${hits}/${total} gestructureerde velden exact teruggevonden (${Math.round((hits / total) * 100)} %).`);
