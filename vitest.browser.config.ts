import { defineConfig } from 'vitest/config';

/** Browser tests: the production build in real Chromium (software WebGL), one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // What the page does after an action (a lazy image failing, a sheet sliding in) can take seconds
    // on a loaded CI machine: polls wait up to 15 s instead of vitest's 1 s, then fail as before.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    reporters: ['default', ['json', { outputFile: 'test-results/browser.json' }]],
  },
});
