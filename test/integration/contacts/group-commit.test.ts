// Group commit of contact registrations (modules/contacts/registrations.ts): concurrent
// registrations of one gemeente share a transaction. These tests hold that each lands exactly once
// with its own trail, that a refused or failing member fails only itself, that gemeenten stay
// apart, and that nobody gets an answer before the shared transaction has committed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { api, ownerQuery } from './helpers.js';
import { traceFrom } from '../../../src/server/platform/http/trace.js';
import { Problem } from '../../../src/server/platform/http/problem.js';
import type { ActionContext } from '../../../src/server/platform/audit/service.js';
import {
  contactRegistrations,
  type ContactRegistrations,
} from '../../../src/server/modules/contacts/registrations.js';

describe('group commit of contact registrations', () => {
  let t: TestApp;
  let kcc: Login;
  let kccProefdorp: Login;
  let c: ReturnType<typeof api>;
  let registrations: ContactRegistrations;
  let partyA: string;
  let partyB: string;

  const ctxOf = (s: Login): ActionContext => ({
    tenantId: s.tenantId,
    actor: { id: s.userId, name: 'KCC' },
    trace: traceFrom(undefined),
    origin: null,
    pseudonymKey: t.deps.keys.pseudonym,
  });
  const contact = (partyId: string | undefined, summary: string, extra: object = {}) => ({
    channel: 'phone' as const,
    direction: 'in' as const,
    partyId,
    topicCode: 'afval-niet-opgehaald',
    summary,
    outcome: 'answered' as const,
    ...extra,
  });
  /** Runs all registrations in the same turn, so that they go through the batcher together. */
  const registerAll = (items: Array<{ s: Login; body: ReturnType<typeof contact> }>) =>
    Promise.allSettled(items.map(({ s, body }) => registrations.register(ctxOf(s), body)));
  const idsOf = (results: PromiseSettledResult<{ id: string }>[]) =>
    results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.id] : []));
  const stored = (ids: string[]) =>
    ownerQuery<{ id: string; tenant_id: string; tx: string; audits: number; processing: number }>(
      t,
      sql`select c.id, c.tenant_id, c.xmin::text as tx,
            (select count(*)::int from audit_events a where a.object_id = c.id::text
              and a.action = 'contact.register') as audits,
            (select count(*)::int from processing_records p join parties x
              on x.tenant_id = c.tenant_id and x.pseudonym = p.subject_pseudonym
              where x.id = c.party_id and p.action = 'create' and p.trace_id in (
                select trace_id from audit_events a where a.object_id = c.id::text)) as processing
          from contacts c where c.id = any(${`{${ids.join(',')}}`}::uuid[])`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    kccProefdorp = await login(t.app, 'proefdorp', 'kcc');
    c = api(t);
    registrations = contactRegistrations(t.db.database);
    partyA = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Batch' })).json().id;
    partyB = (await c.post(kccProefdorp, '/api/v1/parties', { kind: 'person', familyName: 'Batch' })).json()
      .id;
  });
  afterAll(() => t.close());

  it('writes concurrent registrations in one transaction, each exactly once with its trail', async () => {
    const results = await registerAll(
      Array.from({ length: 25 }, (_, i) => ({ s: kcc, body: contact(partyA, `samen ${i}`) })),
    );
    const ids = idsOf(results);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    const rows = await stored(ids);
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => r.audits === 1 && r.processing === 1)).toBe(true);
    // Written together: one transaction id for all of them.
    expect(new Set(rows.map((r) => r.tx)).size).toBe(1);
    const first = results[0] as PromiseFulfilledResult<{ summary: string; partyId: string }>;
    expect(first.value).toMatchObject({
      summary: 'samen 0',
      partyId: partyA,
      topicName: 'Afval niet opgehaald',
    });
  });

  it('fails only the refused members of a batch, each with its own problem', async () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ s: kcc, body: contact(partyA, `gemengd ${i}`) }));
    items[3]!.body.topicCode = 'bestaat-niet';
    items[6]!.body.partyId = randomUUID();
    const results = await registerAll(items);
    const refused = results.map((r) => (r.status === 'rejected' ? (r.reason as Problem) : null));
    expect(refused.filter(Boolean)).toHaveLength(2);
    expect(refused[3]).toBeInstanceOf(Problem);
    expect(refused[3]!.status).toBe(422);
    expect(refused[3]!.errors).toEqual([
      { pointer: '/topicCode', detail: "onderwerp 'bestaat-niet' bestaat niet" },
    ]);
    expect(refused[6]!.errors?.[0]?.pointer).toBe('/partyId');
    const ids = idsOf(results);
    expect(ids).toHaveLength(8);
    const rows = await stored(ids);
    expect(rows.every((r) => r.audits === 1 && r.processing === 1)).toBe(true);
    const summaries = await ownerQuery<{ summary: string }>(
      t,
      sql`select summary from contacts where summary like 'gemengd %' order by summary`,
    );
    expect(summaries.map((s) => s.summary)).toEqual([0, 1, 2, 4, 5, 7, 8, 9].map((i) => `gemengd ${i}`));
  });

  it('keeps the gemeenten apart: one transaction each, and no party of the other', async () => {
    const items = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0
        ? { s: kcc, body: contact(partyA, `voorbeeldstad ${i}`) }
        : { s: kccProefdorp, body: contact(partyB, `proefdorp ${i}`) },
    );
    // Proefdorp naming the Voorbeeldstad resident: as if that party did not exist.
    items.push({ s: kccProefdorp, body: contact(partyA, 'proefdorp over een ander') });
    const results = await registerAll(items);
    const last = results.at(-1)!;
    expect(last.status).toBe('rejected');
    expect(((last as PromiseRejectedResult).reason as Problem).errors?.[0]?.pointer).toBe('/partyId');
    const ids = idsOf(results);
    expect(ids).toHaveLength(16);
    const rows = await stored(ids);
    const byTenant = (tenantId: string) => rows.filter((r) => r.tenant_id === tenantId);
    expect(byTenant(kcc.tenantId)).toHaveLength(8);
    expect(byTenant(kccProefdorp.tenantId)).toHaveLength(8);
    const txA = new Set(byTenant(kcc.tenantId).map((r) => r.tx));
    const txB = new Set(byTenant(kccProefdorp.tenantId).map((r) => r.tx));
    expect([...txA].some((x) => txB.has(x))).toBe(false);
    // Each gemeente sees only its own through the API.
    const seenByB = await c.get(kccProefdorp, `/api/v1/contacts?partyId=${partyA}`);
    expect(seenByB.json().total).toBe(0);
  });

  it('answers nobody before COMMIT: a fault at COMMIT leaves nothing and fails every member', async () => {
    // A deferred constraint trigger runs at COMMIT, after the insert statement succeeded.
    await t.db.database.asOwner(async (tx) => {
      await tx.execute(sql`create function test_fault_at_commit() returns trigger language plpgsql as $$
        begin if new.summary like 'fout bij commit%' then raise exception 'fault injected at commit'; end if;
        return null; end $$`);
      await tx.execute(sql`create constraint trigger test_fault_at_commit after insert on contacts
        deferrable initially deferred for each row execute function test_fault_at_commit()`);
    });
    try {
      const all = await registerAll(
        Array.from({ length: 6 }, (_, i) => ({ s: kcc, body: contact(partyA, `fout bij commit ${i}`) })),
      );
      expect(all.every((r) => r.status === 'rejected')).toBe(true);
      // drizzle wraps the database's error (on PostgreSQL: "Failed query: commit") with it as cause.
      const chain = (e: unknown): string =>
        e instanceof Error ? `${e.message}\n${chain((e as { cause?: unknown }).cause)}` : '';
      for (const r of all)
        expect(chain((r as PromiseRejectedResult).reason)).toContain('fault injected at commit');
      // One faulty member among good ones: the good ones land (retried alone), the faulty one fails.
      const mixed = await registerAll(
        Array.from({ length: 6 }, (_, i) => ({
          s: kcc,
          body: contact(partyA, i === 2 ? 'fout bij commit, gemengd' : `goed ${i}`),
        })),
      );
      expect(mixed.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
    } finally {
      await t.db.database.asOwner(async (tx) => {
        await tx.execute(sql`drop trigger test_fault_at_commit on contacts`);
        await tx.execute(sql`drop function test_fault_at_commit()`);
      });
    }
    const left = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from contacts where summary like 'fout bij commit%'`,
    );
    expect(left[0]!.n).toBe(0);
    const good = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from contacts where summary like 'goed %'`,
    );
    expect(good[0]!.n).toBe(5);
  });

  it('answers each concurrent POST on its own: 201 with Location, or its own 422', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => contact(partyA, `http ${i}`));
    bodies[5]!.topicCode = 'bestaat-ook-niet';
    const responses = await Promise.all(bodies.map((b) => c.post(kcc, '/api/v1/contacts', b)));
    expect(responses.map((r) => r.statusCode)).toEqual(bodies.map((_, i) => (i === 5 ? 422 : 201)));
    const bad = responses[5]!;
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0]).toMatchObject({ pointer: '/topicCode' });
    const created = responses.filter((r) => r.statusCode === 201).map((r) => r.json());
    expect(new Set(created.map((x) => x.id)).size).toBe(11);
    for (const [i, r] of responses.entries()) {
      if (i === 5) continue;
      expect(r.headers.location).toBe(`/api/v1/contacts/${r.json().id}`);
      expect(r.headers.etag).toBe('"1"');
      expect(r.json().summary).toBe(`http ${i}`);
    }
  });
});
