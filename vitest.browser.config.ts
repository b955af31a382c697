import { defineConfig } from 'vitest/config';

// Build and browser tests: the global setup builds the fixture site once and starts one Chromium
// that every file connects to. Files run in parallel; builds inside them take turns (a lock in
// tests/support/build.ts), because Astro builds of one project share its .astro folder.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Generous: a test that builds may first wait for another file's build to finish.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
    // Tests wait for states (expect.poll on a value, locators, waitForFunction), never for a time.
    // How long a state takes depends on the machine, so the bound is far above what a busy machine
    // needs: 120 s, like Playwright's waits in the pages of tests/e2e/fixture.ts. It only decides
    // when a state that never comes is reported.
    expect: { poll: { timeout: 120_000 } },
  },
});
