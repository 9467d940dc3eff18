import { defineConfig } from 'vitest/config';

// Two projects, because vitest sets timeouts per project, not per file pattern:
// the unit tests, and the end-to-end tests (tests/e2e: the real `jejak serve`
// driven in Chromium), which start a browser and a server per file and so get
// longer timeouts. The e2e files run after the unit tests, so that a browser
// does not compete for the CPU with the unit tests' timed runs.
export default defineConfig({
  test: {
    globalSetup: ['./tests/support/globalSetup.ts'],
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Property tests and the kill-mid-save runs take seconds, not milliseconds.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
