// Concurrency, atomicity, tenant isolation, tasks and the work queue, the public helpers for the
// forms module, and the event log (JSON and XES).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { api, asSystem, createCase, createParty, setStatus, startWorld, type World } from './helpers.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { contacts } from '../../../src/server/modules/contacts/tables.js';
import { outboxMessages } from '../../../src/server/platform/jobs/tables.js';
import { caseEvents, cases } from '../../../src/server/modules/cases/tables.js';
import { setStatusFaultHook } from '../../../src/server/modules/cases/status.js';
import {
  createCase as createCaseService,
  historyForParty,
  publicCaseView,
  readCaseEventLog,
  submitSatisfaction,
} from '../../../src/server/modules/cases/index.js';
import { addWorkingDays } from '../../../src/shared/calendar/working-days.js';

describe('cases: concurrency, atomicity, isolation, tasks, public view, event log', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 240_000);
  afterAll(() => w.t.close());

  it('gives 50 concurrent creates 50 distinct numbers', async () => {
    // On a busy machine a request may not get a pooled connection in time and answers 503 with
    // Retry-After; a client retries it (with the same Idempotency-Key, so never twice; 409 while
    // the first attempt is still being cleaned up).
    const createOne = async (i: number) => {
      const key = `concurrent-${i}-${Date.now()}`;
      for (let attempt = 0; ; attempt++) {
        const res = await api(
          w,
          w.kcc,
          'POST',
          '/api/v1/cases',
          { categoryCode: 'volle-container', description: `container ${i}`, sourceChannel: 'phone' },
          { 'idempotency-key': key },
        );
        if (![503, 409].includes(res.statusCode) || attempt === 8) return res;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => createOne(i)));
    expect(created.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const numbers = created.map((r) => r.json().number as string);
    expect(new Set(numbers).size).toBe(50);
    const values = numbers.map((n) => Number(n.split('-')[2])).sort((a, b) => a - b);
    // Gap-free: the counter is bumped in the case's own transaction.
    expect(values[49]! - values[0]!).toBe(49);
  }, 120_000);

  it('numbers per kind with its own prefix', async () => {
    const vraag = await createCase(w, { categoryCode: 'vraag-algemeen' });
    const klacht = await createCase(w, { categoryCode: 'klacht-behandeling' });
    const aanvraag = await createCase(w, { categoryCode: 'extra-container' });
    expect(vraag.number).toMatch(/^V-\d{4}-000001$/);
    expect(klacht.number).toMatch(/^K-\d{4}-000001$/);
    expect(aanvraag.number).toMatch(/^A-\d{4}-000001$/);
  });

  it('leaves nothing when the transaction fails after the outbox row was written', async () => {
    const party = await createParty(w, {
      givenName: 'Fout',
      familyName: 'Test',
      emails: ['fout@example.org'],
    });
    const c = await createCase(w, { partyId: party });
    const count = async () =>
      withTenant(w.t.deps.database, w.kcc.tenantId, async (tx) => ({
        events: (await tx.select().from(caseEvents).where(eq(caseEvents.caseId, c.id))).length,
        messages: (await tx.select().from(outboxMessages).where(eq(outboxMessages.referenceId, c.id))).length,
        contacts: (await tx.select().from(contacts).where(eq(contacts.caseId, c.id))).length,
        status: (await tx.select().from(cases).where(eq(cases.id, c.id)))[0]!.status,
      }));
    const before = await count();
    expect(before).toEqual({ events: 1, messages: 1, contacts: 1, status: 'gemeld' });
    let reached = false;
    setStatusFaultHook(async () => {
      // The message is in the outbox (in this transaction) when the fault strikes.
      reached = true;
      throw new Error('injected fault before commit');
    });
    try {
      const res = await setStatus(w, c, { status: 'in_behandeling' });
      expect(res.statusCode).toBe(500);
    } finally {
      setStatusFaultHook(null);
    }
    expect(reached).toBe(true);
    expect(await count()).toEqual(before);
    // And without the fault the same change goes through, exactly once.
    expect((await setStatus(w, c, { status: 'in_behandeling' })).statusCode).toBe(200);
    expect(await count()).toEqual({ events: 2, messages: 2, contacts: 2, status: 'in_behandeling' });
  });

  it('keeps each gemeente to its own cases and tasks (404, lists exclude)', async () => {
    const c = await createCase(w, {});
    const task = await api(w, w.kcc, 'POST', '/api/v1/tasks', {
      kind: 'internal',
      caseId: c.id,
      description: 'Foto maken',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(task.statusCode, task.body).toBe(201);
    const taskId = task.json().id;
    const o = w.other;
    expect((await api(w, o, 'GET', `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    expect(
      (await api(w, o, 'PATCH', `/api/v1/cases/${c.id}`, { title: 'x' }, { 'if-match': '"1"' })).statusCode,
    ).toBe(404);
    expect((await setStatus(w, c, { status: 'in_behandeling' }, o)).statusCode).toBe(404);
    expect((await api(w, o, 'GET', `/api/v1/tasks/${taskId}`)).statusCode).toBe(404);
    expect(
      (await api(w, o, 'PATCH', `/api/v1/tasks/${taskId}`, { status: 'cancelled' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(404);
    expect((await api(w, o, 'GET', '/api/v1/cases')).json().total).toBe(0);
    expect((await api(w, o, 'GET', '/api/v1/tasks')).json().total).toBe(0);
    expect((await api(w, o, 'GET', '/api/v1/work-queue?scope=team')).json().items).toEqual([]);
    // A task in proefdorp cannot point at voorbeeldstad's case.
    const cross = await api(w, o, 'POST', '/api/v1/tasks', {
      kind: 'internal',
      caseId: c.id,
      description: 'x',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.json().errors[0].pointer).toBe('/caseId');
    const beheerderO = await (await import('../../helpers/app.js')).login(w.t.app, 'proefdorp', 'analist');
    const log = (await api(w, beheerderO, 'GET', '/api/v1/case-events?pageSize=200')).json();
    expect(log.items).toEqual([]);
    // Proefdorp's own catalogue, routed to its own team.
    const own = await createCase(w, {}, o);
    expect(own.number).toMatch(/^M-\d{4}-000001$/);
  });

  it('tasks: create, list, finish with a result (If-Match), and the work queue by due date', async () => {
    const yesterdayCase = await createCase(w, { categoryCode: 'overhangend-groen' });
    // A case that is already late: its due date is moved into the past directly in the database.
    await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx
        .update(cases)
        .set({ dueDate: '2020-01-02', assigneeId: w.behandelaar.userId })
        .where(eq(cases.id, yesterdayCase.id)),
    );
    const bad = await api(w, w.kcc, 'POST', '/api/v1/tasks', {
      kind: 'callback',
      description: 'Bellen',
      dueAt: '2020-01-01T10:00:00Z',
      callbackPhone: '0612345678',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().type).toMatch(/due-date-in-past$/);
    const noPhone = await api(w, w.kcc, 'POST', '/api/v1/tasks', {
      kind: 'callback',
      description: 'Bellen',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(noPhone.statusCode).toBe(422);
    const res = await api(w, w.kcc, 'POST', '/api/v1/tasks', {
      kind: 'callback',
      description: 'Terugbellen over container',
      callbackPhone: '0612345678',
      assigneeId: w.behandelaar.userId,
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    const queue = (await api(w, w.behandelaar, 'GET', '/api/v1/work-queue?scope=mine')).json().items;
    expect(queue.map((i: { type: string; id: string }) => `${i.type}:${i.id}`)).toEqual([
      `case:${yesterdayCase.id}`,
      `task:${t.id}`,
    ]);
    expect(queue[0]).toMatchObject({ overdue: true, number: yesterdayCase.number, dueDate: '2020-01-02' });
    expect(queue[1].overdue).toBe(false);
    expect((await api(w, w.behandelaar, 'GET', '/api/v1/work-queue?scope=everyone')).statusCode).toBe(400);
    const overdue = (await api(w, w.behandelaar, 'GET', '/api/v1/cases?overdue=true')).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toEqual([yesterdayCase.id]);

    expect(
      (
        await api(
          w,
          w.behandelaar,
          'PATCH',
          `/api/v1/tasks/${t.id}`,
          { status: 'done' },
          { 'if-match': '"1"' },
        )
      ).json().type,
    ).toMatch(/task-result-required$/);
    expect(
      (await api(w, w.behandelaar, 'PATCH', `/api/v1/tasks/${t.id}`, { status: 'done', result: 'x' }))
        .statusCode,
    ).toBe(428);
    const done = await api(
      w,
      w.behandelaar,
      'PATCH',
      `/api/v1/tasks/${t.id}`,
      { status: 'done', result: 'Gebeld, opgelost' },
      { 'if-match': '"1"' },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', result: 'Gebeld, opgelost', version: 2 });
    expect(done.json().completedAt).toBeTruthy();
    expect(
      (await api(w, w.behandelaar, 'PATCH', `/api/v1/tasks/${t.id}`, { result: 'y' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(412);
    const after = (await api(w, w.behandelaar, 'GET', '/api/v1/work-queue?scope=mine')).json().items;
    expect(after.map((i: { id: string }) => i.id)).toEqual([yesterdayCase.id]);
  });

  it('lets the resident follow the case with the token, answer the KTO once, and reopen it', async () => {
    const tenantId = w.kcc.tenantId;
    const { case: c, publicToken } = await asSystem(w, tenantId, (tx, ctx) =>
      createCaseService(tx, ctx, {
        categoryCode: 'kapotte-straatverlichting',
        description: 'Lamp brandt niet',
        sourceChannel: 'eform',
        feedbackAddress: 'anoniem@example.org',
        formData: { lantaarnpaal: 'LP-123' },
      }),
    );
    expect(publicToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await withTenant(w.t.deps.database, tenantId, (tx) =>
      tx.select().from(cases).where(eq(cases.id, c.id)),
    );
    expect(row!.publicTokenHash).not.toContain(publicToken);
    expect(row!.formData).toEqual({ lantaarnpaal: 'LP-123' });
    expect(await asSystem(w, tenantId, (tx) => publicCaseView(tx, c.number, 'wrong'))).toBeUndefined();
    // Another gemeente does not find it, even with the right token.
    expect(
      await asSystem(w, w.other.tenantId, (tx) => publicCaseView(tx, c.number, publicToken)),
    ).toBeUndefined();
    let cur = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(
      await asSystem(w, tenantId, (tx, ctx) =>
        submitSatisfaction(tx, ctx, c.number, publicToken, { score: 4 }),
      ).catch((e) => e.status),
    ).toBe(409);
    await api(
      w,
      w.behandelaar,
      'PATCH',
      `/api/v1/cases/${c.id}`,
      { assigneeId: w.behandelaar.userId },
      { 'if-match': `"${cur.version}"` },
    );
    cur = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json();
    cur = (await setStatus(w, cur, { status: 'in_behandeling', note: 'Intern: monteur Jan' })).json();
    expect((await setStatus(w, cur, { status: 'afgehandeld' })).statusCode).toBe(200);
    const view = await asSystem(w, tenantId, (tx) => publicCaseView(tx, c.number, publicToken));
    expect(view).toMatchObject({
      status: 'afgehandeld',
      categoryName: 'Kapotte straatverlichting',
      satisfaction: { canAnswer: true, answered: false },
    });
    expect(view!.events.map((e) => e.activity)).toEqual([
      'Melding ontvangen',
      'In behandeling genomen',
      'Afgehandeld',
    ]);
    expect(JSON.stringify(view)).not.toMatch(/Jan|Toegewezen|behandelaar/i);

    const answer = await asSystem(w, tenantId, (tx, ctx) =>
      submitSatisfaction(tx, ctx, c.number, publicToken, {
        score: 2,
        comment: 'Lamp is nog steeds stuk',
        reopen: true,
      }),
    );
    expect(answer).toEqual({ status: 'in_behandeling', reopened: true });
    const again = await asSystem(w, tenantId, (tx, ctx) =>
      submitSatisfaction(tx, ctx, c.number, publicToken, { score: 5 }),
    ).catch((e) => e);
    expect(again.status).toBe(409);
    const detail = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(detail.events.slice(-2).map((e: { activity: string }) => e.activity)).toEqual([
      'KTO beantwoord',
      'Heropend na KTO',
    ]);
    expect(
      detail.messages
        .map((m: { recipient: string }) => m.recipient)
        .every((r: string) => r === 'anoniem@example.org'),
    ).toBe(true);
    expect(detail.messages.at(-1).subject).toMatch(/heropend/);
  });

  it('gives the resident history of a party', async () => {
    const party = await createParty(w, {
      givenName: 'Historie',
      familyName: 'Test',
      emails: ['h@example.org'],
    });
    const c = await createCase(w, { partyId: party });
    await api(w, w.kcc, 'POST', '/api/v1/tasks', {
      kind: 'callback',
      partyId: party,
      description: 'Bellen',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const history = await asSystem(w, w.kcc.tenantId, (tx) => historyForParty(tx, party));
    expect(history.cases).toEqual([
      expect.objectContaining({
        id: c.id,
        number: c.number,
        status: 'gemeld',
        categoryName: 'Losliggende tegel',
      }),
    ]);
    expect(history.tasks).toEqual([expect.objectContaining({ kind: 'callback', status: 'open' })]);
    expect((await asSystem(w, w.other.tenantId, (tx) => historyForParty(tx, party))).cases).toEqual([]);
  });

  it('exports the event log as JSON and as XES, without personal data', async () => {
    const party = await createParty(w, {
      givenName: 'Privé',
      familyName: 'Persoon',
      emails: ['prive@example.org'],
    });
    const c = await createCase(w, { partyId: party, description: 'Geheime omschrijving' });
    await setStatus(w, c, { status: 'on_hold', reason: 'Reden met naam Persoon' });
    expect((await api(w, w.kcc, 'GET', '/api/v1/case-events')).statusCode).toBe(403);
    const page = await api(w, w.analist, 'GET', '/api/v1/case-events?pageSize=200');
    expect(page.statusCode, page.body).toBe(200);
    const mine = page.json().items.filter((e: { caseId: string }) => e.caseId === c.id);
    expect(mine).toEqual([
      expect.objectContaining({
        caseNumber: c.number,
        seq: 1,
        activity: 'Melding ontvangen',
        team: 'Openbare ruimte',
        channel: 'phone',
      }),
      expect.objectContaining({
        seq: 2,
        activity: 'On hold gezet',
        team: 'Openbare ruimte',
        channel: 'email',
      }),
    ]);
    expect(JSON.stringify(page.json())).not.toMatch(/Persoon|prive@|Geheime/);
    const future = await api(
      w,
      w.analist,
      'GET',
      `/api/v1/case-events?from=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`,
    );
    expect(future.json().total).toBe(0);
    const xes = await api(w, w.beheerder, 'GET', '/api/v1/case-events/export.xes');
    expect(xes.statusCode).toBe(200);
    expect(xes.headers['content-type']).toMatch(/^application\/xml/);
    expect(xes.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<log xes.version="1.0"/);
    expect(xes.body).toContain(`<trace><string key="concept:name" value="${c.number}"/>`);
    expect(xes.body).toContain('<string key="org:group" value="Openbare ruimte"/>');
    expect(xes.body).not.toMatch(/Persoon|prive@|Geheime/);
    expect((xes.body.match(/<trace>/g) ?? []).length).toBe(
      new Set(page.json().items.map((e: { caseId: string }) => e.caseId)).size,
    );
    const log = await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) => readCaseEventLog(tx, {}));
    expect(log.filter((e) => e.caseId === c.id).map((e) => e.activity)).toEqual([
      'Melding ontvangen',
      'On hold gezet',
    ]);
  });

  it('computes the due date from the category in working days', async () => {
    const c = await createCase(w, { categoryCode: 'volle-container' });
    expect(c.dueDate).toBe(addWorkingDays(new Date(), 3));
    const [ev] = await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, c.id), eq(caseEvents.seq, 1))),
    );
    expect(ev!.activity).toBe('Melding ontvangen');
  });
});
