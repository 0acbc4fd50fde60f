// A large log streams through the reader and the miner without the file ever being in memory:
// the text is generated chunk by chunk here (about 100 MB in all), and the heap in use may grow by
// only a fraction of that. The heap is measured after a full collection (gc exposed at run time), so
// the figure is what is live, not garbage waiting for the collector. This is what lets an import of a multi-gigabyte log run in bounded memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseXesStream } from './xes-parser.js';
import { Miner } from './mine.js';

const ACTIVITIES = ['Ontvangen', 'Registreren', 'Beoordelen', 'Aanvullen', 'Besluiten', 'Versturen'];
const TRACES = 100_000;
const PER_CHUNK = 500;

function traceXml(n: number): string {
  const start = Date.UTC(2025, 0, 1) + n * 60_000;
  // Two variants: every seventh case skips "Aanvullen".
  const acts = n % 7 === 0 ? ACTIVITIES.filter((a) => a !== 'Aanvullen') : ACTIVITIES;
  const events = acts
    .map(
      (a, i) =>
        `<event><string key="concept:name" value="${a}"/><string key="org:resource" value="medewerker-${(n + i) % 40}"/>` +
        `<date key="time:timestamp" value="${new Date(start + i * 3_600_000).toISOString()}"/></event>`,
    )
    .join('');
  return `<trace><string key="concept:name" value="zaak-${n}"/>${events}</trace>\n`;
}

async function* generatedLog(stats: { bytes: number }) {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n';
  stats.bytes += head.length;
  yield Buffer.from(head);
  for (let n = 0; n < TRACES; n += PER_CHUNK) {
    let text = '';
    for (let i = n; i < n + PER_CHUNK; i++) text += traceXml(i);
    stats.bytes += text.length;
    yield Buffer.from(text);
  }
  yield Buffer.from('</log>\n');
}

describe('streaming a large generated log', () => {
  it('mines about 100 MB of XES keeping less than an eighth of it live', async () => {
    const stats = { bytes: 0 };
    const miner = new Miner();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let batches = 0;
    await parseXesStream(generatedLog(stats), {
      onTraces: (batch) => {
        for (const t of batch) miner.add(t);
        if (++batches % 5 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
      },
    });
    const dfg = miner.dfg();
    const sevenths = Math.ceil(TRACES / 7);
    expect(dfg.cases).toBe(TRACES);
    expect(dfg.events).toBe(TRACES * 6 - sevenths);
    expect(miner.variantList()).toHaveLength(2);
    expect(stats.bytes).toBeGreaterThan(90 * 2 ** 20);
    // What stays live is the miner's tallies and one batch of traces, not the file.
    expect(peak).toBeLessThan(stats.bytes / 8);
  }, 120_000);
});
