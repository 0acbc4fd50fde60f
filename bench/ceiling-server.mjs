// The ceiling for the benchmark: bare Fastify + node-postgres on the same machine and the same
// PostgreSQL, with none of the platform's work (no session lookup, no tenant transaction, no
// row-level security, no audit row). Started by bench/run.mjs as a child process, like the server.
//
// Env: PORT, HOST (default 127.0.0.1), DATABASE_URL (a database this process may create a table in).
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(2);
}

// The same pool size as the application's pool (src/server/platform/db/client.ts).
const pool = new pg.Pool({ connectionString: url, max: 10 });
pool.on('error', () => undefined);
// A unique name, like a team name within a gemeente, so the insert maintains a unique index too.
await pool.query(`CREATE TABLE IF NOT EXISTS bench_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
)`);

const app = Fastify({ logger: false });

app.get('/health/ready', async () => {
  await pool.query('SELECT 1');
  return { status: 'ok' };
});

app.get(
  '/items/:id',
  {
    schema: {
      params: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' } },
        required: ['id'],
        additionalProperties: false,
      },
    },
  },
  async (request, reply) => {
    const { rows } = await pool.query('SELECT id, name, created_at FROM bench_items WHERE id = $1', [
      request.params.id,
    ]);
    if (!rows[0]) return reply.code(404).send({ title: 'not found' });
    return rows[0];
  },
);

app.post(
  '/items',
  {
    schema: {
      body: {
        type: 'object',
        properties: { name: { type: 'string', minLength: 1, maxLength: 200 } },
        required: ['name'],
        additionalProperties: false,
      },
    },
  },
  async (request, reply) => {
    const { rows } = await pool.query(
      'INSERT INTO bench_items (name) VALUES ($1) RETURNING id, name, created_at',
      [request.body.name],
    );
    return reply.code(201).send(rows[0]);
  },
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

await app.listen({ port: Number(process.env.PORT || 3100), host: process.env.HOST || '127.0.0.1' });
