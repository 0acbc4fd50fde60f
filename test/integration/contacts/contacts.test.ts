import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { api, countRows, ownerQuery } from './helpers.js';

describe('contacts', () => {
  let t: TestApp;
  let kcc: Login;
  let beheerder: Login;
  let c: ReturnType<typeof api>;
  let partyId: string;

  const valid = () => ({
    channel: 'phone',
    direction: 'in',
    partyId,
    topicCode: 'afval-niet-opgehaald',
    summary: 'Container niet geleegd',
    outcome: 'answered',
    waitSeconds: 20,
    handleSeconds: 180,
  });

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    beheerder = await login(t.app, 'voorbeeldstad', 'beheerder');
    c = api(t);
    partyId = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Bakker' })).json().id;
  });
  afterAll(() => t.close());

  it('seeds the default topic tree for every gemeente, idempotently', async () => {
    const res = await c.get(kcc, '/api/v1/contact-topics');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; parentCode: string | null; avoidable: boolean }[];
    expect(items.find((i) => i.code === 'afval-niet-opgehaald')).toMatchObject({ parentCode: 'afval' });
    expect(items.find((i) => i.code === 'status-melding')).toMatchObject({ avoidable: true });
    const before = await countRows(t, 'contact_topics');
    const { initialiseTenants } = await import('../../../src/server/seed.js');
    await initialiseTenants(t.db.database);
    expect(await countRows(t, 'contact_topics')).toBe(before);
    const tenants = await ownerQuery<{ n: number }>(
      t,
      sql`select count(distinct tenant_id)::int as n from contact_topics`,
    );
    expect(tenants[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('registers a contact with audit and processing-log records, topic name included', async () => {
    const res = await c.post(kcc, '/api/v1/contacts', valid());
    expect(res.statusCode, res.body).toBe(201);
    const contact = res.json();
    expect(contact).toMatchObject({
      ...valid(),
      topicName: 'Afval niet opgehaald',
      teamId: null,
      caseId: null,
      registeredBy: kcc.userId,
      source: 'staff',
      version: 1,
    });
    expect(res.headers.location).toBe(`/api/v1/contacts/${contact.id}`);
    expect(Date.now() - Date.parse(contact.occurredAt)).toBeLessThan(60_000);
    const audit = await ownerQuery<{ action: string }>(
      t,
      sql`select action from audit_events where object_id = ${contact.id}`,
    );
    expect(audit.map((a) => a.action)).toEqual(['contact.register']);
    const log = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from processing_records p join parties x on x.pseudonym = p.subject_pseudonym
          where x.id = ${partyId} and p.activity = 'klantcontact-registratie' and p.action = 'create'`,
    );
    expect(log[0]!.n).toBe(1);
    const got = await c.get(kcc, `/api/v1/contacts/${contact.id}`);
    expect(got.json()).toEqual(contact);
  });

  it('stores HTML in the summary literally', async () => {
    const summary = '<script>alert("x")</script><b>vet</b> & "quotes"';
    const res = await c.post(kcc, '/api/v1/contacts', { ...valid(), summary });
    expect(res.statusCode).toBe(201);
    expect(res.json().summary).toBe(summary);
    const [row] = await ownerQuery<{ summary: string }>(
      t,
      sql`select summary from contacts where id = ${res.json().id}`,
    );
    expect(row!.summary).toBe(summary);
  });

  it('accepts an anonymous contact without topic', async () => {
    const res = await c.post(kcc, '/api/v1/contacts', {
      channel: 'email',
      direction: 'in',
      summary: 'Vraag over openingstijden',
      outcome: 'answered',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ partyId: null, topicCode: null, topicName: null, waitSeconds: null });
  });

  it('refuses each kind of bad input with a pointer, and writes nothing', async () => {
    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    const bad: [string, object, number, string][] = [
      ['unknown channel', { channel: 'fax' }, 400, '/channel'],
      ['unknown direction', { direction: 'sideways' }, 400, '/direction'],
      ['unknown outcome', { outcome: 'ignored' }, 400, '/outcome'],
      ['unknown topic', { topicCode: 'bestaat-niet' }, 422, '/topicCode'],
      ['unknown party', { partyId: '00000000-0000-4000-8000-000000000009' }, 422, '/partyId'],
      ['negative wait', { waitSeconds: -1 }, 400, '/waitSeconds'],
      ['fractional handle time', { handleSeconds: 1.5 }, 400, '/handleSeconds'],
      ['wait on a channel without queue', { channel: 'email', waitSeconds: 10 }, 400, '/waitSeconds'],
      ['occurred in the future', { occurredAt: future }, 400, '/occurredAt'],
      ['summary too long', { summary: 'x'.repeat(10_001) }, 400, '/summary'],
      ['unknown property', { mood: 'blij' }, 400, '/mood'],
      ['missing outcome', { outcome: undefined }, 400, '/outcome'],
    ];
    const before = await countRows(t, 'contacts');
    const auditBefore = await countRows(t, 'audit_events');
    for (const [name, change, status, pointer] of bad) {
      const body = { ...valid(), ...change };
      const res = await c.post(kcc, '/api/v1/contacts', JSON.parse(JSON.stringify(body)));
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      const pointers = (res.json().errors ?? []).map((e: { pointer: string }) => e.pointer);
      expect(
        pointers.some((p: string) => p.startsWith(pointer)),
        `${name}: ${res.body}`,
      ).toBe(true);
    }
    expect(await countRows(t, 'contacts')).toBe(before);
    // Failed attempts may be audited as failures by the platform, but no contact.register.
    const registered = await ownerQuery<{ n: number }>(
      t,
      sql`select count(*)::int as n from audit_events where action = 'contact.register'`,
    );
    expect(registered[0]!.n).toBe(3);
    expect(await countRows(t, 'audit_events')).toBeGreaterThanOrEqual(auditBefore);
  });

  it('refuses an inactive topic but accepts a small clock skew', async () => {
    const created = await c.post(beheerder, '/api/v1/contact-topics', {
      code: 'oud-onderwerp',
      nameNl: 'Oud',
      parentCode: 'overig',
    });
    expect(created.statusCode, created.body).toBe(201);
    const off = await c.patch(
      beheerder,
      '/api/v1/contact-topics/oud-onderwerp',
      { active: false },
      { 'if-match': '"1"' },
    );
    expect(off.statusCode, off.body).toBe(200);
    const res = await c.post(kcc, '/api/v1/contacts', { ...valid(), topicCode: 'oud-onderwerp' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/topicCode' });
    expect(res.json().errors[0].detail).toContain('niet meer actief');
    const skew = await c.post(kcc, '/api/v1/contacts', {
      ...valid(),
      occurredAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(skew.statusCode, skew.body).toBe(201);
  });

  it('creates one row for a repeated Idempotency-Key', async () => {
    const before = await countRows(t, 'contacts');
    const headers = { 'idempotency-key': 'contact-retry-1' };
    const first = await c.post(kcc, '/api/v1/contacts', valid(), headers);
    const second = await c.post(kcc, '/api/v1/contacts', valid(), headers);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().id).toBe(first.json().id);
    expect(await countRows(t, 'contacts')).toBe(before + 1);
  });

  it('corrects a contact with If-Match: 428 without, 412 stale, validation on the new values', async () => {
    const id = (await c.post(kcc, '/api/v1/contacts', valid())).json().id;
    const url = `/api/v1/contacts/${id}`;
    expect((await c.patch(kcc, url, { summary: 'x' })).statusCode).toBe(428);
    const ok = await c.patch(
      kcc,
      url,
      { summary: 'Gecorrigeerd', topicCode: 'afval-grofvuil' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      summary: 'Gecorrigeerd',
      topicCode: 'afval-grofvuil',
      topicName: 'Grofvuil ophalen',
      version: 2,
    });
    expect((await c.patch(kcc, url, { summary: 'y' }, { 'if-match': '"1"' })).statusCode).toBe(412);
    const badTopic = await c.patch(kcc, url, { topicCode: 'nope' }, { 'if-match': '"2"' });
    expect(badTopic.statusCode).toBe(422);
    expect((await c.get(kcc, url)).json().summary).toBe('Gecorrigeerd');
  });

  it('lists with filters and pagination', async () => {
    const other = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Filter' })).json().id;
    for (const channel of ['phone', 'chat', 'counter']) {
      const res = await c.post(kcc, '/api/v1/contacts', { ...valid(), partyId: other, channel });
      expect(res.statusCode).toBe(201);
    }
    const all = await c.get(kcc, `/api/v1/contacts?partyId=${other}&pageSize=2`);
    expect(all.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(all.json().items).toHaveLength(2);
    const chat = await c.get(kcc, `/api/v1/contacts?partyId=${other}&channel=chat`);
    expect(chat.json().items.map((i: { channel: string }) => i.channel)).toEqual(['chat']);
    const none = await c.get(kcc, `/api/v1/contacts?partyId=${other}&to=2000-01-01T00:00:00Z`);
    expect(none.json().total).toBe(0);
    expect((await c.get(kcc, '/api/v1/contacts?channel=fax')).statusCode).toBe(400);
  });

  it('shows the history newest first with topic names, cases and tasks', async () => {
    const p = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Historie' })).json().id;
    const times = ['2026-01-05T10:00:00Z', '2026-03-01T09:00:00Z', '2026-02-10T12:00:00Z'];
    for (const occurredAt of times) {
      expect((await c.post(kcc, '/api/v1/contacts', { ...valid(), partyId: p, occurredAt })).statusCode).toBe(
        201,
      );
    }
    const res = await c.get(kcc, `/api/v1/parties/${p}/history`);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h.party.id).toBe(p);
    expect(h.contacts.map((x: { occurredAt: string }) => x.occurredAt)).toEqual([
      '2026-03-01T09:00:00.000Z',
      '2026-02-10T12:00:00.000Z',
      '2026-01-05T10:00:00.000Z',
    ]);
    expect(h.contacts[0].topicName).toBe('Afval niet opgehaald');
    expect(Array.isArray(h.cases)).toBe(true);
    expect(Array.isArray(h.tasks)).toBe(true);
    const limited = await c.get(kcc, `/api/v1/parties/${p}/history?limit=1`);
    expect(limited.json().contacts).toHaveLength(1);
  });

  it('answers 404 for the history of an unknown party and logs no read of it', async () => {
    const before = await countRows(t, 'processing_records');
    const res = await c.get(kcc, '/api/v1/parties/00000000-0000-4000-8000-000000000000/history');
    expect(res.statusCode).toBe(404);
    expect(await countRows(t, 'processing_records')).toBe(before);
  });

  it('builds each history item exactly as the contact itself is answered', async () => {
    // The history's contacts are JSON built by the database; they must equal the contact view.
    // A party with identifiers and several addresses, so the party part is compared in full too.
    const created = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      givenName: 'Gé',
      familyName: 'Gelijk',
      bsn: '111222333',
      emails: ['eerste@example.nl', 'tweede@example.nl'],
      phones: ['06-12345678'],
      preferredChannel: 'email',
    });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json().id;
    const bodies = [
      { ...valid(), partyId: p, occurredAt: '2026-04-01T08:15:30.123Z' },
      {
        ...valid(),
        partyId: p,
        topicCode: undefined,
        waitSeconds: undefined,
        summary: 'A "quote" \\ <b>é</b>',
      },
      { ...valid(), partyId: p, channel: 'email', direction: 'out', waitSeconds: undefined },
    ];
    for (const body of bodies) expect((await c.post(kcc, '/api/v1/contacts', body)).statusCode).toBe(201);
    const res = await c.get(kcc, `/api/v1/parties/${p}/history`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const items = res.json().contacts as { id: string }[];
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(item).toEqual((await c.get(kcc, `/api/v1/contacts/${item.id}`)).json());
    }
    const party = (await c.get(kcc, `/api/v1/parties/${p}`)).json();
    expect(party.bsnMasked).toEqual(expect.any(String));
    expect([...party.emails].sort()).toEqual(['eerste@example.nl', 'tweede@example.nl']);
    expect(res.json().party).toEqual(party);
  });

  it('keeps the order and every contact when the history is built from several parts', async () => {
    // About 1,000 characters a contact: 150 of them make several parts of the database's JSON.
    const p = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Delen' })).json().id;
    const start = Date.parse('2026-05-01T08:00:00Z');
    const bodies = Array.from({ length: 150 }, (_, i) => ({
      ...valid(),
      partyId: p,
      summary: `Gesprek ${i} ${'ë'.repeat(900)}`,
      occurredAt: new Date(start + i * 60_000).toISOString(),
    }));
    for (const body of bodies) expect((await c.post(kcc, '/api/v1/contacts', body)).statusCode).toBe(201);
    const res = await c.get(kcc, `/api/v1/parties/${p}/history?limit=1000`);
    expect(res.statusCode).toBe(200);
    const items = res.json().contacts as { summary: string }[];
    expect(items.map((x) => x.summary)).toEqual(bodies.map((b) => b.summary).reverse());
    const zipped = await t.app.inject({
      method: 'GET',
      url: `/api/v1/parties/${p}/history?limit=1000`,
      headers: { cookie: kcc.cookie, 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(res.json());
  });

  it('sends a large history gzip-compressed to a client that accepts it, the same JSON inside', async () => {
    const p = (await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Groot' })).json().id;
    const batch = Array.from({ length: 60 }, (_, i) => ({ ...valid(), partyId: p, summary: `Gesprek ${i}` }));
    const created = await Promise.all(batch.map((b) => c.post(kcc, '/api/v1/contacts', b)));
    expect(created.every((r) => r.statusCode === 201)).toBe(true);
    const url = `/api/v1/parties/${p}/history`;
    const plain = await c.get(kcc, url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(16 * 1024);
    const zipped = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: kcc.cookie, 'accept-encoding': 'br;q=1, gzip;q=0.8' },
    });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.headers['content-type']).toMatch(/^application\/json/);
    expect(zipped.rawPayload.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
    expect(plain.json().contacts).toHaveLength(60);
  });
});
