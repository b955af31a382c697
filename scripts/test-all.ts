// npm test: unit tests, content validation, then the build and browser tests.
// Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');
const steps: [string, string[]][] = [
  ['Unit tests (Vitest)', [vitest, 'run']],
  ['Inhoud controleren (npm run check)', [resolve(root, 'scripts/check-content.ts')]],
  ['Build- en browsertests (Vitest + Chromium)', [vitest, 'run', '--config', 'vitest.browser.config.ts']],
];

for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} mislukt.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✔ Alle tests geslaagd.');
