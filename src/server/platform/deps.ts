import { createHmac } from 'node:crypto';
import type { Config } from '../config.js';
import type { Database } from './db/client.js';
import { TenantDirectory } from './tenancy/service.js';

/** What the app is built from; tests build it with their own database and config. */
export interface AppDeps {
  config: Config;
  database: Database;
  tenants: TenantDirectory;
  keys: { cookie: string; pseudonym: string };
}

export function makeDeps(config: Config, database: Database): AppDeps {
  // Separate keys per purpose, derived from the one secret the operator manages.
  const derive = (purpose: string) =>
    createHmac('sha256', config.sessionSecret).update(purpose).digest('base64url');
  return {
    config,
    database,
    tenants: new TenantDirectory(database),
    keys: { cookie: derive('cookie-signing'), pseudonym: derive('pseudonym') },
  };
}
