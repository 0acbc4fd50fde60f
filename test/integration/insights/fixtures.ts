// A small known world for the insights tests, registered through the contacts and cases APIs;
// only what the APIs cannot set (past creation and closure times, KTO answers of closed cases)
// is put in place as the owner afterwards. The figures the tests expect are computed by hand in
// the comments of insights.test.ts.
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';

export interface World {
  t: TestApp;
  kcc: Login;
  analist: Login;
  beheerder: Login;
  behandelaar: Login;
  other: Login; // analist of proefdorp
  p1: string;
  p2: string;
  caseIds: string[];
}

export const get = (w: World, s: Login, url: string) =>
  w.t.app.inject({ method: 'GET', url, headers: as(s) });

async function post(w: World, s: Login, url: string, payload: object) {
  const res = await w.t.app.inject({ method: 'POST', url, headers: as(s), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

export async function owner(w: World, q: ReturnType<typeof sql>) {
  return w.t.db.database.asOwner(async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(q)));
}

interface C {
  channel: string;
  at: string; // Amsterdam local time in October 2026 (CEST, +02:00)
  topicCode: string;
  outcome?: string;
  partyId?: string;
  caseId?: string;
  waitSeconds?: number;
  handleSeconds?: number;
  direction?: 'in' | 'out';
}

async function contact(w: World, c: C) {
  await post(w, w.kcc, '/api/v1/contacts', {
    channel: c.channel,
    direction: c.direction ?? 'in',
    topicCode: c.topicCode,
    summary: 'testcontact',
    outcome: c.outcome ?? 'answered',
    occurredAt: `${c.at}:00+02:00`,
    ...(c.partyId ? { partyId: c.partyId } : {}),
    ...(c.caseId ? { caseId: c.caseId } : {}),
    ...(c.waitSeconds !== undefined ? { waitSeconds: c.waitSeconds } : {}),
    ...(c.handleSeconds !== undefined ? { handleSeconds: c.handleSeconds } : {}),
  });
}

const minute = (i: number) => String(10 + i).padStart(2, '0');

export async function buildWorld(): Promise<World> {
  const t = await startTestApp();
  const kcc = await login(t.app, 'voorbeeldstad', 'kcc');
  const w: World = {
    t,
    kcc,
    analist: await login(t.app, 'voorbeeldstad', 'analist'),
    beheerder: await login(t.app, 'voorbeeldstad', 'beheerder'),
    behandelaar: await login(t.app, 'voorbeeldstad', 'behandelaar'),
    other: await login(t.app, 'proefdorp', 'analist'),
    p1: '',
    p2: '',
    caseIds: [],
  };
  w.p1 = (
    await post(w, kcc, '/api/v1/parties', {
      kind: 'person',
      familyName: 'Jansen',
      postcode: '3511AB',
      houseNumber: 1,
    })
  ).id;
  w.p2 = (
    await post(w, kcc, '/api/v1/parties', {
      kind: 'person',
      familyName: 'Visser',
      postcode: '3600XY',
      houseNumber: 2,
    })
  ).id;

  // Ten meldingen: 1-5 stay open (created 10 days ago, 1-2 overdue), 6-10 closed in week 2026-10-19.
  for (let i = 1; i <= 10; i++) {
    const c = await post(w, kcc, '/api/v1/cases', {
      categoryCode: 'losliggende-tegel',
      description: `Tegel ${i}`,
      sourceChannel: 'phone',
      postcode: '3511AB',
      houseNumber: i,
    });
    w.caseIds.push(c.id);
  }
  const ids = (from: number, to: number) => sql.raw(`'{${w.caseIds.slice(from, to).join(',')}}'::uuid[]`);
  await owner(
    w,
    sql`update cases set created_at = now() - interval '10 days', due_date = current_date + 5 where id = any(${ids(0, 5)})`,
  );
  await owner(w, sql`update cases set due_date = current_date - 1 where id = any(${ids(0, 2)})`);
  await owner(
    w,
    sql`update cases set status = 'afgehandeld', created_at = '2026-10-10T10:00:00Z',
    closed_at = '2026-10-20T10:00:00Z', due_date = '2026-10-21' where id = any(${ids(5, 10)})`,
  );
  await owner(w, sql`update cases set due_date = '2026-10-19' where id = ${w.caseIds[6]}::uuid`);
  const tenant = (await owner(w, sql`select tenant_id from cases where id = ${w.caseIds[0]}::uuid`))[0]!
    .tenant_id;
  const scores = [5, 4, 4, 2, 1];
  for (const [k, score] of scores.entries())
    await owner(
      w,
      sql`insert into satisfaction_responses (tenant_id, case_id, score, channel, created_at)
      values (${tenant}::uuid, ${w.caseIds[5 + k]}::uuid, ${score}, 'email', '2026-10-21T10:00:00Z')`,
    );

  // Week of 2026-09-21: six e-mails of P1 on Monday, answered by one e-mail on Tuesday.
  for (let i = 0; i < 6; i++)
    await contact(w, {
      channel: 'email',
      at: `2026-09-21T10:${minute(i)}`,
      topicCode: 'overig-informatie',
      partyId: w.p1,
    });
  await contact(w, {
    channel: 'email',
    direction: 'out',
    at: '2026-09-22T09:00',
    topicCode: 'overig-informatie',
    partyId: w.p1,
  });
  // Week of Monday 2026-10-05: six anonymous phone calls on Monday 09:1x, two of them forwarded.
  for (let i = 0; i < 6; i++)
    await contact(w, {
      channel: 'phone',
      at: `2026-10-05T09:${minute(i)}`,
      topicCode: 'bz-reisdocument',
      outcome: i < 2 ? 'forwarded' : 'answered',
      waitSeconds: 10 * (i + 1),
      handleSeconds: 100 * (i + 1),
    });
  // Week of 2026-10-12: five e-forms of P1 on Tuesday 20:1x (same topic: four are repeated) ...
  for (let i = 0; i < 5; i++)
    await contact(w, {
      channel: 'eform',
      at: `2026-10-13T20:${minute(i)}`,
      topicCode: 'afval-niet-opgehaald',
      partyId: w.p1,
    });
  // ... and two anonymous counter visits on Wednesday 11:xx asking about their melding.
  for (let i = 0; i < 2; i++)
    await contact(w, {
      channel: 'counter',
      at: `2026-10-14T11:${minute(i)}`,
      topicCode: 'status-melding',
      outcome: 'informed',
      waitSeconds: 100 * (i + 1),
      handleSeconds: 300,
    });
  // Week of 2026-10-19: eight WhatsApp "waar blijft mijn melding": five of P2 about case 1, three anonymous ...
  for (let i = 0; i < 8; i++)
    await contact(w, {
      channel: 'whatsapp',
      at: `2026-10-20T15:${minute(i)}`,
      topicCode: 'status-melding',
      ...(i < 5 ? { partyId: w.p2, caseId: w.caseIds[0] } : {}),
    });
  // ... and twenty phone calls about bulky waste, a reason that was not there the week before.
  for (let i = 0; i < 20; i++)
    await contact(w, { channel: 'phone', at: `2026-10-22T10:${minute(i)}`, topicCode: 'afval-grofvuil' });
  return w;
}
