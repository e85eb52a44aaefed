import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One PostgreSQL for the whole run (embedded unless RESSEC_TEST_DATABASE_URL is given); tests make databases in it.
    globalSetup: ['test/postgres/global-setup.ts'],
  },
});
