import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { count, ownerRows } from '../forms/helpers.js';
import { runRetentionForAll } from '../../../src/server/platform/privacy/index.js';

// Two residents of the same gemeente with their own contacts, cases, tasks and messages; the
// access export of one must contain all of theirs and nothing of the other's. Then the retention
// job on backdated records: deleted/anonymised/held counts, held records intact, no PII in the trail.
describe('privacy: access export, legal hold and retention', () => {
  let t: TestApp;
  let kcc: Login;
  let beheer: Login;
  let otherBeheer: Login;

  interface Resident {
    id: string;
    name: string;
    email: string;
    caseId: string;
    caseNumber: string;
    summary: string;
    task: string;
  }

  async function resident(givenName: string, familyName: string, bsn: string): Promise<Resident> {
    const email = `${givenName.toLowerCase()}@example.nl`;
    const p = await t.app.inject({
      method: 'POST',
      url: '/api/v1/parties',
      headers: as(kcc),
      payload: {
        kind: 'person',
        givenName,
        familyName,
        bsn,
        emails: [email],
        postcode: '1234AB',
        houseNumber: 5,
      },
    });
    expect(p.statusCode, p.body).toBe(201);
    const id = p.json().id as string;
    const summary = `${givenName} belde over de stoep bij de school`;
    const c = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: as(kcc),
      payload: { channel: 'counter', direction: 'in', partyId: id, summary, outcome: 'answered' },
    });
    expect(c.statusCode, c.body).toBe(201);
    const k = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: as(kcc),
      payload: {
        categoryCode: 'losliggende-tegel',
        partyId: id,
        description: `Melding van ${givenName} ${familyName}`,
        locationText: `Voor de deur van ${familyName}`,
        sourceChannel: 'phone',
        feedbackChannel: 'email',
        feedbackAddress: email,
      },
    });
    expect(k.statusCode, k.body).toBe(201);
    const task = `${givenName} terugbellen over de tegel`;
    const tk = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: as(kcc),
      payload: {
        kind: 'callback',
        partyId: id,
        description: task,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(tk.statusCode, tk.body).toBe(201);
    return { id, name: familyName, email, caseId: k.json().id, caseNumber: k.json().number, summary, task };
  }

  const exportOf = (id: string, who: Login) =>
    t.app.inject({ method: 'GET', url: `/api/v1/parties/${id}/access-export`, headers: as(who) });

  let jansen: Resident;
  let pietersen: Resident;

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    beheer = await login(t.app, 'voorbeeldstad', 'beheerder');
    otherBeheer = await login(t.app, 'proefdorp', 'beheerder');
    jansen = await resident('Anna', 'Jansen', '111222333');
    pietersen = await resident('Piet', 'Pietersen', '123456782');
  }, 240_000);
  afterAll(() => t.close());

  it('exports everything about one resident and nothing about another', async () => {
    const res = await exportOf(jansen.id, beheer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="inzage-${jansen.id}.json"`);
    const doc = res.json() as { parts: Record<string, unknown> };
    expect(Object.keys(doc.parts)).toEqual(['party', 'contacts', 'cases', 'tasks', 'messages']);
    const text = res.body;
    for (const mine of ['Jansen', jansen.email, '111222333', jansen.summary, jansen.caseNumber, jansen.task])
      expect(text).toContain(mine);
    expect((doc.parts.messages as unknown[]).length).toBeGreaterThan(0);
    for (const theirs of [
      'Pietersen',
      pietersen.email,
      '123456782',
      pietersen.summary,
      pietersen.caseNumber,
      pietersen.task,
    ])
      expect(text).not.toContain(theirs);
    // The case's events came along; the public token's hash did not.
    expect(text).toContain('"events"');
    expect(text).not.toContain('publicTokenHash');

    const logged = await count(t, 'processing_records', sql`activity = 'inzageverzoek'`);
    expect(logged).toBe(1);
    const audited = await count(
      t,
      'audit_events',
      sql`action = 'privacy.access-export' and object_id = ${jansen.id}`,
    );
    expect(audited).toBe(1);
  });

  it("answers 404 for an unknown resident or another gemeente's, 403 for the KCC", async () => {
    expect((await exportOf('00000000-0000-4000-8000-000000000001', beheer)).statusCode).toBe(404);
    expect((await exportOf(jansen.id, otherBeheer)).statusCode).toBe(404);
    expect((await exportOf(jansen.id, kcc)).statusCode).toBe(403);
  });

  it('reads and changes retention terms with If-Match', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/retention-terms', headers: as(beheer) });
    expect(list.statusCode).toBe(200);
    const types = (list.json().items as { recordType: string }[]).map((i) => i.recordType).sort();
    expect(types).toEqual([
      'cases',
      'contacts',
      'mining_logs',
      'outbox_messages',
      'parties',
      'satisfaction_responses',
      'tasks',
    ]);
    const url = '/api/v1/retention-terms/satisfaction_responses';
    const one = await t.app.inject({ method: 'GET', url, headers: as(beheer) });
    expect(one.json()).toMatchObject({ months: 24, action: 'anonymise' });
    const body = { months: 18, action: 'anonymise' };
    expect((await t.app.inject({ method: 'PUT', url, headers: as(beheer), payload: body })).statusCode).toBe(
      428,
    );
    expect(
      (await t.app.inject({ method: 'PUT', url, headers: as(beheer, { 'if-match': '"7"' }), payload: body }))
        .statusCode,
    ).toBe(412);
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': one.headers.etag as string }),
      payload: { months: 0, action: 'shred' },
    });
    expect(bad.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': one.headers.etag as string }),
      payload: body,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ months: 18, version: 2 });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/retention-terms/unknown', headers: as(beheer) }))
        .statusCode,
    ).toBe(404);
    // Another gemeente keeps its own term.
    const other = await t.app.inject({ method: 'GET', url, headers: as(otherBeheer) });
    expect(other.json()).toMatchObject({ months: 24, version: 1 });
  });

  it('sets a legal hold with If-Match, only in its own gemeente', async () => {
    const url = `/api/v1/parties/${pietersen.id}/legal-hold`;
    const party = await t.app.inject({
      method: 'GET',
      url: `/api/v1/parties/${pietersen.id}`,
      headers: as(kcc),
    });
    expect(party.statusCode).toBe(200);
    const elsewhere = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(otherBeheer, { 'if-match': party.headers.etag as string }),
      payload: { legalHold: true },
    });
    expect(elsewhere.statusCode).toBe(404);
    const stale = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': '"42"' }),
      payload: { legalHold: true },
    });
    expect(stale.statusCode).toBe(412);
    const res = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': party.headers.etag as string }),
      payload: { legalHold: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ partyId: pietersen.id, legalHold: true });
  });

  it('anonymises and deletes records past their term, skips held ones, and leaves a PII-free trail', async () => {
    // Both residents were last active three years ago; the case closed six years ago.
    const old = (years: number) => sql`now() - ${`${years} years`}::interval`;
    const both = [jansen.id, pietersen.id];
    const bothCases = [jansen.caseId, pietersen.caseId];
    await t.db.database.asOwner(async (tx) => {
      await tx.execute(
        sql`update parties set created_at = ${old(3)}, updated_at = ${old(3)} where id in (${sql.join(both, sql`, `)})`,
      );
      await tx.execute(
        sql`update contacts set occurred_at = ${old(3)} where party_id in (${sql.join(both, sql`, `)}) or case_id in (${sql.join(bothCases, sql`, `)})`,
      );
      await tx.execute(
        sql`update cases set status = 'gesloten', closed_at = ${old(6)}, updated_at = ${old(6)} where id in (${sql.join(bothCases, sql`, `)})`,
      );
      await tx.execute(
        sql`update tasks set status = 'done', completed_at = ${old(3)}, updated_at = ${old(3)} where party_id in (${sql.join(both, sql`, `)})`,
      );
      await tx.execute(sql`insert into satisfaction_responses (tenant_id, case_id, score, comment, created_at)
        select tenant_id, id, 2, 'Mijn buurvrouw ' || title, ${old(3)} from cases where id in (${sql.join(bothCases, sql`, `)})`);
      await tx.execute(
        sql`update outbox_messages set status = 'sent', sent_at = ${old(2)}, updated_at = ${old(2)} where reference_id in (${sql.join(bothCases, sql`, `)})`,
      );
    });
    const jansenContacts = await count(t, 'contacts', sql`party_id = ${jansen.id}`);
    const heldContacts = await count(
      t,
      'contacts',
      sql`party_id = ${pietersen.id} or case_id = ${pietersen.caseId}`,
    );
    const jansenMessages = await count(t, 'outbox_messages', sql`reference_id = ${jansen.caseId}`);
    const heldMessages = await count(t, 'outbox_messages', sql`reference_id = ${pietersen.caseId}`);
    const eventsBefore = await count(t, 'case_events', sql`case_id = ${jansen.caseId}`);
    expect(jansenContacts).toBeGreaterThan(0);
    expect(jansenMessages).toBeGreaterThan(0);
    expect(heldMessages).toBeGreaterThan(0);

    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-runs',
      headers: as(beheer),
      payload: {},
    });
    expect(run.statusCode, run.body).toBe(201);
    const s = run.json().summary as Record<string, { deleted: number; anonymised: number; held: number }>;
    expect(s.contacts).toMatchObject({ anonymised: jansenContacts, deleted: 0, held: heldContacts });
    expect(s.cases).toMatchObject({ anonymised: 1, deleted: 0, held: 1 });
    expect(s.tasks).toMatchObject({ deleted: 1, anonymised: 0, held: 1 });
    expect(s.satisfaction_responses).toMatchObject({ anonymised: 1, held: 1 });
    expect(s.outbox_messages).toMatchObject({ deleted: jansenMessages, held: heldMessages });
    expect(s.parties).toMatchObject({ anonymised: 1, deleted: 0, held: 1 });

    // Jansen: anonymised, identifiers and addresses gone, the case's event log kept.
    const [a] = await ownerRows<Record<string, unknown>>(
      t,
      sql`select * from parties where id = ${jansen.id}`,
    );
    expect(a).toMatchObject({
      display_name: 'Geanonimiseerd',
      family_name: null,
      postcode: null,
      house_number: null,
    });
    expect(a!.anonymised_at).not.toBeNull();
    expect(await count(t, 'party_identifiers', sql`party_id = ${jansen.id}`)).toBe(0);
    expect(await count(t, 'party_addresses', sql`party_id = ${jansen.id}`)).toBe(0);
    const [c] = await ownerRows<Record<string, unknown>>(
      t,
      sql`select * from cases where id = ${jansen.caseId}`,
    );
    expect(c).toMatchObject({ description: '', location_text: null, feedback_address: null, party_id: null });
    expect(await count(t, 'case_events', sql`case_id = ${jansen.caseId}`)).toBe(eventsBefore);
    expect(await count(t, 'contacts', sql`summary = ${jansen.summary}`)).toBe(0);
    expect(await count(t, 'tasks', sql`description = ${jansen.task}`)).toBe(0);

    // Pietersen (legal hold): everything intact.
    const [b] = await ownerRows<Record<string, unknown>>(
      t,
      sql`select * from parties where id = ${pietersen.id}`,
    );
    expect(b).toMatchObject({ family_name: 'Pietersen', anonymised_at: null });
    expect(await count(t, 'party_identifiers', sql`party_id = ${pietersen.id}`)).toBe(1);
    expect(await count(t, 'contacts', sql`summary = ${pietersen.summary}`)).toBe(1);
    expect(await count(t, 'tasks', sql`description = ${pietersen.task}`)).toBe(1);
    expect(await count(t, 'cases', sql`id = ${pietersen.caseId} and description <> ''`)).toBe(1);
    expect(
      await count(t, 'satisfaction_responses', sql`case_id = ${pietersen.caseId} and comment is not null`),
    ).toBe(1);
    expect(await count(t, 'outbox_messages', sql`reference_id = ${pietersen.caseId}`)).toBe(heldMessages);
    expect(await count(t, 'outbox_messages', sql`reference_id = ${jansen.caseId}`)).toBe(0);

    // The trail: a run row and an audit record, neither naming anyone.
    const runId = run.json().id as string;
    const audit = await ownerRows<Record<string, unknown>>(
      t,
      sql`select * from audit_events where action = 'privacy.retention-run'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_type: 'retention-run', object_id: runId });
    const trail = JSON.stringify([audit, await ownerRows(t, sql`select * from retention_runs`)]);
    for (const pii of [
      'Jansen',
      'Pietersen',
      'Anna',
      'Piet',
      jansen.email,
      pietersen.email,
      jansen.id,
      pietersen.id,
    ])
      expect(trail).not.toContain(pii);
  });

  it('does nothing more on a second run, and keeps runs per gemeente', async () => {
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-runs',
      headers: as(beheer),
      payload: {},
    });
    expect(run.statusCode).toBe(201);
    const s = run.json().summary as Record<string, { deleted: number; anonymised: number; held: number }>;
    for (const counts of Object.values(s)) {
      expect(counts.deleted).toBe(0);
      expect(counts.anonymised).toBe(0);
    }
    expect(s.parties!.held).toBe(1);
    const mine = await t.app.inject({ method: 'GET', url: '/api/v1/retention-runs', headers: as(beheer) });
    expect(mine.json().total).toBe(2);
    const theirs = await t.app.inject({
      method: 'GET',
      url: '/api/v1/retention-runs',
      headers: as(otherBeheer),
    });
    expect(theirs.json().total).toBe(0);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/retention-runs', headers: as(kcc) })).statusCode,
    ).toBe(403);
  });

  it('runs for every gemeente from the daily job, without an actor', async () => {
    const gemeenten = await count(t, 'tenants');
    const before = await count(t, 'retention_runs');
    const done = await runRetentionForAll(t.deps.database, t.app.privacy, t.deps.keys.pseudonym);
    expect(done).toBe(gemeenten);
    expect(await count(t, 'retention_runs')).toBe(before + gemeenten);
    const scheduled = await count(
      t,
      'audit_events',
      sql`action = 'privacy.retention-run' and actor_id is null`,
    );
    expect(scheduled).toBe(gemeenten);
  });
});
