import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const READY_TIMEOUT_MS = 90_000;

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

/**
 * Every spec needs the built web app; if the server cannot serve it (not built, or its static
 * route refuses the files) say so once here instead of letting every test time out.
 */
async function checkWebApp(baseUrl: string): Promise<void> {
  const index = await fetch(`${baseUrl}/inloggen`);
  const html = await index.text();
  if (index.status !== 200 || !html.includes('id="root"')) {
    throw new Error(`GET /inloggen answered ${index.status} without the web app; is dist/web built?`);
  }
  for (const [, asset] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
    const response = await fetch(`${baseUrl}${asset}`);
    if (response.status !== 200) {
      throw new Error(`GET ${asset} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
  if (!killed) {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Starts the built server (npm run build must have run) on a free port with a fresh data
 * directory and the demo seed, and hands its URL to the specs. E2E_BASE_URL skips the start and
 * points the specs at a server that is already running.
 */
export default async function setup(project: TestProject) {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    const baseUrl = external.replace(/\/$/, '');
    await checkWebApp(baseUrl);
    project.provide('baseUrl', baseUrl);
    return;
  }

  const entry = resolve(project.config.root, 'dist/server/main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run "npm run build" before the e2e tests.`);

  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'buitenbinnen-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    cwd: project.config.root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'test',
      SEED_DEMO: 'true',
      // The specs log in a handful of times within a minute from one address; the login rate
      // limit is the server's own tests' business, not something the UI specs should trip over.
      LOGIN_RATE_LIMIT: process.env.LOGIN_RATE_LIMIT ?? '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Kept (bounded) only to explain a failed start.
  let log = '';
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  try {
    await waitForReady(baseUrl, child, () => log);
    await checkWebApp(baseUrl);
  } catch (error) {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  };
}
