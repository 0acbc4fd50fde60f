import { describe, expect, it } from 'vitest';
import type { Dfg } from '../types';
import { END, mapModel, START } from './mapModel';

const act = (name: string, count: number) => ({ name, count, cases: count, startCount: 0, endCount: 0 });
const dfg: Dfg = {
  totalCases: 10,
  filteredCases: 10,
  events: 30,
  activities: [act('a', 10), act('b', 8), act('c', 2)],
  edges: [
    { from: 'a', to: 'b', count: 8, meanMs: 1000, medianMs: 500 },
    { from: 'a', to: 'c', count: 2, meanMs: 9000, medianMs: 9000 },
    { from: 'b', to: 'b', count: 1, meanMs: 10, medianMs: 10 },
  ],
  starts: [{ activity: 'a', count: 10 }],
  ends: [
    { activity: 'b', count: 8 },
    { activity: 'c', count: 2 },
  ],
  shown: { activities: 3, edges: 3, totalActivities: 3, totalEdges: 3 },
};

describe('mapModel', () => {
  it('keeps the most frequent activities and only edges between them', () => {
    const model = mapModel(dfg, 2, 10, 'frequency');
    expect(model.activities.map((a) => a.name)).toEqual(['a', 'b']);
    expect(model.edges.filter((e) => !e.synthetic).map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'b>b']);
    expect(model.edges.filter((e) => e.synthetic).map((e) => `${e.from}>${e.to}`)).toEqual([
      `${START}>a`,
      `b>${END}`,
    ]);
  });

  it('limits paths by frequency and scales width by the chosen measure', () => {
    const byCount = mapModel(dfg, 3, 2, 'frequency').edges.filter((e) => !e.synthetic);
    expect(byCount.map((e) => e.count)).toEqual([8, 2]);
    expect(byCount[0]!.width).toBe(10);
    const byTime = mapModel(dfg, 3, 2, 'performance').edges.filter((e) => !e.synthetic);
    expect(byTime[1]!.width).toBe(10);
    expect(byTime[0]!.width).toBeLessThan(5);
  });
});
