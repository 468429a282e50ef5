import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the practice portal (and the built extension, when a test
// loads it). Each file owns its browser (a temporary profile) and its portal (a port of its own),
// so two files run at once: the tests spend much of their time waiting on pages, and on these
// 2-core machines two at a time took the browser tests from about 450 s to 300 s.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
