import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Some tests run a script or draw PDFs; a busy machine must not fail them (no test is timed).
    testTimeout: 60_000,
    // `npm test` (and `npm run test:coverage`) runs the unit tests with --coverage: below these
    // figures of src/lib the step fails. Measured on 1 December 2026: statements 91.3 %, branches
    // 81.7 %, functions 90.7 %, lines 92.8 %; each threshold sits about a point under. Raise them
    // when coverage grows; a new module without tests lowers them.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**'],
      reporter: ['text-summary', ['json-summary', { file: 'coverage-summary.json' }]],
      reportsDirectory: '.build-tmp/coverage',
      thresholds: { statements: 92, branches: 82, functions: 92, lines: 94 },
    },
  },
});
