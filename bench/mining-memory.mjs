// What stays live while mining an XES log (issue 6, "memory that does not grow with the file"):
// the heap after a full collection, array buffers (the median stores' buffers) and RSS, every
// 20,000 traces and after the DFG and variants are read. Recorded in docs/benchmarks.md.
//
//   node bench/mining.mjs --generate /tmp/log10.xes 2622000
//   flock /tmp/cpu.lock node --expose-gc --import tsx bench/mining-memory.mjs /tmp/log10.xes
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc --import tsx');
  process.exit(2);
}
const mod = (name) => pathToFileURL(join(ROOT, 'src/server/modules/mining', name)).href;
const { parseXesStream } = await import(mod('xes-parser.ts'));
const { Miner } = await import(mod('mine.ts'));
const file = process.argv[2];
const miner = new Miner();
let traces = 0;
const mb = (n) => (n / 2 ** 20).toFixed(1);
const sample = (label) => {
  globalThis.gc();
  const m = process.memoryUsage();
  console.log(
    `${label}\theap live ${mb(m.heapUsed)} MB\tarrayBuffers ${mb(m.arrayBuffers)} MB\trss ${mb(m.rss)} MB`,
  );
};
sample('start');
await parseXesStream(createReadStream(file, { highWaterMark: 1 << 20 }), {
  onTraces: (batch) => {
    for (const t of batch) miner.add(t);
    traces += batch.length;
    if (traces % 20000 < batch.length) sample(`traces ${traces}`);
  },
});
sample('parsed');
const dfg = miner.dfg();
const variants = miner.variantList();
sample(`mined (${dfg.events} events, ${dfg.edges.length} edges, ${variants.length} variants)`);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
