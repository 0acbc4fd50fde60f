// Channel mix and the waiting and handling times of each channel, as a KCC of a mid-sized
// gemeente might see them. Invented for the demo, not measured anywhere.
import type { Prng } from '../../../shared/demo/prng.js';

export type DemoChannel =
  'phone' | 'email' | 'counter' | 'eform' | 'whatsapp' | 'chat' | 'social' | 'letter' | 'sms';

/** Staffed channels happen only while the office is open; digital ones arrive at any hour. */
export const STAFFED: readonly DemoChannel[] = ['phone', 'counter', 'chat', 'letter'];
export const DIGITAL: readonly DemoChannel[] = ['email', 'eform', 'whatsapp', 'social'];
export const STAFFED_SHARE = [0.44, 0.11, 0.06, 0.02];
export const DIGITAL_SHARE = [0.15, 0.13, 0.07, 0.02];

/** Median and spread (sigma of the log) in seconds; null where the channel has no such time. */
const TIMES: Record<DemoChannel, { wait: [number, number] | null; handle: [number, number] | null }> = {
  phone: { wait: [55, 0.8], handle: [230, 0.6] },
  chat: { wait: [40, 0.7], handle: [420, 0.5] },
  counter: { wait: [300, 0.6], handle: [380, 0.5] },
  whatsapp: { wait: [900, 0.8], handle: [240, 0.6] },
  email: { wait: null, handle: [300, 0.6] },
  letter: { wait: null, handle: [600, 0.5] },
  social: { wait: null, handle: [180, 0.6] },
  eform: { wait: null, handle: null },
  sms: { wait: null, handle: null },
};

const lognormal = (rng: Prng, [median, sigma]: [number, number]) =>
  Math.round(median * Math.exp(rng.normal(0, sigma)));

/**
 * Waiting and handling seconds. `load` (about 0.5–1.6) is how busy the hour is: queues grow
 * faster than the load. `closedMinutes` is how long a message waited for the office to open.
 */
export function channelTimes(
  rng: Prng,
  channel: DemoChannel,
  load: number,
  closedMinutes = 0,
): { waitSeconds: number | null; handleSeconds: number | null } {
  const t = TIMES[channel];
  const wait = t.wait ? Math.round(lognormal(rng, t.wait) * load * load) + closedMinutes * 60 : null;
  return { waitSeconds: wait, handleSeconds: t.handle ? Math.max(20, lognormal(rng, t.handle)) : null };
}
