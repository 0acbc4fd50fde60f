// Fails a test file whose code sent a query on a pg connection that was still running one (for
// example Promise.all over one transaction). pg 8 queues it and warns once per process; pg 9 will
// refuse it, and it never ran in parallel anyway. PGlite does not warn, so this guards the
// PostgreSQL run (DATABASE_URL).
import { afterAll, expect } from 'vitest';

const busy: string[] = [];
process.on('warning', (warning) => {
  if (/already executing a query/.test(warning.message)) busy.push(warning.message);
});

afterAll(() => {
  expect(busy, 'a query was sent while the connection was still running another').toEqual([]);
});
