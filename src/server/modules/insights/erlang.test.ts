import { describe, expect, it } from 'vitest';
import { agentsNeeded, erlang, erlangB, erlangC } from './erlang.js';

// The reference case of /work/shared/reference/facts.md (pyworkforce and R ErlangC agree).
const reference = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, agents: 14, targetSeconds: 20 };

describe('Erlang C', () => {
  it('matches the reference case', () => {
    const r = erlang(reference);
    expect(r.trafficErlangs).toBe(10);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.probabilityWaiting).toBeCloseTo(0.17413, 5);
    expect(r.asaSeconds).toBeCloseTo(7.836, 3);
    expect(r.occupancy).toBeCloseTo(0.7143, 4);
  });

  it('agrees with the closed formula for small numbers', () => {
    // B(2, 1) = (A^2/2) / (1 + A + A^2/2) = 0.5 / 2.5 = 0.2
    expect(erlangB(1, 2)).toBeCloseTo(0.2, 12);
    // C(2, 1) = 2·0.2 / (2 - 1·0.8) = 1/3
    expect(erlangC(1, 2)).toBeCloseTo(1 / 3, 12);
  });

  it('stays finite for large call centres', () => {
    const r = erlang({ calls: 5000, intervalSeconds: 1800, ahtSeconds: 300, agents: 900, targetSeconds: 20 });
    expect(Number.isFinite(r.probabilityWaiting)).toBe(true);
    expect(r.probabilityWaiting).toBeGreaterThan(0);
    expect(r.probabilityWaiting).toBeLessThan(1);
  });

  it('reports an unstable queue when agents do not exceed the traffic', () => {
    const r = erlang({ ...reference, agents: 10 });
    expect(r.serviceLevel).toBe(0);
    expect(r.probabilityWaiting).toBe(1);
    expect(r.asaSeconds).toBe(Number.POSITIVE_INFINITY);
  });

  it('finds the fewest agents for a target, then adds shrinkage', () => {
    const load = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180 };
    const r = agentsNeeded(load, { serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 1, shrinkage: 0.3 });
    // 13 agents give SL < 0.8, 14 give 0.888.
    expect(erlang({ ...load, agents: r.agents - 1, targetSeconds: 20 }).serviceLevel).toBeLessThan(0.8);
    expect(r.agents).toBe(14);
    expect(r.scheduled).toBe(20);
  });

  it('lets maximum occupancy raise the number of agents', () => {
    const load = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180 };
    const r = agentsNeeded(load, { serviceLevel: 0.5, targetSeconds: 20, maxOccupancy: 0.6, shrinkage: 0 });
    expect(r.agents).toBe(17); // 10 / 17 = 0.588 ≤ 0.6 < 10 / 16
    expect(r.occupancy).toBeLessThanOrEqual(0.6);
  });

  it('needs nobody without calls', () => {
    const r = agentsNeeded(
      { calls: 0, intervalSeconds: 3600, ahtSeconds: 200 },
      { serviceLevel: 0.8, targetSeconds: 20, maxOccupancy: 0.85, shrinkage: 0.3 },
    );
    expect(r.agents).toBe(0);
    expect(r.scheduled).toBe(0);
  });
});
