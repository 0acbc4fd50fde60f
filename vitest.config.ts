import { defineConfig } from 'vitest/config';

// Unit and integration tests. Integration tests start an app on a fresh database each file:
// PGlite in memory by default, the PostgreSQL server when DATABASE_URL is set.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup/one-query-at-a-time.ts'],
  },
});
