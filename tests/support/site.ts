// Shared state for build and browser tests. They run on the fixture register in
// tests/fixtures/content (a frozen copy of the seeds plus cases the seeds lack), never on the
// live content/: an editor's valid change to content/ must not turn a test red. The live
// content is covered by `npm run check` and by the invariants in tests/e2e/invariants.test.ts.
// The test site is built once by tests/e2e/global-setup.ts (into .build-tmp/test-site).
import { resolve } from 'node:path';

export const fixtureContentDir = resolve(import.meta.dirname, '../fixtures/content');
export const testSiteDir = resolve(process.env.TEST_SITE_DIR ?? resolve(import.meta.dirname, '../../.build-tmp/test-site'));
/** The fixed date the test site is built for (statuses depend on it). */
export const testBuildDate = '2026-11-22';
