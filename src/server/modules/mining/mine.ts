// The mining core: pure, no database. Traces are added one by one (stream-friendly) and the
// directly-follows graph, variants, throughput times and bottlenecks are read off at the end.
import { createHash } from 'node:crypto';
import { sortTrace, type Trace } from './model.js';
import { DoubleList, median, quantile } from './stats.js';

export interface ActivityStat {
  name: string;
  count: number;
  cases: number;
  startCount: number;
  endCount: number;
}
export interface EdgeStat {
  from: string;
  to: string;
  count: number;
  meanMs: number;
  medianMs: number;
}
export interface Dfg {
  cases: number;
  events: number;
  activities: ActivityStat[];
  edges: EdgeStat[];
  starts: { activity: string; count: number }[];
  ends: { activity: string; count: number }[];
}
export interface Variant {
  id: string;
  activities: string[];
  count: number;
  share: number;
  meanThroughputMs: number;
  medianThroughputMs: number;
}

const SEP = '\u0001';

/** A stable id for a sequence of activities, usable as a filter value. */
export function variantId(activities: readonly string[]): string {
  return 'v-' + createHash('sha1').update(activities.join(SEP)).digest('hex').slice(0, 12);
}

interface ActRec extends ActivityStat {
  lastCase: number;
}
interface EdgeRec {
  from: string;
  to: string;
  durations: DoubleList;
}
interface VariantRec {
  activities: string[];
  throughputs: DoubleList;
}

export class Miner {
  cases = 0;
  events = 0;
  private readonly acts = new Map<string, ActRec>();
  // from -> to -> edge: two lookups instead of building a key string per event.
  private readonly edges = new Map<string, Map<string, EdgeRec>>();
  private readonly variants = new Map<string, VariantRec>();
  private readonly throughputs = new DoubleList();

  private act(name: string): ActRec {
    let rec = this.acts.get(name);
    if (!rec) {
      rec = { name, count: 0, cases: 0, startCount: 0, endCount: 0, lastCase: -1 };
      this.acts.set(name, rec);
    }
    return rec;
  }

  /** Adds one trace; its events are put in timestamp order first (stable for ties). */
  add(trace: Trace): void {
    const ev = sortTrace(trace).ev;
    if (ev.length === 0) return;
    const caseNo = this.cases++;
    this.events += ev.length;
    let key = '';
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i]!;
      const rec = this.act(e.a);
      rec.count++;
      if (rec.lastCase !== caseNo) {
        rec.cases++;
        rec.lastCase = caseNo;
      }
      key = i === 0 ? e.a : key + SEP + e.a;
      if (i > 0) {
        const p = ev[i - 1]!;
        let out = this.edges.get(p.a);
        if (!out) {
          out = new Map();
          this.edges.set(p.a, out);
        }
        let edge = out.get(e.a);
        if (!edge) {
          edge = { from: p.a, to: e.a, durations: new DoubleList() };
          out.set(e.a, edge);
        }
        edge.durations.push(e.t - p.t);
      }
    }
    this.act(ev[0]!.a).startCount++;
    this.act(ev[ev.length - 1]!.a).endCount++;
    const throughput = ev[ev.length - 1]!.t - ev[0]!.t;
    this.throughputs.push(throughput);
    let variant = this.variants.get(key);
    if (!variant) {
      variant = { activities: ev.map((e) => e.a), throughputs: new DoubleList() };
      this.variants.set(key, variant);
    }
    variant.throughputs.push(throughput);
  }

  dfg(): Dfg {
    const activities = [...this.acts.values()]
      .map(({ lastCase: _l, ...a }) => a)
      .sort((x, y) => y.count - x.count || cmp(x.name, y.name));
    const edges = [...this.edges.values()]
      .flatMap((out) => [...out.values()])
      .map((e) => ({
        from: e.from,
        to: e.to,
        count: e.durations.length,
        meanMs: e.durations.sum() / e.durations.length,
        medianMs: median(e.durations.values())!,
      }))
      .sort((x, y) => y.count - x.count || cmp(x.from, y.from) || cmp(x.to, y.to));
    return {
      cases: this.cases,
      events: this.events,
      activities,
      edges,
      starts: activities
        .filter((a) => a.startCount > 0)
        .map((a) => ({ activity: a.name, count: a.startCount }))
        .sort((x, y) => y.count - x.count || cmp(x.activity, y.activity)),
      ends: activities
        .filter((a) => a.endCount > 0)
        .map((a) => ({ activity: a.name, count: a.endCount }))
        .sort((x, y) => y.count - x.count || cmp(x.activity, y.activity)),
    };
  }

  /** All variants, most frequent first (ties by sequence). */
  variantList(): Variant[] {
    return [...this.variants.values()]
      .map((v) => ({
        id: variantId(v.activities),
        activities: v.activities,
        count: v.throughputs.length,
        share: this.cases ? v.throughputs.length / this.cases : 0,
        meanThroughputMs: v.throughputs.sum() / v.throughputs.length,
        medianThroughputMs: median(v.throughputs.values())!,
      }))
      .sort((x, y) => y.count - x.count || cmp(x.activities.join(SEP), y.activities.join(SEP)));
  }

  /** Throughput time (last − first event per case) as an equal-width histogram. */
  throughput(bins: number) {
    const sorted = Float64Array.from(this.throughputs.values()).sort();
    const n = sorted.length;
    if (n === 0) return { minMs: null, maxMs: null, meanMs: null, medianMs: null, p80Ms: null, bins: [] };
    const min = sorted[0]!;
    const max = sorted[n - 1]!;
    const width = (max - min) / bins;
    const counts = new Array<number>(bins).fill(0);
    for (const v of sorted) counts[width === 0 ? 0 : Math.min(bins - 1, Math.floor((v - min) / width))]!++;
    const used = width === 0 ? 1 : bins;
    return {
      minMs: min,
      maxMs: max,
      meanMs: this.throughputs.sum() / n,
      medianMs: median(sorted),
      p80Ms: quantile(sorted, 0.8),
      bins: counts.slice(0, used).map((count, i) => ({
        fromMs: min + i * width,
        toMs: width === 0 ? max : min + (i + 1) * width,
        count,
      })),
    };
  }
}

/** Edges ranked by the waiting time they cause in total: mean duration × frequency. */
export function bottlenecks(dfg: Dfg, limit: number) {
  return dfg.edges
    .map((e) => ({ ...e, scoreMs: e.meanMs * e.count }))
    .sort((x, y) => y.scoreMs - x.scoreMs || cmp(x.from, y.from) || cmp(x.to, y.to))
    .slice(0, limit);
}

/**
 * Keeps the N most frequent activities and, among the edges between them, the M most frequent.
 * Counts stay those of the whole log; dropped activities are not bridged.
 */
export function reduceDfg(dfg: Dfg, maxActivities?: number, maxEdges?: number) {
  const activities = maxActivities === undefined ? dfg.activities : dfg.activities.slice(0, maxActivities);
  const kept = new Set(activities.map((a) => a.name));
  const between = dfg.edges.filter((e) => kept.has(e.from) && kept.has(e.to));
  const edges = maxEdges === undefined ? between : between.slice(0, maxEdges);
  return {
    ...dfg,
    activities,
    edges,
    starts: dfg.starts.filter((s) => kept.has(s.activity)),
    ends: dfg.ends.filter((s) => kept.has(s.activity)),
    shown: {
      activities: activities.length,
      edges: edges.length,
      totalActivities: dfg.activities.length,
      totalEdges: dfg.edges.length,
    },
  };
}

/** Code-point order, independent of the server's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
