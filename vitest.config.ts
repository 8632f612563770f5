import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start Chromium or Astro: slow on a 2-core machine, not broken.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './tests/closing-line-reporter.ts'],
  },
});
