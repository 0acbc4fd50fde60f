import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The flags only work when set before other modules have run (docs in v8-flags.ts); ES modules
// are evaluated in the order they are imported, so main.ts must import v8-flags before anything.
describe('server V8 flags', () => {
  it('are the first import of the process entry', () => {
    const main = readFileSync(new URL('../../main.ts', import.meta.url), 'utf8');
    const imports = [...main.matchAll(/^import\s[^;]*?['"]([^'"]+)['"];?$/gms)].map((m) => m[1]);
    expect(imports[0]).toBe('./platform/runtime/v8-flags.js');
  });

  it('name only flags that this Node accepts', async () => {
    const { execFileSync } = await import('node:child_process');
    const { SERVER_V8_FLAGS } = await import('./v8-flags.js');
    // An unknown flag makes node exit with "bad option"; setFlagsFromString would ignore it silently.
    const out = execFileSync(process.execPath, [...SERVER_V8_FLAGS, '-e', 'console.log("ok")'], {
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('ok');
  });
});
