import { defineConfig } from 'vitest/config';

/** End-to-end tests with real clients (LibreOffice, Chromium): `npm run test:e2e`. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One LibreOffice and one Chromium at a time: the machine is small and soffice dislikes company.
    fileParallelism: false,
  },
});
