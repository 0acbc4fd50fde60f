import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { api, BSN_A } from './helpers.js';

describe('contacts: tenant isolation', () => {
  let t: TestApp;
  let a: Login;
  let b: Login;
  let bBeheer: Login;
  let aBeheer: Login;
  let c: ReturnType<typeof api>;
  let partyOfB: string;
  let contactOfB: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await login(t.app, 'voorbeeldstad', 'kcc');
    aBeheer = await login(t.app, 'voorbeeldstad', 'beheerder');
    b = await login(t.app, 'proefdorp', 'kcc');
    bBeheer = await login(t.app, 'proefdorp', 'beheerder');
    c = api(t);
    const party = await c.post(b, '/api/v1/parties', {
      kind: 'person',
      familyName: 'Proefdorper',
      bsn: BSN_A,
      emails: ['alleen@proefdorp.example'],
      postcode: '5555PD',
      houseNumber: 1,
    });
    expect(party.statusCode, party.body).toBe(201);
    partyOfB = party.json().id;
    const contact = await c.post(b, '/api/v1/contacts', {
      channel: 'counter',
      direction: 'in',
      partyId: partyOfB,
      topicCode: 'bz-verhuizing',
      summary: 'Geheim van Proefdorp',
      outcome: 'answered',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    contactOfB = contact.json().id;
  });
  afterAll(() => t.close());

  it('answers 404 for another gemeente’s party and contact, for reads and writes', async () => {
    for (const url of [
      `/api/v1/parties/${partyOfB}`,
      `/api/v1/parties/${partyOfB}/history`,
      `/api/v1/contacts/${contactOfB}`,
    ]) {
      expect((await c.get(a, url)).statusCode, url).toBe(404);
    }
    expect(
      (await c.patch(a, `/api/v1/parties/${partyOfB}`, { familyName: 'Over' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await c.patch(a, `/api/v1/contacts/${contactOfB}`, { summary: 'Over' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(404);
    expect((await c.get(b, `/api/v1/contacts/${contactOfB}`)).json().summary).toBe('Geheim van Proefdorp');
  });

  it('does not let a contact point at another gemeente’s party', async () => {
    const res = await c.post(a, '/api/v1/contacts', {
      channel: 'phone',
      direction: 'in',
      partyId: partyOfB,
      summary: 'x',
      outcome: 'answered',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].pointer).toBe('/partyId');
  });

  it('lets each gemeente register the same BSN once, independently', async () => {
    const res = await c.post(a, '/api/v1/parties', { kind: 'person', familyName: 'Voorbeelder', bsn: BSN_A });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('excludes another gemeente from search, lists and exports', async () => {
    for (const q of ['q=proef', 'postcode=5555PD&houseNumber=1', 'email=alleen@proefdorp.example']) {
      const res = await c.get(a, `/api/v1/parties?${q}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items, q).toEqual([]);
    }
    const bsn = await c.get(a, `/api/v1/parties?bsn=${BSN_A}`);
    expect(bsn.json().items.map((p: { id: string }) => p.id)).not.toContain(partyOfB);
    const own = await c.get(b, '/api/v1/parties?q=proef');
    expect(own.json().items.map((p: { id: string }) => p.id)).toEqual([partyOfB]);
    const list = await c.get(a, '/api/v1/contacts?pageSize=200');
    expect(list.body).not.toContain(contactOfB);
    expect(list.body).not.toContain('Proefdorp');
    const exported = await c.get(aBeheer, '/api/v1/exports/openklant?pageSize=1000');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(partyOfB);
    expect(exported.body).not.toContain(contactOfB);
    const theirs = await c.get(bBeheer, '/api/v1/exports/openklant?pageSize=1000');
    expect(theirs.body).toContain(contactOfB);
  });

  it('keeps each gemeente’s topic tree its own', async () => {
    const created = await c.post(bBeheer, '/api/v1/contact-topics', {
      code: 'proef-only',
      nameNl: 'Alleen Proefdorp',
    });
    expect(created.statusCode).toBe(201);
    const mine = (await c.get(a, '/api/v1/contact-topics')).json().items.map((x: { code: string }) => x.code);
    expect(mine).not.toContain('proef-only');
    expect(
      (await c.patch(aBeheer, '/api/v1/contact-topics/proef-only', { nameNl: 'Over' }, { 'if-match': '"1"' }))
        .statusCode,
    ).toBe(404);
    const res = await c.post(a, '/api/v1/contacts', {
      channel: 'phone',
      direction: 'in',
      topicCode: 'proef-only',
      summary: '',
      outcome: 'answered',
    });
    expect(res.statusCode).toBe(422);
  });
});
