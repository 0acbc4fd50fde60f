// The mining core: no database. Traces are added one by one (stream-friendly) and the
// directly-follows graph, variants, throughput times and bottlenecks are read off at the end; the
// durations behind the exact medians may go to temporary files (group-medians.ts).
import { createHash } from 'node:crypto';
import { sortTrace, type Trace } from './model.js';
import { DoubleList, median, quantile } from './stats.js';
import { GroupMedians } from './group-medians.js';

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
  index: number;
}
interface EdgeRec {
  from: string;
  to: string;
  count: number;
  sum: number;
  group: number; // its durations in the edge medians
}
interface VariantRec {
  code: string; // the sequence as activity indices, one character each (see encode)
  count: number;
  sum: number;
  group: number; // its throughput times in the variant medians
}

/**
 * An activity index as a map-key fragment: one UTF-16 unit below 0xFFFF, else an escape and two
 * units. A variant is keyed by these codes, not by the joined names (a tenth of the memory).
 */
function encode(i: number): string {
  return i < 0xffff ? String.fromCharCode(i) : '\uffff' + String.fromCharCode(i >>> 16, i & 0xffff);
}
function decode(code: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < code.length; k++) {
    const c = code.charCodeAt(k);
    if (c < 0xffff) out.push(names[c]!);
    else {
      out.push(names[(code.charCodeAt(k + 1) << 16) | code.charCodeAt(k + 2)]!);
      k += 2;
    }
  }
  return out;
}

export interface MinerOptions {
  /** Keep each case's throughput time for throughput(): 8 bytes per case, so only when asked. */
  throughputs?: boolean;
  /** Values held in memory per median store before it writes sorted runs to a temporary file. */
  medianBuffer?: number;
}

/**
 * What a miner holds does not grow with the number of events: per activity, edge and variant a
 * count, a sum and an id; the durations behind the exact medians go to two GroupMedians stores,
 * which keep a fixed-size buffer and write sorted runs to disk beyond it.
 */
export class Miner {
  cases = 0;
  events = 0;
  private readonly acts = new Map<string, ActRec>();
  private readonly names: string[] = [];
  // from -> to -> edge: two lookups instead of building a key string per event.
  private readonly edges = new Map<string, Map<string, EdgeRec>>();
  private readonly edgeList: EdgeRec[] = [];
  private readonly variants = new Map<string, VariantRec>();
  private readonly variantRecs: VariantRec[] = [];
  private readonly edgeDurations: GroupMedians;
  private readonly variantThroughputs: GroupMedians;
  private readonly throughputs: DoubleList | null;
  private result: { edges: Float64Array; variants: Float64Array } | null = null;

  constructor(opts: MinerOptions = {}) {
    this.edgeDurations = new GroupMedians(opts.medianBuffer);
    this.variantThroughputs = new GroupMedians(opts.medianBuffer);
    this.throughputs = opts.throughputs ? new DoubleList() : null;
  }

  private act(name: string): ActRec {
    let rec = this.acts.get(name);
    if (!rec) {
      // A copy: a name sliced from the parser's text would keep that whole chunk alive.
      const own = (' ' + name).slice(1);
      rec = {
        name: own,
        count: 0,
        cases: 0,
        startCount: 0,
        endCount: 0,
        lastCase: -1,
        index: this.names.length,
      };
      this.names.push(own);
      this.acts.set(own, rec);
    }
    return rec;
  }

  /** Adds one trace; its events are put in timestamp order first (stable for ties). */
  add(trace: Trace): void {
    if (this.result) throw new Error('Miner: add after the results were read');
    const ev = sortTrace(trace).ev;
    if (ev.length === 0) return;
    const caseNo = this.cases++;
    this.events += ev.length;
    let key = '';
    let prev: ActRec | null = null;
    for (let i = 0; i < ev.length; i++) {
      const e = ev[i]!;
      const rec = this.act(e.a);
      rec.count++;
      if (rec.lastCase !== caseNo) {
        rec.cases++;
        rec.lastCase = caseNo;
      }
      key += encode(rec.index);
      if (prev) {
        let out = this.edges.get(prev.name);
        if (!out) {
          out = new Map();
          this.edges.set(prev.name, out);
        }
        let edge = out.get(rec.name);
        if (!edge) {
          edge = { from: prev.name, to: rec.name, count: 0, sum: 0, group: this.edgeList.length };
          this.edgeList.push(edge);
          out.set(rec.name, edge);
        }
        const d = e.t - ev[i - 1]!.t;
        edge.count++;
        edge.sum += d;
        this.edgeDurations.add(edge.group, d);
      }
      prev = rec;
    }
    this.act(ev[0]!.a).startCount++;
    prev!.endCount++;
    const throughput = ev[ev.length - 1]!.t - ev[0]!.t;
    this.throughputs?.push(throughput);
    let variant = this.variants.get(key);
    if (!variant) {
      variant = { code: key, count: 0, sum: 0, group: this.variantRecs.length };
      this.variantRecs.push(variant);
      this.variants.set(key, variant);
    }
    variant.count++;
    variant.sum += throughput;
    this.variantThroughputs.add(variant.group, throughput);
  }

  /** The exact medians, computed once (the stores' runs are removed after that). */
  private medians() {
    this.result ??= {
      edges: this.edgeDurations.medians(this.edgeList.length),
      variants: this.variantThroughputs.medians(this.variantRecs.length),
    };
    return this.result;
  }

  /** Removes any temporary runs of a miner whose results will not be read (a cancelled import). */
  dispose(): void {
    this.edgeDurations.dispose();
    this.variantThroughputs.dispose();
  }

  dfg(): Dfg {
    const medians = this.medians().edges;
    const activities = [...this.acts.values()]
      .map(({ lastCase: _l, index: _i, ...a }) => a)
      .sort((x, y) => y.count - x.count || cmp(x.name, y.name));
    const edges = this.edgeList
      .map((e) => ({
        from: e.from,
        to: e.to,
        count: e.count,
        meanMs: e.sum / e.count,
        medianMs: medians[e.group]!,
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
    const medians = this.medians().variants;
    return this.variantRecs
      .map((v) => {
        const activities = decode(v.code, this.names);
        return {
          id: variantId(activities),
          activities,
          count: v.count,
          share: this.cases ? v.count / this.cases : 0,
          meanThroughputMs: v.sum / v.count,
          medianThroughputMs: medians[v.group]!,
        };
      })
      .sort((x, y) => y.count - x.count || cmp(x.activities.join(SEP), y.activities.join(SEP)));
  }

  /** Throughput time (last − first event per case) as an equal-width histogram. */
  throughput(bins: number) {
    if (!this.throughputs) throw new Error('Miner: construct with { throughputs: true } for throughput()');
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
