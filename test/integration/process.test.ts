import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('the server process', () => {
  it('starts on an empty data directory, serves, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'bb-process-')), 'data');
    const port = await freePort();
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
    };
    // The embedded database is what this test is about, whatever the suite runs on.
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    let ready = false;
    for (let i = 0; i < 120 && !ready; i++) {
      await new Promise((r) => setTimeout(r, 500));
      ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
    }
    expect(ready, output).toBe(true);
    expect(output).toContain('Demo-accounts');
    const options = (await (await fetch(`http://127.0.0.1:${port}/api/v1/auth/options`)).json()) as {
      tenants: { slug: string }[];
    };
    expect(options.tenants.map((t: { slug: string }) => t.slug).sort()).toEqual([
      'proefdorp',
      'voorbeeldstad',
    ]);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
