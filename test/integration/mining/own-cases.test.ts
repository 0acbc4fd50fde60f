// The gemeente's own case event log as a virtual mining log: read live from the cases module.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, type Login } from '../../helpers/app.js';
import { createCase, setStatus, startWorld, type World } from '../cases/helpers.js';
import { get } from './helpers.js';

describe('own cases as an event log', () => {
  let w: World;
  let otherAnalist: Login;
  let numbers: string[];

  beforeAll(async () => {
    w = await startWorld();
    otherAnalist = await login(w.t.app, 'proefdorp', 'analist');
    const a = await createCase(w, {});
    const b = await createCase(w, {});
    const moved = await setStatus(w, a, { status: 'in_behandeling' });
    expect(moved.statusCode, moved.body).toBe(200);
    numbers = [a.number, b.number];
  }, 240_000);
  afterAll(() => w.t.close());

  it('counts the cases and their events, and maps them', async () => {
    const log = (await get(w.t, w.analist, '/api/v1/mining/logs/cases')).json();
    expect(log).toMatchObject({
      id: 'cases',
      status: 'ready',
      cases: 2,
      events: 3,
      provenance: { kind: 'own-cases' },
    });
    const dfg = (await get(w.t, w.analist, '/api/v1/mining/logs/cases/dfg')).json();
    expect(dfg).toMatchObject({ totalCases: 2, filteredCases: 2, events: 3 });
    expect(dfg.edges).toHaveLength(1);
    const [edge] = dfg.edges;
    expect(edge.to).toBe('In behandeling genomen');
    const q = `source=${encodeURIComponent(edge.from)}&target=${encodeURIComponent(edge.to)}`;
    const cases = (await get(w.t, w.analist, `/api/v1/mining/logs/cases/edge-cases?${q}`)).json();
    expect(cases.items.map((c: { caseId: string }) => c.caseId)).toEqual([numbers[0]]);
  });

  it('exports the own log with case numbers and team, and shows nothing of another gemeente', async () => {
    const csv = (await get(w.t, w.analist, '/api/v1/mining/logs/cases/export.csv')).body;
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('case,activity,timestamp,resource,lifecycle,channel,org:group');
    expect(rows).toHaveLength(4);
    for (const n of numbers) expect(csv).toContain(n);
    const theirs = (await get(w.t, otherAnalist, '/api/v1/mining/logs/cases')).json();
    expect(theirs).toMatchObject({ cases: 0, events: 0 });
  });

  it('keeps the log per gemeente for the time its provenance states, then reads it again', async () => {
    const first = (await get(w.t, w.analist, '/api/v1/mining/logs/cases')).json();
    expect(first.provenance.label).toContain('tot 60 seconden oud');
    await createCase(w, {});
    // Within the minute the cached log answers (a new case is not in it yet)...
    const cached = (await get(w.t, w.analist, '/api/v1/mining/logs/cases/dfg')).json();
    expect(cached.totalCases).toBe(first.cases);
    // ...after it, the log is read again.
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + 61_000);
    try {
      const fresh = (await get(w.t, w.analist, '/api/v1/mining/logs/cases/dfg')).json();
      expect(fresh.totalCases).toBe(first.cases + 1);
    } finally {
      clock.mockRestore();
    }
  });
});
