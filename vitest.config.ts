import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (x.ts + x.test.ts); integration tests live in tests/integration.
export default defineConfig({
  test: {
    // Tests that need data from ../shared (absent in a clean clone) skip with a note; print each note once.
    reporters: ['default', './tests/support/skip-notes-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['drivers/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'unit-dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
