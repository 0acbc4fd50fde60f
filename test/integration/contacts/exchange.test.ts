import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { api, BSN_A, BSN_B, countRows } from './helpers.js';

const HEADER =
  'occurred_at;channel;direction;topic_code;summary;outcome;wait_seconds;handle_seconds;party_bsn';

describe('exchange: Open Klant export and CSV imports', () => {
  let t: TestApp;
  let kcc: Login;
  let beheerder: Login;
  let c: ReturnType<typeof api>;
  let person: { id: string };
  let org: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    beheerder = await login(t.app, 'voorbeeldstad', 'beheerder');
    c = api(t);
    person = (
      await c.post(kcc, '/api/v1/parties', {
        kind: 'person',
        givenName: 'Els',
        familyName: 'Export',
        bsn: BSN_A,
        emails: ['els@example.nl'],
        phones: ['0612345678'],
        preferredChannel: 'email',
        postcode: '1234AB',
        houseNumber: 7,
        street: 'Kerkstraat',
        city: 'Voorbeeldstad',
      })
    ).json();
    org = (
      await c.post(kcc, '/api/v1/parties', {
        kind: 'organisation',
        organisationName: 'Export BV',
        kvk: '87654321',
      })
    ).json();
  });
  afterAll(() => t.close());

  it('imports historical contacts all-or-nothing, reporting every error with line and column', async () => {
    const before = await countRows(t, 'contacts');
    const bad = [
      HEADER,
      `2025-03-01T09:30:00+01:00;phone;in;afval-grofvuil;Grofvuil;answered;30;120;${BSN_A}`,
      '2025-03-02T10:00:00Z;fax;in;;Faxje;answered;;;',
      '2025-03-03 11:00;email;sideways;onbekend;x;maybe;10;-5;123456789',
      '2099-01-01T00:00:00Z;letter;out;;"Brief; met puntkomma";informed;;;111222334',
      `2025-03-04T10:00:00Z;chat;in;;Chat;answered;;;${BSN_B}`,
    ].join('\n');
    const res = await c.csv(beheerder, '/api/v1/contacts/import', bad);
    expect(res.statusCode, res.body).toBe(400);
    const details: string[] = res.json().errors.map((e: { detail: string }) => e.detail);
    const pointers: string[] = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/file/line/3/channel',
        '/file/line/4/occurred_at',
        '/file/line/4/direction',
        '/file/line/4/topic_code',
        '/file/line/4/outcome',
        '/file/line/4/handle_seconds',
        '/file/line/4/party_bsn',
        '/file/line/5/occurred_at',
        '/file/line/5/party_bsn',
        '/file/line/6/party_bsn',
      ]),
    );
    expect(pointers).not.toContain('/file/line/2/channel');
    expect(details.find((d) => d.startsWith('regel 4, kolom wait_seconds'))).toContain('wachtrij');
    expect(details.find((d) => d.startsWith('regel 6, kolom party_bsn'))).toContain('geen partij');
    expect(res.json().detail).toContain('Er is niets opgeslagen');
    expect(await countRows(t, 'contacts')).toBe(before);

    const good = [
      HEADER,
      `2025-03-01T09:30:00+01:00;phone;in;afval-grofvuil;<b>Grofvuil</b>;answered;30;120;${BSN_A}`,
      '2025-03-02T10:00:00Z;email;in;;"Vraag; met puntkomma";forwarded;;;',
    ].join('\r\n');
    const ok = await c.csv(beheerder, '/api/v1/contacts/import', good);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ imported: 2 });
    const list = (await c.get(kcc, `/api/v1/contacts?partyId=${person.id}`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      channel: 'phone',
      summary: '<b>Grofvuil</b>',
      source: 'import',
      waitSeconds: 30,
      handleSeconds: 120,
      occurredAt: '2025-03-01T08:30:00.000Z',
      topicName: 'Grofvuil ophalen',
    });
  });

  it('refuses a file with a wrong header or the wrong content type', async () => {
    const res = await c.csv(beheerder, '/api/v1/contacts/import', 'when;channel\n2025-01-01T00:00:00Z;phone');
    expect(res.statusCode).toBe(400);
    const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/file/line/1/when', '/file/line/1/occurred_at']));
    const json = await c.post(beheerder, '/api/v1/contacts/import', { rows: [] });
    expect(json.statusCode).toBe(415);
    const empty = await c.csv(beheerder, '/api/v1/contacts/import', HEADER + '\n');
    expect(empty.statusCode).toBe(400);
  });

  it('imports a topic tree all-or-nothing: parents in file or database, no cycles', async () => {
    const before = await countRows(t, 'contact_topics');
    const cyclic = [
      'code;parent_code;name_nl;name_en;phase;avoidable',
      'parkeren;;Parkeren;Parking;;nee',
      'park-a;park-b;A;;2;nee',
      'park-b;park-a;B;;2;nee',
      'park-c;bestaat-niet;C;;9;misschien',
    ].join('\n');
    const bad = await c.csv(beheerder, '/api/v1/contact-topics/import', cyclic);
    expect(bad.statusCode).toBe(400);
    const pointers = bad.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/file/line/5/parent_code', '/file/line/5/phase', '/file/line/5/avoidable']),
    );
    const cycleOnly = cyclic.split('\n').slice(0, 4).join('\n');
    const cycle = await c.csv(beheerder, '/api/v1/contact-topics/import', cycleOnly);
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].detail).toContain('kring');
    expect(await countRows(t, 'contact_topics')).toBe(before);

    const good = [
      'code;parent_code;name_nl;name_en;phase;avoidable',
      'parkeren;;Parkeren;Parking;;nee',
      'park-vergunning;parkeren;Parkeervergunning;Parking permit;2;nee',
      'afval-grofvuil;afval;Grofvuil (gewijzigd);Bulky waste;2;ja',
    ].join('\n');
    const ok = await c.csv(beheerder, '/api/v1/contact-topics/import', good);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ created: 2, updated: 1 });
    const topics = (await c.get(kcc, '/api/v1/contact-topics')).json().items;
    expect(topics.find((x: { code: string }) => x.code === 'afval-grofvuil')).toMatchObject({
      nameNl: 'Grofvuil (gewijzigd)',
      avoidable: true,
      version: 2,
    });
    // Making a topic its own ancestor through PATCH is refused too.
    const loop = await c.patch(
      beheerder,
      '/api/v1/contact-topics/parkeren',
      { parentCode: 'park-vergunning' },
      { 'if-match': '"1"' },
    );
    expect(loop.statusCode).toBe(400);
    expect(loop.json().errors[0]).toMatchObject({ pointer: '/parentCode' });
  });

  it('exports in the Open Klant (Klantinteracties API) shape', async () => {
    const caseId = '00000000-0000-4000-8000-0000000000ca';
    const letterRes = await c.post(kcc, '/api/v1/contacts', {
      channel: 'letter',
      direction: 'out',
      partyId: org.id,
      summary: 'Brief verstuurd',
      outcome: 'informed',
      caseId,
    });
    expect(letterRes.statusCode, letterRes.body).toBe(201);
    const res = await c.get(beheerder, '/api/v1/exports/openklant?pageSize=100');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.totals).toEqual({ klantcontacten: 3, partijen: 2 });
    expect(body.next).toBeNull();
    expect(res.body).toContain(BSN_A); // the export is for moving data: identifiers go in full
    const imported = body.klantcontacten.find((k: { inhoud: string }) => k.inhoud === '<b>Grofvuil</b>');
    expect(imported).toMatchObject({
      kanaal: 'telefoon',
      onderwerp: 'Grofvuil (gewijzigd)',
      indicatieContactGelukt: true,
      taal: 'nld',
      vertrouwelijk: false,
      plaatsgevondenOp: '2025-03-01T08:30:00.000Z',
    });
    expect(Object.keys(imported)).toEqual(
      expect.arrayContaining([
        'uuid',
        'kanaal',
        'onderwerp',
        'inhoud',
        'indicatieContactGelukt',
        'taal',
        'vertrouwelijk',
        'plaatsgevondenOp',
      ]),
    );
    const letter = body.klantcontacten.find((k: { kanaal: string }) => k.kanaal === 'brief');
    expect(body.betrokkenen).toEqual(
      expect.arrayContaining([
        {
          uuid: imported.hadBetrokkenen[0].uuid,
          wasPartij: { uuid: person.id },
          hadKlantcontact: { uuid: imported.uuid },
          rol: 'klant',
          initiator: true,
        },
        {
          uuid: letter.hadBetrokkenen[0].uuid,
          wasPartij: { uuid: org.id },
          hadKlantcontact: { uuid: letter.uuid },
          rol: 'klant',
          initiator: false,
        },
      ]),
    );
    expect(body.onderwerpobjecten).toEqual([
      expect.objectContaining({
        klantcontact: { uuid: letter.uuid },
        onderwerpobjectidentificator: expect.objectContaining({ codeObjecttype: 'zaak', objectId: caseId }),
      }),
    ]);
    const persoon = body.partijen.find((p: { uuid: string }) => p.uuid === person.id);
    expect(persoon).toMatchObject({
      soortPartij: 'persoon',
      partijIdentificatie: { contactnaam: { voornaam: 'Els', achternaam: 'Export' } },
      indicatieActief: true,
    });
    const email = body.digitaleAdressen.find((d: { adres: string }) => d.adres === 'els@example.nl');
    expect(email).toMatchObject({ soortDigitaalAdres: 'email', verstrektDoorPartij: { uuid: person.id } });
    expect(persoon.voorkeursDigitaalAdres).toEqual({ uuid: email.uuid });
    expect(body.digitaleAdressen.find((d: { adres: string }) => d.adres === '+31612345678')).toMatchObject({
      soortDigitaalAdres: 'telefoonnummer',
    });
    expect(body.partijen.find((p: { uuid: string }) => p.uuid === org.id)).toMatchObject({
      soortPartij: 'organisatie',
      partijIdentificatie: { naam: 'Export BV' },
    });
    expect(body.partijIdentificatoren).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          identificeerdePartij: { uuid: person.id },
          partijIdentificator: {
            codeObjecttype: 'natuurlijk_persoon',
            codeSoortObjectId: 'bsn',
            objectId: BSN_A,
            codeRegister: 'brp',
          },
        }),
        expect.objectContaining({
          identificeerdePartij: { uuid: org.id },
          partijIdentificator: {
            codeObjecttype: 'niet_natuurlijk_persoon',
            codeSoortObjectId: 'kvk_nummer',
            objectId: '87654321',
            codeRegister: 'hr',
          },
        }),
      ]),
    );
    // Stable UUIDs: a second export names the same objects the same way.
    const again = (await c.get(beheerder, '/api/v1/exports/openklant?pageSize=100')).json();
    expect(again.betrokkenen.map((b: { uuid: string }) => b.uuid).sort()).toEqual(
      body.betrokkenen.map((b: { uuid: string }) => b.uuid).sort(),
    );
  });

  it('names a real case by its case number in onderwerpobjecten', async () => {
    const listed = (await c.get(kcc, '/api/v1/case-categories')).json();
    // The cases module answers a flat list (an array); tolerate a paged shape too.
    const categories = (Array.isArray(listed) ? listed : listed.items) as {
      code: string;
      active?: boolean;
    }[];
    expect(categories.length).toBeGreaterThan(0);
    const created = await c.post(kcc, '/api/v1/cases', {
      categoryCode: categories.find((x) => x.active !== false)!.code,
      partyId: person.id,
      description: 'Lantaarnpaal kapot',
      sourceChannel: 'phone',
    });
    expect(created.statusCode, created.body).toBe(201);
    const theCase = created.json() as { id: string; number: string };
    const contact = await c.post(kcc, '/api/v1/contacts', {
      channel: 'phone',
      direction: 'in',
      partyId: person.id,
      summary: 'Melding gedaan',
      outcome: 'case_created',
      caseId: theCase.id,
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const body = (await c.get(beheerder, '/api/v1/exports/openklant?pageSize=100')).json();
    const subject = body.onderwerpobjecten.find(
      (o: { klantcontact: { uuid: string } }) => o.klantcontact.uuid === contact.json().id,
    );
    expect(subject.onderwerpobjectidentificator).toEqual({
      codeObjecttype: 'zaak',
      codeRegister: 'buitenbinnen',
      codeSoortObjectId: 'identificatie',
      objectId: theCase.number,
    });
    // The resident history shows the case from the cases module beside the contacts.
    const history = (await c.get(kcc, `/api/v1/parties/${person.id}/history`)).json();
    expect(JSON.stringify(history.cases)).toContain(theCase.number);
    expect(history.contacts[0].caseId).toBe(theCase.id);
  });

  it('pages the export: every contact and party exactly once', async () => {
    const first = (await c.get(beheerder, '/api/v1/exports/openklant?pageSize=2')).json();
    expect(first.klantcontacten).toHaveLength(2);
    expect(first.partijen).toHaveLength(2);
    expect(first.next).toBe('/api/v1/exports/openklant?page=2&pageSize=2');
    const contactIds: string[] = [];
    const partyIds: string[] = [];
    let page = first;
    let pages = 1;
    for (;;) {
      contactIds.push(...page.klantcontacten.map((k: { uuid: string }) => k.uuid));
      partyIds.push(...page.partijen.map((p: { uuid: string }) => p.uuid));
      if (!page.next) break;
      page = (await c.get(beheerder, page.next)).json();
      pages++;
    }
    expect(first.totals.klantcontacten).toBeGreaterThanOrEqual(4);
    expect(pages).toBe(Math.ceil(first.totals.klantcontacten / 2));
    expect(new Set(contactIds).size).toBe(first.totals.klantcontacten);
    expect(contactIds).toHaveLength(first.totals.klantcontacten);
    expect(partyIds.sort()).toEqual([person.id, org.id].sort());
  });

  it('keeps exchange and configuration to the roles that have them', async () => {
    expect((await c.get(kcc, '/api/v1/exports/openklant')).statusCode).toBe(403);
    expect((await c.csv(kcc, '/api/v1/contacts/import', HEADER)).statusCode).toBe(403);
    expect((await c.post(kcc, '/api/v1/contact-topics', { code: 'x', nameNl: 'X' })).statusCode).toBe(403);
    const adviseur = await login(t.app, 'voorbeeldstad', 'adviseur');
    expect((await c.get(adviseur, '/api/v1/parties?q=a')).statusCode).toBe(403);
    expect((await c.get(adviseur, `/api/v1/parties/${person.id}/history`)).statusCode).toBe(403);
    const analist = await login(t.app, 'voorbeeldstad', 'analist');
    expect(
      (
        await c.post(analist, '/api/v1/contacts', {
          channel: 'phone',
          direction: 'in',
          summary: '',
          outcome: 'answered',
        })
      ).statusCode,
    ).toBe(403);
    // The beheerder reads but does not register contacts or manage parties.
    expect((await c.get(beheerder, `/api/v1/parties/${person.id}`)).statusCode).toBe(200);
    expect((await c.post(beheerder, '/api/v1/parties', { kind: 'person', familyName: 'X' })).statusCode).toBe(
      403,
    );
  });
});
