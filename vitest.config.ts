import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests run a script or draw PDFs; a busy machine must not fail them (no test is timed).
    testTimeout: 60_000,
  },
});
