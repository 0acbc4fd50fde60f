import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the tables.ts files and committed; they run at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/server/platform/*/tables.ts', './src/server/modules/*/tables.ts'],
  out: './db/migrations',
});
