// V8 settings for the server process, applied on import: main.ts imports this module first, so
// they hold before any other module has run (no allocation site exists yet), whether the server
// is started by `npm start`, `node dist/server/main.js` or a supervisor. NODE_OPTIONS cannot carry
// these flags (Node accepts only a few V8 options there).
import { setFlagsFromString } from 'node:v8';

/**
 * Allocation-site pretenuring off. When objects from one allocation site survive scavenges often
 * enough, V8 allocates that site's later objects directly in the old generation. pg-protocol's
 * array of a data row's fields got that treatment, and from then on every row's field strings
 * were reachable from a dead old-space array until the next full collection: the resident history
 * (about 230 KB of contact text per request) was promoted whole, the old generation grew 15–20 MB/s
 * under history load, and a full collection every few seconds put 30–50 ms of marking into
 * whichever request was running (docs/benchmarks.md, Klantcontact). A request server's objects
 * live for one request; without pretenuring they die young as they should.
 */
export const SERVER_V8_FLAGS = ['--no-allocation-site-pretenuring'] as const;

for (const flag of SERVER_V8_FLAGS) setFlagsFromString(flag);
