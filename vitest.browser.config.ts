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
    // expect.poll waits for a state the page reaches; on a busy machine that takes longer than the
    // default second, so wait up to 30 s (a test never asserts a time).
    expect: { poll: { timeout: 30_000 } },
  },
});
