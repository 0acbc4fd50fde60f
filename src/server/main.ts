// Process entry: config -> database -> app -> listen; graceful shutdown on SIGTERM/SIGINT.
// First, before any other module runs: the process's V8 settings.
import './platform/runtime/v8-flags.js';
import { loadConfig, ConfigError } from './config.js';
import { openDatabase, type Database } from './platform/db/client.js';
import { migrate } from './platform/db/migrate.js';
import { makeDeps } from './platform/deps.js';
import { demoAccounts, DEMO_PASSWORD } from './platform/seed/demo.js';
import { initialiseTenants, seedDemoData } from './seed.js';
import { buildApp } from './app.js';
import { OutboxWorker, createDeliveryAdapters } from './platform/jobs/index.js';
import { RetentionScheduler } from './platform/privacy/index.js';
import { RollupWorker } from './modules/insights/index.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuratiefout: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  let database: Database;
  try {
    database = await openDatabase(config);
    await database.ping(5000);
    await migrate(database);
  } catch (error) {
    const where = config.databaseUrl
      ? 'de PostgreSQL-server uit DATABASE_URL'
      : `de ingebouwde database in ${config.dataDir}`;
    console.error(`Kan ${where} niet openen of bijwerken: ${(error as Error).message}`);
    console.error('Controleer DATABASE_URL (host, poort, gebruiker, database) en of de server draait.');
    process.exit(1);
  }

  const deps = makeDeps(config, database);
  if (config.seedDemo && (await seedDemoData(database, { pseudonymKey: deps.keys.pseudonym }))) {
    console.log('Demodata (fictief) aangemaakt. Demo-accounts, wachtwoord voor allemaal: ' + DEMO_PASSWORD);
    for (const a of demoAccounts()) console.log(`  ${a.tenant.padEnd(14)} ${a.role.padEnd(12)} ${a.email}`);
  } else {
    await initialiseTenants(database);
  }

  const app = await buildApp(deps);
  const { workerEnabled, ...outboxSettings } = config.outbox;
  const outbox = new OutboxWorker({
    database,
    adapters: createDeliveryAdapters(config.smtp, app.log),
    log: app.log,
    ...outboxSettings,
  });
  const retention = new RetentionScheduler({
    database,
    registry: app.privacy,
    pseudonymKey: deps.keys.pseudonym,
    intervalMinutes: config.retentionIntervalMinutes,
    log: app.log,
  });
  // Builds the dashboards' contact rollups in the background (at start, e.g. after the demo seed)
  // and refreshes them every minute.
  const rollups = new RollupWorker(database, app.log);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // Stop accepting, let requests in flight finish, then close the database.
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await Promise.all([app.close(), outbox.stop({ timeoutMs: 8_000 }), retention.stop(), rollups.stop()]);
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (workerEnabled) outbox.start();
  retention.start();
  rollups.start();
  console.log(`Buitenbinnen draait op ${config.publicUrl} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
