import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['./tests/support/globalSetup.ts'],
    // Property tests and the kill-mid-save runs take seconds, not milliseconds.
    testTimeout: 60_000,
    reporters: ['default', './tests/support/summaryReporter.ts'],
  },
});
