// The gemeente's own case event log as a virtual mining log: read live from the cases module.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
