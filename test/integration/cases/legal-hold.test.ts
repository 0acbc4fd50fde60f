import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { login } from '../../helpers/app.js';
import { count, ownerRows } from '../forms/helpers.js';
import { api, createCase, createParty, startWorld, type CaseJson, type World } from './helpers.js';

// The legal hold on one case: set and lifted by the beheerder with a reason, If-Match, an audit
// record and a case event; and the retention job leaves a held case (and its resident) alone until
// the hold is lifted.
describe('cases: legal hold', () => {
  let w: World;
  let held: CaseJson;
  let free: CaseJson;
  let heldParty: string;

  const hold = (c: { id: string }, body: unknown, etag: string | undefined, session = w.beheerder) =>
    api(w, session, 'PUT', `/api/v1/cases/${c.id}/legal-hold`, body, etag ? { 'if-match': etag } : {});
  const etagOf = async (id: string) =>
    (await api(w, w.beheerder, 'GET', `/api/v1/cases/${id}`)).headers.etag as string;

  beforeAll(async () => {
    w = await startWorld();
    heldParty = await createParty(w, { givenName: 'Bea', familyName: 'Bewaarder' });
    const freeParty = await createParty(w, { givenName: 'Vera', familyName: 'Vrijgelaten' });
    held = await createCase(w, { partyId: heldParty, description: 'Bewaarder: tegel bij de kerk' });
    free = await createCase(w, { partyId: freeParty, description: 'Vrijgelaten: tegel bij de school' });
  }, 240_000);
  afterAll(() => w.t.close());

  it('refuses without If-Match, with a stale version, without a reason, and to other roles', async () => {
    const etag = await etagOf(held.id);
    const body = { legalHold: true, reason: 'Bezwaarprocedure loopt' };
    expect((await hold(held, body, undefined)).statusCode).toBe(428);
    expect((await hold(held, body, '"99"')).statusCode).toBe(412);
    const blank = await hold(held, { legalHold: true, reason: '   ' }, etag);
    expect(blank.statusCode).toBe(422);
    expect(blank.json()).toMatchObject({ type: expect.stringContaining('legal-hold-reason-required') });
    expect((await hold(held, { legalHold: true }, etag)).statusCode).toBe(400);
    for (const who of [w.kcc, w.behandelaar, w.analist])
      expect((await hold(held, body, etag, who)).statusCode).toBe(403);
    // Another gemeente's beheerder does not see the case at all.
    const otherBeheer = await login(w.t.app, 'proefdorp', 'beheerder');
    expect((await hold(held, body, etag, otherBeheer)).statusCode).toBe(404);
    // Nothing of the refused attempts was written.
    expect(await count(w.t, 'case_events', sql`case_id = ${held.id} and activity like 'Bewaarplicht%'`)).toBe(
      0,
    );
    expect((await api(w, w.beheerder, 'GET', `/api/v1/cases/${held.id}`)).json().legalHold).toBe(false);
  });

  it('sets the hold with a reason: new version, a case event with the reason, an audit record', async () => {
    const etag = await etagOf(held.id);
    const res = await hold(held, { legalHold: true, reason: 'Bezwaarprocedure loopt' }, etag);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ caseId: held.id, legalHold: true, version: held.version + 1 });
    expect(res.headers.etag).toBe(`"${held.version + 1}"`);
    const detail = (await api(w, w.beheerder, 'GET', `/api/v1/cases/${held.id}`)).json();
    expect(detail.legalHold).toBe(true);
    expect(detail.events.at(-1)).toMatchObject({
      activity: 'Bewaarplicht ingesteld',
      note: 'Reden: Bezwaarprocedure loopt',
    });
    expect(
      await count(
        w.t,
        'audit_events',
        sql`action = 'privacy.legal-hold.set' and object_type = 'case' and object_id = ${held.id}`,
      ),
    ).toBe(1);
    // Setting it again is a conflict, not a second event.
    const again = await hold(held, { legalHold: true, reason: 'Nog eens' }, res.headers.etag as string);
    expect(again.statusCode).toBe(409);
  });

  it('keeps a held case and its resident through retention, and lets them go once lifted', async () => {
    // Both cases closed six years ago, their residents last active three years ago.
    const old = (years: number) => sql`now() - ${`${years} years`}::interval`;
    const ids = [held.id, free.id];
    await w.t.db.database.asOwner(async (tx) => {
      await tx.execute(
        sql`update cases set status = 'gesloten', closed_at = ${old(6)}, updated_at = ${old(6)} where id in (${sql.join(ids, sql`, `)})`,
      );
      await tx.execute(
        sql`update parties set created_at = ${old(3)}, updated_at = ${old(3)} where id in (select party_id from cases where id in (${sql.join(ids, sql`, `)}))`,
      );
      await tx.execute(
        sql`update contacts set occurred_at = ${old(3)} where case_id in (${sql.join(ids, sql`, `)})`,
      );
    });
    const run = async () => {
      const res = await api(w, w.beheerder, 'POST', '/api/v1/retention-runs', {});
      expect(res.statusCode, res.body).toBe(201);
      return res.json().summary as Record<string, { deleted: number; anonymised: number; held: number }>;
    };
    const first = await run();
    expect(first.cases).toMatchObject({ anonymised: 1, held: 1 });
    expect(first.parties).toMatchObject({ anonymised: 1, held: 1 });
    const [kept] = await ownerRows<Record<string, unknown>>(
      w.t,
      sql`select description, party_id, anonymised_at from cases where id = ${held.id}`,
    );
    expect(kept).toEqual({
      description: 'Bewaarder: tegel bij de kerk',
      party_id: heldParty,
      anonymised_at: null,
    });
    expect(await count(w.t, 'parties', sql`id = ${heldParty} and family_name = 'Bewaarder'`)).toBe(1);
    expect(await count(w.t, 'cases', sql`id = ${free.id} and anonymised_at is not null`)).toBe(1);

    const lifted = await hold(
      held,
      { legalHold: false, reason: 'Bezwaar afgehandeld' },
      await etagOf(held.id),
    );
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json().legalHold).toBe(false);
    expect(
      await count(w.t, 'audit_events', sql`action = 'privacy.legal-hold.lift' and object_id = ${held.id}`),
    ).toBe(1);

    const second = await run();
    expect(second.cases).toMatchObject({ anonymised: 1, held: 0 });
    expect(second.parties).toMatchObject({ anonymised: 1, held: 0 });
    const [gone] = await ownerRows<Record<string, unknown>>(
      w.t,
      sql`select description, party_id from cases where id = ${held.id}`,
    );
    expect(gone).toEqual({ description: '', party_id: null });
    // The reasons were handlers' notes: anonymisation clears them with the rest.
    expect(await count(w.t, 'case_events', sql`case_id = ${held.id} and note like '%Bezwaar%'`)).toBe(0);
  });
});
