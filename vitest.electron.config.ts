import { defineConfig } from 'vitest/config';

// The desktop app's end-to-end suite; run through scripts/test-electron.mjs,
// which checks that an Electron runtime exists first.
export default defineConfig({
  test: {
    include: ['tests/electron/**/*.electron.test.ts'],
    globalSetup: ['./tests/support/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
