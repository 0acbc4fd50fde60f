import { describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { SessionCache, sessionCacheOf } from './session-cache.js';

function fakeDatabase(): { database: Database; change(): void } {
  let listener: () => void = () => undefined;
  const database = {
    onAuthChange: async (fn: () => void) => {
      listener = fn;
    },
  } as unknown as Database;
  return { database, change: () => listener() };
}

describe('session cache', () => {
  it('serves nothing until the database has confirmed the change subscription', async () => {
    const { database } = fakeDatabase();
    const cache = new SessionCache<string>(database);
    cache.set('a', 'row', cache.mark());
    expect(cache.get('a')).toBeUndefined();
    await Promise.resolve();
    await Promise.resolve();
    cache.set('a', 'row', cache.mark());
    expect(cache.get('a')).toBe('row');
  });

  it('forgets everything on a change and does not keep a read that overlapped one', async () => {
    const { database, change } = fakeDatabase();
    const cache = new SessionCache<string>(database);
    await new Promise((r) => setTimeout(r, 0));
    cache.set('a', 'old', cache.mark());
    change();
    expect(cache.get('a')).toBeUndefined();
    // A read that started before a change (logout, role change) may have seen the old row.
    const mark = cache.mark();
    change();
    cache.set('a', 'maybe stale', mark);
    expect(cache.get('a')).toBeUndefined();
  });

  it('is off where the database cannot announce changes (PostgreSQL)', () => {
    expect(sessionCacheOf({} as Database)).toBeUndefined();
  });
});
