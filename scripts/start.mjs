// npm start: build when the sources are newer than the build, then run the server.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let max = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return max;
}

const outputs = ['dist/server/main.js', 'dist/web/index.html'];
const built = outputs.every((f) => existsSync(f));
const stale = built && newest('src') > Math.min(...outputs.map((f) => statSync(f).mtimeMs));
if (!built || stale) {
  console.log(built ? 'Bronbestanden gewijzigd: opnieuw bouwen…' : 'Eerste start: bouwen…');
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('../dist/server/main.js');
