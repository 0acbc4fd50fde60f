// The mining core against logs small enough to compute by hand.
import { describe, expect, it } from 'vitest';
import { Miner, bottlenecks, reduceDfg, variantId } from './mine.js';
import { matches, edgeCase } from './filters.js';
import type { Trace } from './model.js';

const H = 3_600_000;
const t0 = Date.UTC(2026, 0, 5, 9);
const trace = (id: string, steps: [string, number][]): Trace => ({
  id,
  ev: steps.map(([a, h]) => ({ a, t: t0 + h * H })),
});

// c1: A(0) B(1) C(3)        throughput 3 h
// c2: A(0) B(2) C(6)        throughput 6 h
// c3: A(0) C(4)             throughput 4 h
// c4: B(2) A(1) C(5) — out of order in the file: sorted it is A(1) B(2) C(5), throughput 4 h
const log = (): Trace[] => [
  trace('c1', [
    ['A', 0],
    ['B', 1],
    ['C', 3],
  ]),
  trace('c2', [
    ['A', 0],
    ['B', 2],
    ['C', 6],
  ]),
  trace('c3', [
    ['A', 0],
    ['C', 4],
  ]),
  trace('c4', [
    ['B', 2],
    ['A', 1],
    ['C', 5],
  ]),
];

function mine(traces: Trace[]) {
  const m = new Miner({ throughputs: true });
  for (const t of traces) m.add(t);
  return m;
}

describe('directly-follows graph', () => {
  const dfg = mine(log()).dfg();
  it('counts activities, cases, starts and ends', () => {
    expect(dfg.cases).toBe(4);
    expect(dfg.events).toBe(11);
    expect(dfg.activities).toEqual([
      { name: 'A', count: 4, cases: 4, startCount: 4, endCount: 0 },
      { name: 'C', count: 4, cases: 4, startCount: 0, endCount: 4 },
      { name: 'B', count: 3, cases: 3, startCount: 0, endCount: 0 },
    ]);
    expect(dfg.starts).toEqual([{ activity: 'A', count: 4 }]);
    expect(dfg.ends).toEqual([{ activity: 'C', count: 4 }]);
  });
  it('counts edges with mean and median durations', () => {
    // A→B: 1, 2, 1 h → mean 4/3 h, median 1 h; B→C: 2, 4, 3 h → mean 3, median 3; A→C: 4 h.
    const byKey = Object.fromEntries(dfg.edges.map((e) => [`${e.from}>${e.to}`, e]));
    expect(byKey['A>B']).toMatchObject({ count: 3, medianMs: 1 * H });
    expect(byKey['A>B']!.meanMs).toBeCloseTo((4 / 3) * H, 6);
    expect(byKey['B>C']).toMatchObject({ count: 3, meanMs: 3 * H, medianMs: 3 * H });
    expect(byKey['A>C']).toMatchObject({ count: 1, meanMs: 4 * H, medianMs: 4 * H });
    expect(dfg.edges).toHaveLength(3);
  });
  it('takes the mean of the two middle values as median of an even count', () => {
    const d = mine([
      trace('x', [
        ['A', 0],
        ['B', 1],
      ]),
      trace('y', [
        ['A', 0],
        ['B', 4],
      ]),
    ]).dfg();
    expect(d.edges[0]!.medianMs).toBe(2.5 * H);
  });
  it('keeps ties in file order (stable)', () => {
    const d = mine([
      trace('x', [
        ['A', 0],
        ['Z', 1],
        ['Y', 1],
      ]),
    ]).dfg();
    expect(d.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(['A>Z', 'Z>Y']);
  });
});

describe('variants and throughput', () => {
  const m = mine(log());
  it('lists variants with count, share and throughput', () => {
    expect(m.variantList()).toEqual([
      {
        id: variantId(['A', 'B', 'C']),
        activities: ['A', 'B', 'C'],
        count: 3,
        share: 0.75,
        meanThroughputMs: (13 * H) / 3,
        medianThroughputMs: 4 * H,
      },
      {
        id: variantId(['A', 'C']),
        activities: ['A', 'C'],
        count: 1,
        share: 0.25,
        meanThroughputMs: 4 * H,
        medianThroughputMs: 4 * H,
      },
    ]);
  });
  it('builds an equal-width histogram of throughput times', () => {
    const h = m.throughput(3); // 3, 4, 4, 6 h; width 1 h: [3,4) [4,5) [5,6]
    expect(h).toMatchObject({ minMs: 3 * H, maxMs: 6 * H, meanMs: 4.25 * H, medianMs: 4 * H, p80Ms: 6 * H });
    expect(h.bins.map((b) => b.count)).toEqual([1, 2, 1]);
  });
});

describe('bottlenecks and reduction', () => {
  const dfg = mine(log()).dfg();
  it('ranks edges by mean waiting time × frequency', () => {
    // B→C 3 h × 3 = 9 h; A→B 4/3 h × 3 = 4 h; A→C 4 h × 1 = 4 h (tie: by name)
    const ranked = bottlenecks(dfg, 10);
    expect(ranked.map((e) => `${e.from}>${e.to}`)).toEqual(['B>C', 'A>B', 'A>C']);
    expect(ranked[0]!.scoreMs).toBe(9 * H);
  });
  it('keeps the top activities and paths', () => {
    const r = reduceDfg(dfg, 2, 5);
    expect(r.activities.map((a) => a.name)).toEqual(['A', 'C']);
    expect(r.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['A>C']);
    expect(r.shown).toEqual({ activities: 2, edges: 1, totalActivities: 3, totalEdges: 3 });
    expect(reduceDfg(dfg, 3, 1).edges).toHaveLength(1);
  });
});

describe('filters', () => {
  const day = (h: number) => t0 + h * H;
  it('time frame: contained vs intersecting', () => {
    const [c1, c2] = log();
    const f = { from: day(0), to: day(5) };
    expect(matches(c1!, { ...f, timeMode: 'contained' })).toBe(true);
    expect(matches(c2!, { ...f, timeMode: 'contained' })).toBe(false); // ends at 6 h
    expect(matches(c2!, { ...f, timeMode: 'intersecting' })).toBe(true);
    expect(matches(c2!, { from: day(7), timeMode: 'intersecting' })).toBe(false);
  });
  it('activity, start, end, variant and attribute', () => {
    const traces = log();
    traces[2]!.at = { channel: 'balie' };
    traces[0]!.ev[1]!.r = 'Piet';
    const ids = (f: Parameters<typeof matches>[1]) => traces.filter((t) => matches(t, f)).map((t) => t.id);
    expect(ids({ activity: 'B' })).toEqual(['c1', 'c2', 'c4']);
    expect(ids({ startActivity: 'A', endActivity: 'C' })).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ids({ endActivity: 'B' })).toEqual([]);
    expect(ids({ variant: variantId(['A', 'C']) })).toEqual(['c3']);
    expect(ids({ attrKey: 'channel', attrValue: 'balie' })).toEqual(['c3']);
    expect(ids({ attrKey: 'org:resource', attrValue: 'Piet' })).toEqual(['c1']);
  });
  it('finds the cases behind an edge', () => {
    const [c1, , c3] = log();
    expect(edgeCase(c1!, 'A', 'B')).toMatchObject({
      caseId: 'c1',
      occurrences: 1,
      edgeMeanMs: H,
      throughputMs: 3 * H,
    });
    expect(edgeCase(c3!, 'A', 'B')).toBeNull();
  });
});
