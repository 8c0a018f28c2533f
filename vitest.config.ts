import { defineConfig } from 'vitest/config';

/** Test files that replace a module with vi.mock: they need a module registry of their own. */
const MOCKING = ['tests/security/interrupted-write.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // One build of the real CLI for the whole run, shared by the tests that run it as a process.
    globalSetup: ['tests/support/shared-build.ts'],
    // Vitest's default leaves one core for its main process: on a 2-core machine that is a single
    // test worker. The tests are CPU-bound and the main process mostly waits, so use every core;
    // threads start faster than forked processes.
    pool: 'threads',
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        // Files share a worker's modules instead of importing the whole CLI anew per file: this
        // halves the suite's CPU time. No test file may leave state behind in a shared module.
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', ...MOCKING], isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: MOCKING, isolate: true },
      },
    ],
  },
});
