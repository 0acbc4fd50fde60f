// Cases over HTTP: create (routed, numbered, due date), idempotency, bad input, read with events
// and messages, lists, If-Match, status changes that inform the resident on their channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  api,
  createCase,
  createParty,
  freshKey,
  setStatus,
  startWorld,
  teamId,
  type World,
} from './helpers.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { contacts } from '../../../src/server/modules/contacts/tables.js';
import { outboxMessages } from '../../../src/server/platform/jobs/tables.js';
import { processingRecords, auditEvents } from '../../../src/server/platform/audit/tables.js';
import { addWorkingDays } from '../../../src/shared/calendar/working-days.js';

describe('cases', () => {
  let w: World;
  let buiten: string;
  let emailParty: string;

  beforeAll(async () => {
    w = await startWorld();
    buiten = await teamId(w, w.kcc, 'Openbare ruimte');
    emailParty = await createParty(w, {
      givenName: 'Els',
      familyName: 'de Vries',
      emails: ['els@example.org'],
      preferredChannel: 'email',
    });
  }, 240_000);
  afterAll(() => w.t.close());

  const contactsOfCase = (caseId: string) =>
    withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx
        .select()
        .from(contacts)
        .where(and(eq(contacts.tenantId, w.kcc.tenantId), eq(contacts.caseId, caseId))),
    );

  it('creates a routed, numbered case with its first event, and tells the resident by e-mail', async () => {
    const res = await api(w, w.kcc, 'POST', '/api/v1/cases', {
      categoryCode: 'losliggende-tegel',
      partyId: emailParty,
      description: 'Tegel ligt los <script>x</script>',
      postcode: '1234 ab',
      houseNumber: 12,
      sourceChannel: 'phone',
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.number).toMatch(/^M-\d{4}-\d{6}$/);
    expect(res.headers.location).toBe(`/api/v1/cases/${c.id}`);
    expect(res.headers.etag).toBe('"1"');
    expect(c).toMatchObject({
      kind: 'melding',
      status: 'gemeld',
      teamId: buiten,
      categoryName: 'Losliggende tegel',
      title: 'Losliggende tegel',
      postcode: '1234AB',
      description: 'Tegel ligt los <script>x</script>',
      dueDate: addWorkingDays(new Date(), 10),
      overdue: false,
    });
    const detail = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(detail.events).toEqual([
      expect.objectContaining({
        seq: 1,
        activity: 'Melding ontvangen',
        teamId: buiten,
        channel: 'phone',
        statusTo: 'gemeld',
      }),
    ]);
    expect(detail.messages).toHaveLength(1);
    expect(detail.messages[0]).toMatchObject({
      channel: 'email',
      recipient: 'els@example.org',
      status: 'pending',
    });
    expect(detail.messages[0].subject).toBe(`Uw melding ${c.number} is ontvangen`);
    expect(detail.messages[0].body).toContain('Beste Els de Vries');
    expect(detail.messages[0].body).toMatch(
      new RegExp(`/melding/voorbeeldstad/${c.number}\\?token=[A-Za-z0-9_-]{43}`),
    );
    const out = await contactsOfCase(c.id);
    expect(out).toEqual([
      expect.objectContaining({
        direction: 'out',
        outcome: 'informed',
        source: 'system',
        channel: 'email',
        partyId: emailParty,
      }),
    ]);
    const logged = await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx.select().from(processingRecords).where(eq(processingRecords.activity, 'meldingen-behandeling')),
    );
    expect(logged.some((r) => r.action === 'create' && r.subjectType === 'partij')).toBe(true);
    const audit = await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'case.create'), eq(auditEvents.objectId, c.id))),
    );
    expect(audit).toHaveLength(1);
  });

  it('replays a create with the same Idempotency-Key: one case, one number, one message', async () => {
    const key = freshKey();
    const body = {
      categoryCode: 'zwerfafval',
      description: 'Zakken bij de glasbak',
      sourceChannel: 'eform',
      feedbackAddress: 'piet@example.org',
    };
    const first = await api(w, w.kcc, 'POST', '/api/v1/cases', body, { 'idempotency-key': key });
    const second = await api(w, w.kcc, 'POST', '/api/v1/cases', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().number).toBe(first.json().number);
    const list = (await api(w, w.kcc, 'GET', '/api/v1/cases?categoryCode=zwerfafval')).json();
    expect(list.total).toBe(1);
    const messages = await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) =>
      tx.select().from(outboxMessages).where(eq(outboxMessages.referenceId, first.json().id)),
    );
    expect(messages.map((m) => m.recipient)).toEqual(['piet@example.org']);
  });

  it('refuses bad input clearly and writes nothing', async () => {
    const before = (await api(w, w.kcc, 'GET', '/api/v1/cases')).json().total;
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ categoryCode: 'bestaat-niet' }, 422, 'case-unknown-category', '/categoryCode'],
      [{ dueDate: '2020-01-01' }, 422, 'due-date-in-past', '/dueDate'],
      [
        { feedbackChannel: 'sms', feedbackAddress: 'geen nummer' },
        422,
        'invalid-feedback-address',
        '/feedbackAddress',
      ],
      [{ partyId: '00000000-0000-4000-8000-000000000001' }, 422, 'unknown-reference', '/partyId'],
      [{ sourceChannel: 'postduif' }, 400, 'validation', '/sourceChannel'],
      [{ extra: 1 }, 400, 'validation', ''],
    ];
    for (const [patch, status, type, pointer] of cases) {
      const res = await api(w, w.kcc, 'POST', '/api/v1/cases', {
        categoryCode: 'losliggende-tegel',
        description: 'x',
        sourceChannel: 'phone',
        ...patch,
      });
      expect(res.statusCode, JSON.stringify(patch)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().type).toMatch(new RegExp(`/${type}$`));
      if (pointer) expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await api(w, w.kcc, 'GET', '/api/v1/cases')).json().total).toBe(before);
  });

  it('answers 422 when no team can be found for a category', async () => {
    const cat = await api(w, w.beheerder, 'POST', '/api/v1/case-categories', {
      code: 'los-zonder-team',
      nameNl: 'Zonder team',
      kind: 'vraag',
    });
    expect(cat.statusCode, cat.body).toBe(201);
    const res = await api(w, w.kcc, 'POST', '/api/v1/cases', {
      categoryCode: 'los-zonder-team',
      description: 'x',
      sourceChannel: 'phone',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().type).toMatch(/case-no-team$/);
  });

  it('accepts a due date of today or later, and uses it', async () => {
    const due = addWorkingDays(new Date(), 3);
    const c = await createCase(w, { dueDate: due });
    expect(c.dueDate).toBe(due);
  });

  it('patches with If-Match (428 without, 412 stale) and logs reassignment as events', async () => {
    const c = await createCase(w, {});
    const other = await teamId(w, w.kcc, 'Burgerzaken');
    expect(
      (await api(w, w.behandelaar, 'PATCH', `/api/v1/cases/${c.id}`, { teamId: other })).statusCode,
    ).toBe(428);
    const ok = await api(
      w,
      w.behandelaar,
      'PATCH',
      `/api/v1/cases/${c.id}`,
      { teamId: other, assigneeId: w.behandelaar.userId },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ teamId: other, assigneeId: w.behandelaar.userId });
    const stale = await api(
      w,
      w.behandelaar,
      'PATCH',
      `/api/v1/cases/${c.id}`,
      { title: 'Nieuw' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const badTeam = await api(
      w,
      w.behandelaar,
      'PATCH',
      `/api/v1/cases/${c.id}`,
      { teamId: '00000000-0000-4000-8000-000000000009' },
      { 'if-match': '"2"' },
    );
    expect(badTeam.statusCode).toBe(422);
    expect(badTeam.json().errors[0].pointer).toBe('/teamId');
    const events = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json().events;
    expect(events.map((e: { activity: string }) => e.activity)).toEqual([
      'Melding ontvangen',
      'Doorgestuurd naar team',
      'Toegewezen',
    ]);
    expect(events[1].teamId).toBe(other);
    const mine = (await api(w, w.behandelaar, 'GET', '/api/v1/cases?assignee=me')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('walks the status machine, writing an event and a message per step', async () => {
    const party = await createParty(w, {
      givenName: 'Sam',
      familyName: 'Smit',
      phones: ['06 1234 5678'],
      preferredChannel: 'sms',
    });
    let c = await createCase(w, { partyId: party });
    const step = async (body: Record<string, unknown>) => {
      const res = await setStatus(w, c, body);
      expect(res.statusCode, res.body).toBe(200);
      c = res.json();
      return c;
    };
    const noReason = await setStatus(w, c, { status: 'on_hold' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().type).toMatch(/case-hold-reason-required$/);
    expect(noReason.json().errors[0].pointer).toBe('/reason');
    const jump = await setStatus(w, c, { status: 'gesloten' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json().type).toMatch(/case-invalid-transition$/);
    expect((await setStatus(w, { id: c.id, version: 99 }, { status: 'in_behandeling' })).statusCode).toBe(
      412,
    );
    expect(
      (await api(w, w.behandelaar, 'POST', `/api/v1/cases/${c.id}/status`, { status: 'in_behandeling' }))
        .statusCode,
    ).toBe(428);

    await step({ status: 'in_behandeling' });
    await step({ status: 'on_hold', reason: 'Wacht op de aannemer' });
    expect(c).toMatchObject({ status: 'on_hold', holdReason: 'Wacht op de aannemer' });
    await step({ status: 'in_behandeling' });
    await step({ status: 'afgehandeld', note: 'Tegel vastgezet' });
    expect(c.closedAt).toBeTruthy();
    await step({ status: 'gesloten' });
    await step({ status: 'in_behandeling' });
    expect(c.closedAt).toBeNull();

    const detail = (await api(w, w.behandelaar, 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(detail.events.map((e: { activity: string }) => e.activity)).toEqual([
      'Melding ontvangen',
      'In behandeling genomen',
      'On hold gezet',
      'Hervat',
      'Afgehandeld',
      'Gesloten',
      'Heropend',
    ]);
    expect(
      detail.events
        .slice(1)
        .every((e: { channel: string; teamId: string }) => e.channel === 'sms' && e.teamId === buiten),
    ).toBe(true);
    // received, in behandeling, on hold, in behandeling, afgehandeld + KTO, gesloten, heropend.
    expect(detail.messages).toHaveLength(8);
    expect(
      detail.messages.every(
        (m: { channel: string; recipient: string }) => m.channel === 'sms' && m.recipient === '+31612345678',
      ),
    ).toBe(true);
    expect(detail.messages[2].body).toContain('Wacht op de aannemer');
    expect(detail.messages.some((m: { body: string }) => /cijfer/.test(m.body))).toBe(true);
    const out = await contactsOfCase(c.id);
    expect(out).toHaveLength(8);
    expect(out.every((x) => x.direction === 'out' && x.outcome === 'informed' && x.channel === 'sms')).toBe(
      true,
    );
  });

  it('writes in the tone of each channel: WhatsApp short, a letter to the postal address', async () => {
    const wa = await createParty(w, {
      givenName: 'Wies',
      familyName: 'Bakker',
      phones: ['+31687654321'],
      preferredChannel: 'whatsapp',
    });
    const letter = await createParty(w, {
      givenName: 'Bert',
      familyName: 'Jansen',
      postcode: '1234AB',
      houseNumber: 5,
      street: 'Dorpsstraat',
      city: 'Voorbeeldstad',
      preferredChannel: 'letter',
    });
    const a = await createCase(w, { partyId: wa });
    const b = await createCase(w, { partyId: letter });
    const ma = (await api(w, w.kcc, 'GET', `/api/v1/cases/${a.id}`)).json().messages[0];
    const mb = (await api(w, w.kcc, 'GET', `/api/v1/cases/${b.id}`)).json().messages[0];
    expect(ma).toMatchObject({ channel: 'whatsapp', recipient: '+31687654321' });
    expect(ma.body).toMatch(/^Hoi Wies Bakker!/);
    expect(mb.channel).toBe('letter');
    expect(mb.recipient).toContain('Dorpsstraat 5');
    expect(mb.recipient).toContain('1234');
    expect(mb.body).toMatch(/^Geachte heer\/mevrouw Bert Jansen/);
    expect(mb.body).toContain('Hoogachtend');
  });

  it('sends nothing without an address, and asks for a callback for a resident who wants to be phoned', async () => {
    const anonymous = await createCase(w, {});
    expect((await api(w, w.kcc, 'GET', `/api/v1/cases/${anonymous.id}`)).json().messages).toEqual([]);
    const caller = await createParty(w, {
      givenName: 'Ria',
      familyName: 'Bos',
      phones: ['0201234567'],
      preferredChannel: 'phone',
    });
    let c = await createCase(w, { partyId: caller });
    c = (await setStatus(w, c, { status: 'in_behandeling' })).json();
    c = (await setStatus(w, c, { status: 'afgehandeld' })).json();
    const detail = (await api(w, w.kcc, 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(detail.messages).toEqual([]);
    expect(detail.events.at(-1)).toMatchObject({ activity: 'Afgehandeld', channel: 'phone' });
    const tasks = (await api(w, w.kcc, 'GET', `/api/v1/tasks?caseId=${c.id}`)).json();
    expect(tasks.items).toEqual([
      expect.objectContaining({
        kind: 'callback',
        status: 'open',
        callbackPhone: '+31201234567',
        teamId: buiten,
        partyId: caller,
      }),
    ]);
  });

  it('lists with filters and pagination', async () => {
    const page = (await api(w, w.kcc, 'GET', '/api/v1/cases?pageSize=2&page=1')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    const byParty = (await api(w, w.kcc, 'GET', `/api/v1/cases?partyId=${emailParty}`)).json();
    expect(byParty.items.every((x: { partyId: string }) => x.partyId === emailParty)).toBe(true);
    const byStatus = (await api(w, w.kcc, 'GET', '/api/v1/cases?status=gemeld&overdue=false')).json();
    expect(
      byStatus.items.every((x: { status: string; overdue: boolean }) => x.status === 'gemeld' && !x.overdue),
    ).toBe(true);
    expect((await api(w, w.kcc, 'GET', '/api/v1/cases?status=weg')).statusCode).toBe(400);
  });
});
