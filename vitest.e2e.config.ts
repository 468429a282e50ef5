import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the practice portal (and the built extension, when a test
// loads it). One file at a time: each file owns a browser and a portal.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
