import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { api, BSN_A, BSN_B, countRows, ownerQuery } from './helpers.js';

describe('parties', () => {
  let t: TestApp;
  let kcc: Login;
  let c: ReturnType<typeof api>;

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    c = api(t);
  });
  afterAll(() => t.close());

  it('creates a person with normalised details and never returns the BSN in full', async () => {
    const res = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      givenName: 'Anna',
      familyName: 'de Vries',
      bsn: '111.222.333',
      postcode: '1234 ab',
      houseNumber: 12,
      street: 'Dorpsstraat',
      city: 'Voorbeeldstad',
      emails: ['Anna.deVries@Example.NL'],
      phones: ['06-12345678'],
      preferredChannel: 'whatsapp',
    });
    expect(res.statusCode, res.body).toBe(201);
    const party = res.json();
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/parties/${party.id}`);
    expect(party).toMatchObject({
      kind: 'person',
      displayName: 'Anna de Vries',
      bsnMasked: '*****2333',
      postcode: '1234AB',
      emails: ['anna.devries@example.nl'],
      phones: ['+31612345678'],
      preferredChannel: 'whatsapp',
      language: 'nl',
      legalHold: false,
    });
    expect(res.body).not.toContain(BSN_A);

    const got = await c.get(kcc, `/api/v1/parties/${party.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(party);
    expect(got.body).not.toContain(BSN_A);

    // Stored once, in party_identifiers; the pseudonym on the party is the processing-log subject.
    const [ident] = await ownerQuery<{ value: string }>(
      t,
      sql`select value from party_identifiers where party_id = ${party.id}`,
    );
    expect(ident!.value).toBe(BSN_A);
    const [row] = await ownerQuery<{ pseudonym: string }>(
      t,
      sql`select pseudonym from parties where id = ${party.id}`,
    );
    const log = await ownerQuery<{ action: string }>(
      t,
      sql`select action from processing_records where subject_pseudonym = ${row!.pseudonym} order by started_at`,
    );
    expect(log.map((l) => l.action)).toEqual(['create', 'read']);
    const audit = await ownerQuery<{ action: string }>(
      t,
      sql`select action from audit_events where object_id = ${party.id}`,
    );
    expect(audit.map((a) => a.action)).toEqual(['party.create']);
  });

  it('refuses a BSN that fails the elfproef, and all zeros, with a pointer', async () => {
    for (const bsn of ['123456789', '000000000', '12345678']) {
      const before = await countRows(t, 'parties');
      const res = await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Test', bsn });
      expect(res.statusCode, bsn).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ pointer: '/bsn' })]);
      expect(await countRows(t, 'parties')).toBe(before);
    }
  });

  it('refuses a KvK number that is not 8 digits, and identifiers of the wrong kind', async () => {
    const bad = await c.post(kcc, '/api/v1/parties', {
      kind: 'organisation',
      organisationName: 'Bakkerij',
      kvk: '1234567',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/kvk');
    const wrong = await c.post(kcc, '/api/v1/parties', {
      kind: 'organisation',
      organisationName: 'Bakkerij',
      bsn: BSN_B,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].pointer).toBe('/bsn');
    const ok = await c.post(kcc, '/api/v1/parties', {
      kind: 'organisation',
      organisationName: 'Bakkerij Brood',
      kvk: '1234 5678',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'organisation',
      displayName: 'Bakkerij Brood',
      kvk: '12345678',
      bsnMasked: null,
    });
  });

  it('answers 409 for a second party with the same BSN, naming the first, and writes nothing', async () => {
    const first = await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Eerste', bsn: BSN_B });
    expect(first.statusCode).toBe(201);
    const before = await countRows(t, 'parties');
    const second = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      familyName: 'Tweede',
      bsn: '1234.56.782',
    });
    expect(second.statusCode).toBe(409);
    const problem = second.json();
    expect(problem.type).toBe('https://buitenbinnen.nl/problems/duplicate-identifier');
    expect(problem.detail).toContain(first.json().id);
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/bsn' })]);
    expect(await countRows(t, 'parties')).toBe(before);
  });

  it('requires the preferred channel to be reachable', async () => {
    const cases: [object, string][] = [
      [{ preferredChannel: 'email' }, 'e-mailadres'],
      [{ preferredChannel: 'sms', emails: ['a@example.nl'] }, 'telefoonnummer'],
      [{ preferredChannel: 'letter', phones: ['0612345678'] }, 'postcode'],
    ];
    for (const [fields, word] of cases) {
      const res = await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'Bereik', ...fields });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ pointer: '/preferredChannel' });
      expect(res.json().errors[0].detail).toContain(word);
    }
    const bad = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      familyName: 'X',
      preferredChannel: 'pigeon',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a bad postcode, phone, missing name and unknown properties', async () => {
    const res = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      postcode: '123',
      houseNumber: 1,
      phones: ['bel mij'],
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/familyName', '/phones/0', '/postcode']);
    const extra = await c.post(kcc, '/api/v1/parties', { kind: 'person', familyName: 'X', shoeSize: 44 });
    expect(extra.statusCode).toBe(400);
  });

  it('lists e-mail addresses and phone numbers in the order they were entered', async () => {
    // Ten of each: with a shared timestamp and random ids the chance of keeping this order by luck
    // is 1 in 10! per list.
    const emails = Array.from({ length: 10 }, (_, i) => `${String.fromCharCode(106 - i)}@example.nl`);
    const phones = Array.from({ length: 10 }, (_, i) => `+3161234567${9 - i}`);
    const created = await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      familyName: 'Volgorde',
      emails,
      phones,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ emails, phones });
    const url = `/api/v1/parties/${created.json().id}`;
    expect((await c.get(kcc, url)).json()).toMatchObject({ emails, phones });
    const reordered = [...emails].reverse();
    const patched = await c.patch(kcc, url, { emails: reordered }, { 'if-match': '"1"' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await c.get(kcc, url)).json()).toMatchObject({ emails: reordered, phones });
  });

  it('patches with If-Match: 428 without, 412 when stale, and keeps reachability', async () => {
    const created = (
      await c.post(kcc, '/api/v1/parties', {
        kind: 'person',
        familyName: 'Jansen',
        emails: ['j@example.nl'],
        preferredChannel: 'email',
      })
    ).json();
    const url = `/api/v1/parties/${created.id}`;
    expect((await c.patch(kcc, url, { givenName: 'Piet' })).statusCode).toBe(428);
    const ok = await c.patch(
      kcc,
      url,
      { givenName: 'Piet', phones: ['+31 6 87654321'] },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({
      displayName: 'Piet Jansen',
      emails: ['j@example.nl'],
      phones: ['+31687654321'],
      version: 2,
    });
    expect((await c.patch(kcc, url, { givenName: 'Klaas' }, { 'if-match': '"1"' })).statusCode).toBe(412);
    // Removing the only e-mail address while e-mail is preferred would leave no way to reach them.
    const unreachable = await c.patch(kcc, url, { emails: [] }, { 'if-match': '"2"' });
    expect(unreachable.statusCode).toBe(400);
    expect(unreachable.json().errors[0].pointer).toBe('/preferredChannel');
    expect((await c.get(kcc, url)).json()).toMatchObject({ givenName: 'Piet', version: 2 });
  });

  it('searches by name prefix, postcode + house number, e-mail, phone, BSN and KvK', async () => {
    await c.post(kcc, '/api/v1/parties', {
      kind: 'person',
      givenName: 'Zoë',
      familyName: 'Zoekmans',
      bsn: '100000009', // 9·1 − 9 = 0
      postcode: '9876ZX',
      houseNumber: 5,
      emails: ['zoe@example.nl'],
      phones: ['0201234567'],
    });
    const ids = async (query: string) => {
      const res = await c.get(kcc, `/api/v1/parties?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
      return res
        .json()
        .items.map(
          (p: { familyName: string | null; organisationName: string | null }) =>
            p.familyName ?? p.organisationName,
        );
    };
    expect(await ids('q=zoek')).toEqual(['Zoekmans']);
    expect(await ids('q=Zo%C3%AB')).toEqual(['Zoekmans']);
    expect(await ids('q=%25')).toEqual([]);
    expect(await ids('postcode=9876%20zx&houseNumber=5')).toEqual(['Zoekmans']);
    expect(await ids('postcode=9876zx&houseNumber=6')).toEqual([]);
    expect(await ids('email=ZOE@example.nl')).toEqual(['Zoekmans']);
    expect(await ids('phone=020-123%204567')).toEqual(['Zoekmans']);
    expect(await ids('phone=%2B31201234567')).toEqual(['Zoekmans']);
    expect(await ids('bsn=100000009')).toEqual(['Zoekmans']);
    expect(await ids('kvk=12345678')).toEqual(['Bakkerij Brood']);
    const bad = await c.get(kcc, '/api/v1/parties?bsn=123456789');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('/query/bsn');
    const list = await c.get(kcc, '/api/v1/parties?q=zoek');
    expect(list.json()).toMatchObject({ page: 1, pageSize: 50, total: 1 });
    expect(list.json().items[0].bsnMasked).toBe('*****0009');
  });

  it('answers 404 for an unknown party', async () => {
    const res = await c.get(kcc, '/api/v1/parties/00000000-0000-4000-8000-000000000001');
    expect(res.statusCode).toBe(404);
  });
});
