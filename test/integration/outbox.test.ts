// The outbox end to end: enqueue in the business transaction, deliver over real SMTP on loopback,
// survive the mail server being down, dead-letter and retry through the API, never deliver twice.
// The worker is driven round by round with an explicit time, so nothing here waits on a clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { as, login, testConfig, type Login } from '../helpers/app.js';
import { createTestDatabase, usesPostgres, type TestDatabase } from '../helpers/database.js';
import { TestSmtpServer } from '../helpers/smtp-server.js';
import { buildApp } from '../../src/server/app.js';
import { makeDeps } from '../../src/server/platform/deps.js';
import { openDatabase, type Database } from '../../src/server/platform/db/client.js';
import { withTenant } from '../../src/server/platform/db/tenant.js';
import { seedDemo } from '../../src/server/platform/seed/demo.js';
import { tenants } from '../../src/server/platform/tenancy/tables.js';
import { teams } from '../../src/server/platform/accounts/tables.js';
import { outboxMessages } from '../../src/server/platform/jobs/tables.js';
import { enqueueMessage, type NewOutboxMessage } from '../../src/server/platform/jobs/outbox.js';
import { OutboxWorker, type OutboxWorkerOptions } from '../../src/server/platform/jobs/worker.js';
import {
  createDeliveryAdapters,
  messageIdOf,
  type DeliveryAdapter,
  type OutboxLogger,
  type SmtpSettings,
} from '../../src/server/platform/jobs/adapters.js';

const FROM = 'Gemeente Voorbeeldstad <noreply@voorbeeldstad.example>';
const BASE_MS = 30_000;

