// npm test: unit tests with their coverage threshold, content validation, then the build and browser
// tests (tests/e2e/).
// Stops at the first failing step and exits non-zero; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const reports = resolve(root, '.build-tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const vitestArgs = (name: string, extra: string[] = []) => [
  vitest,
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resolve(reports, `${name}.json`)}`,
];
const workflows = readdirSync(resolve(root, '.github/workflows'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => resolve(root, '.github/workflows', name));
const steps: { name: string; args: string[]; report?: string }[] = [
  { name: 'Linter en opmaak (Biome)', args: [resolve(root, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '--diagnostic-level=error'] },
  // action-validator checks one file at a time.
  ...workflows.map((file) => ({ name: `Workflow ${file.slice(root.length + 1)} (action-validator)`, args: [resolve(root, 'node_modules/@action-validator/cli/cli.mjs'), file] })),
  // With --coverage: below the thresholds in vitest.config.ts (src/lib) the step fails.
  { name: 'Unit tests en dekking (Vitest, coverage-v8)', args: vitestArgs('unit', ['--coverage']), report: 'unit' },
  { name: 'Inhoud controleren (npm run check)', args: [resolve(root, 'scripts/check-content.ts')] },
  { name: 'Typecontrole (astro check)', args: [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'check'] },
  { name: 'Build- en browsertests (Vitest + Chromium)', args: vitestArgs('browser', ['--config', 'vitest.browser.config.ts']), report: 'browser' },
];

let passed = 0;
let failed = 0;
function count(report?: string) {
  const file = report && resolve(reports, `${report}.json`);
  if (!file || !existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
}

for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit' });
  count(step.report);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} mislukt.`);
    console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ Alle tests geslaagd.');
console.log(`${passed} passed, ${failed} failed`);
