import { defineConfig } from 'vitest/config';

/** Browser tests: the production build in real Chromium (software WebGL), one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-results/browser.json' }]],
  },
});
