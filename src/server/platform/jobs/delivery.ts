// One delivery attempt of one outbox message, bounded in time: the adapter is raced against a
// timeout and the worker's stop signal, and whatever happens the attempt ends in an Outcome that the
// worker can record. Adapters get an AbortSignal so that a well-behaved one stops its own I/O too.
import {
  PermanentDeliveryError,
  describeDeliveryError,
  type DeliveryAdapters,
  type DeliveryResult,
} from './adapters.js';
import type { OutboxChannel, OutboxRow } from './tables.js';

export type Outcome =
  { kind: 'sent'; result: DeliveryResult } | { kind: 'failed'; error: string; permanent: boolean };

export async function deliverOnce(
  adapters: DeliveryAdapters,
  row: OutboxRow,
  timeoutMs: number,
  stop: AbortSignal,
): Promise<Outcome> {
  const channel = row.channel as OutboxChannel;
  const adapter = adapters[channel];
  if (!adapter)
    return { kind: 'failed', error: `no delivery adapter for channel "${row.channel}"`, permanent: true };
  const controller = new AbortController();
  const onStop = () => controller.abort(new Error('worker stopping'));
  stop.addEventListener('abort', onStop, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`delivery did not finish within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
    timer.unref();
  });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason as Error), {
      once: true,
    });
  });
  try {
    const result = await Promise.race([
      adapter.deliver(
        {
          id: row.id,
          tenantId: row.tenantId,
          channel,
          recipient: row.recipient,
          subject: row.subject,
          body: row.body,
          attempt: row.attempts,
        },
        controller.signal,
      ),
      timeout,
      aborted,
    ]);
    return { kind: 'sent', result: result ?? {} };
  } catch (error) {
    return {
      kind: 'failed',
      error: describeDeliveryError(error),
      permanent: error instanceof PermanentDeliveryError,
    };
  } finally {
    clearTimeout(timer);
    stop.removeEventListener('abort', onStop);
    // Settle the losing racers quietly.
    timeout.catch(() => undefined);
    aborted.catch(() => undefined);
  }
}
