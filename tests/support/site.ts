// Shared state for browser tests: the built site served on localhost and one browser.
// The site is built once by tests/browser/global-setup.ts (into .build-tmp/test-site).
import { resolve } from 'node:path';

export const testSiteDir = resolve(process.env.TEST_SITE_DIR ?? resolve(import.meta.dirname, '../../.build-tmp/test-site'));
/** The fixed date the test site is built for (statuses depend on it). */
export const testBuildDate = '2026-11-22';