describe('outbox', () => {
  let t: TestDatabase;
  let database: Database;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let smtpSettings: SmtpSettings;
  let voorbeeldstad: string;
  let proefdorp: string;
  let admin: Login;
  // The worker's "now": it only moves forward, and each test starts it after the database's now()
  // so that a freshly enqueued message is due.
  let now = new Date();
  const later = (ms: number) => (now = new Date(now.getTime() + ms));

  const worker = (options: Partial<OutboxWorkerOptions> = {}) =>
    new OutboxWorker({
      database,
      adapters: createDeliveryAdapters(smtpSettings, quietLog()),
      random: () => 0.5,
      backoffBaseMs: BASE_MS,
      ...options,
    });

  const enqueue = (tenantId: string, message: Partial<NewOutboxMessage> = {}) =>
    withTenant(database, tenantId, (tx) =>
      enqueueMessage(tx, tenantId, {
        channel: 'email',
        recipient: 'inwoner@example.org',
        subject: 'Uw melding is ontvangen',
        body: 'Beste inwoner,\n\nWe hebben uw melding ontvangen.',
        ...message,
      }),
    );

  const row = async (tenantId: string, id: string) => {
    const [r] = await withTenant(database, tenantId, (tx) =>
      tx
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.tenantId, tenantId), eq(outboxMessages.id, id))),
    );
    if (!r) throw new Error(`no outbox row ${id}`);
    return r;
  };

  const receivedFor = (id: string) => smtp.withMessageId(messageIdOf(id, FROM));

  beforeAll(async () => {
    t = await createTestDatabase();
    database = t.database;
    await seedDemo(database);
    const rows = await database.db.select().from(tenants);
    voorbeeldstad = rows.find((r) => r.slug === 'voorbeeldstad')!.id;
    proefdorp = rows.find((r) => r.slug === 'proefdorp')!.id;
    smtp = new TestSmtpServer((address) => address.startsWith('onbekend@'));
    const port = await smtp.start();
    smtpSettings = { host: '127.0.0.1', port, secure: false, from: FROM };

    const deps = makeDeps(testConfig(), database);
    app = await buildApp(deps);
    await app.ready();
    admin = await login(app, 'voorbeeldstad', 'beheerder');
  });
  beforeEach(() => {
    now = new Date(Math.max(now.getTime(), Date.now()) + 1_000);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
    await t?.drop();
  });

  it('commits a message with the business write, or neither', async () => {
    const count = () =>
      withTenant(database, voorbeeldstad, async (tx) => ({
        messages: (await tx.select().from(outboxMessages).where(eq(outboxMessages.dedupKey, 'atomic-1')))
          .length,
        teams: (await tx.select().from(teams).where(eq(teams.name, 'Outbox-atomair'))).length,
      }));

    await expect(
      withTenant(database, voorbeeldstad, async (tx) => {
        await tx.insert(teams).values({ tenantId: voorbeeldstad, name: 'Outbox-atomair' });
        await enqueueMessage(tx, voorbeeldstad, {
          channel: 'email',
          recipient: 'inwoner@example.org',
          subject: 'Welkom',
          body: 'Welkom bij het team.',
          dedupKey: 'atomic-1',
        });
        throw new Error('business rule failed after the enqueue');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await count()).toEqual({ messages: 0, teams: 0 });

    const first = await withTenant(database, voorbeeldstad, async (tx) => {
      await tx.insert(teams).values({ tenantId: voorbeeldstad, name: 'Outbox-atomair' });
      return enqueueMessage(tx, voorbeeldstad, {
        channel: 'email',
        recipient: 'inwoner@example.org',
        subject: 'Welkom',
        body: 'Welkom bij het team.',
        dedupKey: 'atomic-1',
        reference: { type: 'team', id: 'outbox-atomair' },
      });
    });
    expect(first.created).toBe(true);
    expect(await count()).toEqual({ messages: 1, teams: 1 });

    // The same key again (a retried request) keeps the one message.
    const again = await enqueue(voorbeeldstad, { dedupKey: 'atomic-1', body: 'Nog eens.' });
    expect(again).toEqual({ id: first.id, created: false });
    expect(await count()).toEqual({ messages: 1, teams: 1 });
  });

  it('refuses a message that could never be delivered, before writing anything', async () => {
    await expect(enqueue(voorbeeldstad, { recipient: 'a@example.org, b@example.org' })).rejects.toThrow(
      /single e-mail address/,
    );
    await expect(enqueue(voorbeeldstad, { subject: 'Onderwerp\r\nBcc: x@example.org' })).rejects.toThrow(
      /line break/,
    );
    await expect(enqueue(voorbeeldstad, { channel: 'sms', recipient: '0612345678' })).rejects.toThrow(
      /E\.164/,
    );
  });

  it('delivers an e-mail to a real SMTP server, with a Message-ID derived from the outbox id', async () => {
    const body = 'Beste inwoner,\n\nUw melding over de lantaarnpaal is ontvangen. Één moment geduld.';
    const { id } = await enqueue(voorbeeldstad, {
      recipient: 'jan.jansen@example.org',
      subject: 'Melding ontvangen',
      body,
      reference: { type: 'case', id: 'M-2026-0001' },
    });
    const result = await worker().runOnce(later(1_000));
    // (The committed message of the first test goes out in the same round.)
    expect(result).toMatchObject({ retried: 0, dead: 0 });
    expect(result.sent).toBe(result.claimed);

    const [mail, ...more] = receivedFor(id);
    expect(more).toEqual([]);
    expect(mail!.rcptTo).toEqual(['jan.jansen@example.org']);
    expect(mail!.mailFrom).toBe('noreply@voorbeeldstad.example');
    expect(mail!.headers.get('to')).toBe('jan.jansen@example.org');
    expect(mail!.subject).toBe('Melding ontvangen');
    expect(mail!.text).toBe(body);
    expect(mail!.messageId).toBe(`<${id}@voorbeeldstad.example>`);
    expect(mail!.headers.get('auto-submitted')).toBe('auto-generated');

    const r = await row(voorbeeldstad, id);
    expect(r).toMatchObject({ status: 'sent', attempts: 1, lastError: null, nextAttemptAt: null });
    expect(r.sentAt).toEqual(now);
  });

  it('keeps messages while the SMTP server is down, backs off, and delivers exactly once after recovery', async () => {
    await smtp.stop();
    const w = worker();
    // Creates still succeed while the server is down.
    const { id } = await enqueue(voorbeeldstad, { subject: 'Storing', body: 'Bericht tijdens storing.' });

    const first = await w.runOnce(later(1_000));
    expect(first).toMatchObject({ sent: 0, retried: 1 });
    let r = await row(voorbeeldstad, id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r.lastError).toMatch(/ECONNREFUSED/);
    const firstWait = r.nextAttemptAt!.getTime() - now.getTime();
    expect(firstWait).toBe(0.75 * BASE_MS);

    // Not due yet: nothing happens, however often the worker looks.
    await w.runOnce(later(firstWait - 1));
    await w.runOnce(now);
    expect((await row(voorbeeldstad, id)).attempts).toBe(1);

    await w.runOnce(later(1));
    r = await row(voorbeeldstad, id);
    expect(r).toMatchObject({ status: 'pending', attempts: 2 });
    const secondWait = r.nextAttemptAt!.getTime() - now.getTime();
    expect(secondWait).toBe(1.5 * BASE_MS);
    expect(secondWait).toBeGreaterThan(firstWait);
    expect(receivedFor(id)).toEqual([]);

    await smtp.start();
    await w.runOnce(new Date((now = r.nextAttemptAt!).getTime()));
    r = await row(voorbeeldstad, id);
    expect(r).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    for (let i = 0; i < 3; i++) await w.runOnce(later(24 * 60 * 60_000));
    expect(receivedFor(id)).toHaveLength(1);
    expect(receivedFor(id)[0]!.text).toBe('Bericht tijdens storing.');
  });

  it('dead-letters after the last attempt, shows it to the beheerder, and retries it on request', async () => {
    await smtp.stop();
    const w = worker({ maxAttempts: 2 });
    const { id } = await enqueue(voorbeeldstad, { subject: 'Onbestelbaar', body: 'Komt niet aan.' });
    await w.runOnce(later(1_000));
    const pending = await row(voorbeeldstad, id);
    expect(pending.status).toBe('pending');
    const second = await w.runOnce((now = pending.nextAttemptAt!));
    expect(second).toMatchObject({ dead: 1 });
    expect(await row(voorbeeldstad, id)).toMatchObject({ status: 'dead', attempts: 2, nextAttemptAt: null });
    // Dead stays dead.
    await w.runOnce(later(24 * 60 * 60_000));
    expect((await row(voorbeeldstad, id)).attempts).toBe(2);

    const list = await app.inject({ method: 'GET', url: '/api/v1/outbox?status=dead', headers: as(admin) });
    expect(list.statusCode).toBe(200);
    const page = list.json();
    expect(page).toMatchObject({ page: 1, pageSize: 50 });
    const item = page.items.find((m: { id: string }) => m.id === id);
    expect(item).toMatchObject({
      status: 'dead',
      attempts: 2,
      channel: 'email',
      recipient: 'inwoner@example.org',
      subject: 'Onbestelbaar',
    });
    expect(item.lastError).toMatch(/ECONNREFUSED/);
    expect(item).not.toHaveProperty('body');
    expect(page.items.every((m: { status: string }) => m.status === 'dead')).toBe(true);

    const retry = await app.inject({ method: 'POST', url: `/api/v1/outbox/${id}/retry`, headers: as(admin) });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id, status: 'pending', attempts: 0 });
    const again = await app.inject({ method: 'POST', url: `/api/v1/outbox/${id}/retry`, headers: as(admin) });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);

    const audit = await app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?action=outbox.retry',
      headers: as(admin),
    });
    expect(audit.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'outbox.retry', objectId: id, result: 'success' }),
      ]),
    );

    await smtp.start();
    await w.runOnce(later(1_000));
    expect(await row(voorbeeldstad, id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(receivedFor(id)).toHaveLength(1);
  });

  it('dead-letters at once when the server refuses the recipient', async () => {
    const { id } = await enqueue(voorbeeldstad, { recipient: 'onbekend@example.org' });
    const result = await worker().runOnce(later(1_000));
    expect(result).toMatchObject({ dead: 1 });
    const r = await row(voorbeeldstad, id);
    expect(r).toMatchObject({ status: 'dead', attempts: 1 });
    expect(r.lastError).toMatch(/EENVELOPE 550/);
  });

  it('takes a message back from a worker that crashed while sending (lease expired)', async () => {
    const { id } = await enqueue(voorbeeldstad, { subject: 'Na een crash' });
    // What a crashed worker leaves behind: claimed, attempt counted, lease running.
    await withTenant(database, voorbeeldstad, (tx) =>
      tx
        .update(outboxMessages)
        .set({ status: 'sending', attempts: 1, nextAttemptAt: new Date(now.getTime() + 5 * 60_000) })
        .where(and(eq(outboxMessages.tenantId, voorbeeldstad), eq(outboxMessages.id, id))),
    );
    const w = worker({ leaseMs: 5 * 60_000 });
    expect((await w.runOnce(later(60_000))).claimed).toBe(0);
    expect((await row(voorbeeldstad, id)).status).toBe('sending');
    await w.runOnce(later(5 * 60_000));
    expect(await row(voorbeeldstad, id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(receivedFor(id)).toHaveLength(1);
  });

  it('never delivers a message twice with two workers running at the same time', async () => {
    // On PostgreSQL the second worker has its own connection pool, like a second process.
    const second = usesPostgres
      ? await openDatabase({ databaseUrl: t.url, dataDir: '/nonexistent', appRole: database.appRole })
      : database;
    try {
      const ids: string[] = [];
      for (let i = 0; i < 24; i++)
        ids.push((await enqueue(i % 3 ? voorbeeldstad : proefdorp, { subject: `Bericht ${i}` })).id);
      const a = worker({ batchSize: 3 });
      const b = new OutboxWorker({
        database: second,
        adapters: createDeliveryAdapters(smtpSettings, quietLog()),
        batchSize: 3,
      });
      let sent = 0;
      later(1_000);
      for (let round = 0; round < 50; round++) {
        const results = await Promise.all([a.runOnce(now), b.runOnce(now)]);
        sent += results[0].sent + results[1].sent;
        if (results.every((r) => r.claimed === 0)) break;
      }
      expect(sent).toBe(ids.length);
      for (const id of ids) expect(receivedFor(id), id).toHaveLength(1);
    } finally {
      if (second !== database) await second.close();
    }
  });

  it('keeps each gemeente to its own messages in the API', async () => {
    const { id } = await enqueue(proefdorp, { recipient: 'inwoner@proefdorp.example' });
    await withTenant(database, proefdorp, (tx) =>
      tx
        .update(outboxMessages)
        .set({ status: 'dead', nextAttemptAt: null, attempts: 15, lastError: 'test' })
        .where(and(eq(outboxMessages.tenantId, proefdorp), eq(outboxMessages.id, id))),
    );
    const list = await app.inject({ method: 'GET', url: '/api/v1/outbox?pageSize=200', headers: as(admin) });
    expect(list.statusCode).toBe(200);
    const own = list.json().items as { id: string; recipient: string }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((m) => m.id)).not.toContain(id);
    expect(own.some((m) => m.recipient.endsWith('@proefdorp.example'))).toBe(false);

    const foreign = await app.inject({
      method: 'POST',
      url: `/api/v1/outbox/${id}/retry`,
      headers: as(admin),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().type).toBe('https://buitenbinnen.nl/problems/not-found');
    expect((await row(proefdorp, id)).status).toBe('dead');

    const other = await login(app, 'proefdorp', 'beheerder');
    const theirs = await app.inject({ method: 'GET', url: '/api/v1/outbox?status=dead', headers: as(other) });
    expect(theirs.json().items.map((m: { id: string }) => m.id)).toContain(id);
    expect(theirs.json().total).toBe(1);
  });

  it('states its permission and validates its query', async () => {
    const kcc = await login(app, 'voorbeeldstad', 'kcc');
    expect((await app.inject({ method: 'GET', url: '/api/v1/outbox', headers: as(kcc) })).statusCode).toBe(
      403,
    );
    expect((await app.inject({ method: 'GET', url: '/api/v1/outbox' })).statusCode).toBe(401);
    const bad = await app.inject({ method: 'GET', url: '/api/v1/outbox?status=weg', headers: as(admin) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/status');
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/outbox?foo=1', headers: as(admin) });
    expect(unknown.statusCode).toBe(400);
    const notUuid = await app.inject({ method: 'POST', url: '/api/v1/outbox/123/retry', headers: as(admin) });
    expect(notUuid.statusCode).toBe(400);
  });

  it('logs SMS without a provider instead of sending it, without the content', async () => {
    const lines: { obj: Record<string, unknown>; msg: string }[] = [];
    const log = { ...quietLog(), info: (obj: object, msg: string) => lines.push({ obj: { ...obj }, msg }) };
    const { id } = await enqueue(voorbeeldstad, {
      channel: 'sms',
      recipient: '+31612345678',
      subject: null,
      body: 'Uw afspraak is morgen om 10:00 bij de balie.',
    });
    const w = new OutboxWorker({ database, adapters: createDeliveryAdapters(undefined, log) });
    await w.runOnce(later(1_000));
    expect(await row(voorbeeldstad, id)).toMatchObject({ status: 'sent' });
    const line = lines.find((l) => l.obj.outboxId === id)!;
    expect(line.obj).toMatchObject({ channel: 'sms', recipient: '+31*******78' });
    expect(JSON.stringify(line)).not.toMatch(/afspraak|612345678/);
  });

  it('stops gracefully: waits for the delivery in flight and hands back the rest', async () => {
    // Make sure nothing else is due, then two messages for one gemeente.
    await worker().runOnce(later(1_000));
    const one = await enqueue(voorbeeldstad, { subject: 'Eerste' });
    const two = await enqueue(voorbeeldstad, { subject: 'Tweede' });
    let release!: () => void;
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: DeliveryAdapter = {
      name: 'slow',
      async deliver() {
        started();
        await gate;
        return { providerReference: 'ok' };
      },
    };
    const adapters = { ...createDeliveryAdapters(undefined, quietLog()), email: slow };
    const w = new OutboxWorker({ database, adapters, pollIntervalMs: 60 * 60_000, clock: () => now });
    later(1_000);
    w.start();
    await inFlight;
    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;

    const rows = [await row(voorbeeldstad, one.id), await row(voorbeeldstad, two.id)];
    expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'sent']);
    const handedBack = rows.find((r) => r.status === 'pending')!;
    expect(handedBack.attempts).toBe(0);
    expect(handedBack.nextAttemptAt!.getTime()).toBeLessThanOrEqual(now.getTime());
  });
});

function quietLog(): OutboxLogger {
  return { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
}
