// Statements the server sends very often as named prepared statements. An unnamed statement is
// parsed and planned anew on every call; for the group-commit insert of contact registrations that
// planning took about 1.3 ms of PostgreSQL's time per batch, more than executing it (0.9 ms), on
// the round trip that limits registration throughput (docs/benchmarks.md, Klantcontact). A named
// statement is parsed once per connection, and after a few calls PostgreSQL reuses a generic plan.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Tx } from './client.js';

// The application's drizzle instances use the default dialect (no casing option), as this one does.
const dialect = new PgDialect();

/**
 * Runs `query` in `tx` as a named prepared statement; answers as `tx.execute` does. The name is a
 * digest of the text, so every distinct text (a batch of 3 rows and one of 4 are two texts) has
 * its own statement on each connection and a name never meets another text. Only for statements
 * whose texts come in a small set: a connection keeps each one until it closes.
 */
export function executePrepared(tx: Tx, query: SQL): ReturnType<Tx['execute']> {
  const q = dialect.sqlToQuery(query);
  const name = `bb_${createHash('sha256').update(q.sql).digest('hex').slice(0, 24)}`;
  return tx._.session.prepareQuery(q, undefined, name, false).execute() as ReturnType<Tx['execute']>;
}
