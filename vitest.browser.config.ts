import { defineConfig } from 'vitest/config';

// Browser and build tests: build the site once, then drive Debian's Chromium against it.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/build/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
