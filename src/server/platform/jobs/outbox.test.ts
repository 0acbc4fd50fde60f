import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyBaseLogger } from 'fastify';
import { backoffDelay } from './worker.js';
import {
  describeDeliveryError,
  maskRecipient,
  messageIdOf,
  senderDomain,
  type OutboxLogger,
} from './adapters.js';
import { enqueueMessage, OutboxInputError } from './outbox.js';
import type { Tx } from '../db/client.js';

// The application's logger is what the worker logs to.
const _fastifyLoggerFits = (log: FastifyBaseLogger): OutboxLogger => log;

describe('backoffDelay', () => {
  const base = 30_000;
  const max = 60 * 60_000;

  it('doubles per attempt, with the jitter in the upper half', () => {
    expect(backoffDelay(1, base, max, 0)).toBe(15_000);
    expect(backoffDelay(1, base, max, 0.5)).toBe(22_500);
    expect(backoffDelay(2, base, max, 0.5)).toBe(45_000);
    expect(backoffDelay(3, base, max, 0)).toBe(60_000);
  });

  it('never exceeds the cap, never waits less than half of it once capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const d = backoffDelay(n, base, max, r);
        expect(d).toBeLessThanOrEqual(max);
        expect(d).toBeGreaterThanOrEqual(Math.min(max, base * 2 ** (n - 1)) / 2);
      }),
    );
  });

  it('never shrinks from one attempt to the next, whatever the jitter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r1, r2) => {
          if (base * 2 ** n > max) return; // at the cap the jitter alone decides
          expect(backoffDelay(n + 1, base, max, r2)).toBeGreaterThanOrEqual(backoffDelay(n, base, max, r1));
        },
      ),
    );
  });
});

describe('adapter helpers', () => {
  it('derives a stable Message-ID from the outbox id and the sender domain', () => {
    const id = '2f1e8a36-5d0b-4c1e-9a55-0d6f3b8e2c11';
    expect(messageIdOf(id, 'Gemeente X <noreply@Gemeente-X.nl>')).toBe(`<${id}@gemeente-x.nl>`);
    expect(messageIdOf(id, 'noreply@example.org')).toBe(`<${id}@example.org>`);
    expect(senderDomain('zonder adres')).toBe('buitenbinnen.invalid');
  });

  it('describes a failure without secrets and within 500 characters', () => {
    const error = Object.assign(new Error('Invalid login: user mailer / password Geheim-123 rejected'), {
      code: 'EAUTH',
      responseCode: 535,
    });
    const text = describeDeliveryError(error, ['Geheim-123', undefined]);
    expect(text).toBe('EAUTH 535: Invalid login: user mailer / password [verwijderd] rejected');
    expect(describeDeliveryError(new Error('x'.repeat(2000))).length).toBe(500);
  });

  it('masks recipients for the log', () => {
    expect(maskRecipient('jan.jansen@example.org')).toBe('j***@example.org');
    expect(maskRecipient('+31612345678')).toBe('+31*******78');
    expect(maskRecipient('123')).toBe('***');
  });
});

describe('enqueueMessage input checks', () => {
  const tx = null as unknown as Tx; // never reached: the checks come first
  const email = { channel: 'email' as const, recipient: 'a@example.org', subject: 'S', body: 'B' };

  it.each([
    [{ ...email, channel: 'fax' as never }, /unknown channel/],
    [{ ...email, recipient: 'a@example.org; b@example.org' }, /single e-mail/],
    [{ ...email, recipient: '' }, /recipient/],
    [{ ...email, subject: '' }, /needs a subject/],
    [{ ...email, subject: 'a\nBcc: b@example.org' }, /line break/],
    [{ ...email, body: '' }, /body/],
    [{ ...email, body: 'x'.repeat(100_001) }, /body/],
    [{ ...email, reference: { type: 'case', id: '' } }, /reference/],
    [{ ...email, dedupKey: '' }, /dedupKey/],
    [{ channel: 'whatsapp' as const, recipient: '06-12345678', body: 'B' }, /E\.164/],
  ])('refuses %j', async (message, why) => {
    await expect(enqueueMessage(tx, 'tenant', message)).rejects.toThrow(why);
    await expect(enqueueMessage(tx, 'tenant', message)).rejects.toBeInstanceOf(OutboxInputError);
  });
});
