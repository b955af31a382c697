// Builds the fixture register once for all build and browser tests, with a fixed build date.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fixtureContentDir, testBuildDate, testSiteDir } from '../support/site.ts';

export default function setup() {
  if (process.env.SKIP_TEST_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '../..');
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REGISTER_CONTENT_DIR: fixtureContentDir, OUT_DIR: testSiteDir, BUILD_DATE: testBuildDate },
  });
  if (result.status !== 0) throw new Error('Het bouwen van de testsite is mislukt');
}
