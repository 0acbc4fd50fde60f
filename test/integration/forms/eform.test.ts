import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../helpers/app.js';
import { count, FORMS, ownerRows, submission } from './helpers.js';

interface CaseRow {
  id: string;
  party_id: string | null;
  description: string;
  location_text: string | null;
  postcode: string | null;
  form_data: Record<string, string> | null;
  feedback_channel: string | null;
  feedback_address: string | null;
  source_channel: string;
}

describe('public e-forms', () => {
  let t: TestApp;
  const caseByNumber = async (number: string) =>
    (await ownerRows<CaseRow>(t, sql`select * from cases where number = ${number}`))[0]!;

  beforeAll(async () => {
    t = await startTestApp({ publicFormRateLimit: { max: 10_000, windowMs: 60_000 } });
  }, 180_000);
  afterAll(() => t.close());

  it("lists the gemeente's forms without login, and 404s an unknown gemeente", async () => {
    const res = await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { gemeente: { slug: string }; items: { categoryCode: string }[] };
    expect(body.gemeente.slug).toBe('voorbeeldstad');
    const codes = body.items.map((i) => i.categoryCode);
    expect(codes).toContain('losliggende-tegel');
    // Only leaves a resident reports on; no parent categories, no aanvragen without DigiD.
    expect(codes).not.toContain('bestrating');
    expect(codes).not.toContain('gehandicaptenparkeerplaats');
    expect((await t.app.inject({ method: 'GET', url: `${FORMS}/nergenshuizen/forms` })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `${FORMS}/nergenshuizen/forms/losliggende-tegel` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms/bestaat-niet` })).statusCode,
    ).toBe(404);
  });

  it('shows each field with its purpose and limits; contact details are optional', async () => {
    const res = await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms/losliggende-tegel` });
    expect(res.statusCode).toBe(200);
    const form = res.json() as {
      fields: { key: string; required: boolean; maxLength: number; purposeNl: string }[];
      maxBodyBytes: number;
    };
    expect(form.fields.map((f) => f.key)).toEqual(['description', 'location', 'email', 'phone']);
    for (const f of form.fields) {
      expect(f.purposeNl.length).toBeGreaterThan(10);
      expect(f.maxLength).toBeGreaterThan(0);
    }
    expect(form.fields.filter((f) => f.required).map((f) => f.key)).toEqual(['description', 'location']);
    expect(form.maxBodyBytes).toBe(20 * 1024);
  });

  it('creates an anonymous melding and stores nothing of empty optional fields', async () => {
    const [parties, addresses, messages] = [
      await count(t, 'parties'),
      await count(t, 'party_addresses'),
      await count(t, 'outbox_messages'),
    ];
    const res = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'losliggende-tegel'),
      payload: {
        answers: {
          description: 'Tegel steekt 3 cm uit',
          location: 'Dorpsstraat 12',
          email: '',
          phone: '   ',
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { caseNumber: string; token: string; followPath: string };
    expect(body.caseNumber).toMatch(/^M-\d{4}-\d{6}$/);
    expect(body.token.length).toBeGreaterThan(20);
    expect(body.followPath).toBe(
      `/melding/voorbeeldstad/${body.caseNumber}?token=${encodeURIComponent(body.token)}`,
    );

    const row = await caseByNumber(body.caseNumber);
    expect(row).toMatchObject({
      party_id: null,
      description: 'Tegel steekt 3 cm uit',
      location_text: 'Dorpsstraat 12',
      postcode: null,
      form_data: null,
      feedback_channel: null,
      feedback_address: null,
      source_channel: 'eform',
    });
    // The inbound contact: anonymous, e-form, linked to the case, no free text of the resident.
    const contacts = await ownerRows<{
      channel: string;
      source: string;
      party_id: string | null;
      summary: string;
    }>(t, sql`select channel, source, party_id, summary from contacts where case_id = ${row.id}`);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ channel: 'eform', source: 'eform', party_id: null });
    expect(contacts[0]!.summary).not.toContain('Tegel steekt');
    // No party, no address, and no message to anyone.
    expect(await count(t, 'parties')).toBe(parties);
    expect(await count(t, 'party_addresses')).toBe(addresses);
    expect(await count(t, 'outbox_messages')).toBe(messages);
  });

  it('keeps a feedback address only when the resident gives one, normalised', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'kapotte-straatverlichting'),
      payload: {
        answers: {
          description: 'Lamp brandt niet',
          location: 'Kerkplein',
          poleNumber: '',
          email: ' Inwoner@Example.NL ',
          phone: '06-12345678',
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await caseByNumber((res.json() as { caseNumber: string }).caseNumber);
    expect(row.feedback_channel).toBe('email');
    expect(row.feedback_address).toBe('inwoner@example.nl');
    // The empty lamp-post number is not there at all; the phone next to an e-mail is kept to call.
    expect(row.form_data).toEqual({ phone: '+31612345678' });
    expect(row.party_id).toBeNull();

    const sms = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'zwerfafval'),
      payload: { answers: { description: 'Zakken bij de bank', location: 'Park', phone: '0612345678' } },
    });
    expect(sms.statusCode, sms.body).toBe(201);
    const smsRow = await caseByNumber((sms.json() as { caseNumber: string }).caseNumber);
    expect(smsRow).toMatchObject({
      feedback_channel: 'sms',
      feedback_address: '+31612345678',
      form_data: null,
    });
  });

  it('keeps category-specific answers in formData', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'volle-container'),
      payload: { answers: { containerType: 'glas', description: 'Vol', location: 'Marktplein' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const row = await caseByNumber((res.json() as { caseNumber: string }).caseNumber);
    expect(row.form_data).toEqual({ containerType: 'glas' });
  });

  it('rejects unknown fields, missing required ones, bad values and over-long answers, writing nothing', async () => {
    const before = await count(t, 'cases');
    const post = (answers: Record<string, unknown>, category = 'losliggende-tegel') =>
      t.app.inject({ method: 'POST', url: submission('voorbeeldstad', category), payload: { answers } });

    const unknown = await post({ description: 'x', location: 'y', bsn: '123456782' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([
      { pointer: '/answers/bsn', detail: 'is geen veld van dit formulier' },
    ]);

    const missing = await post({ location: 'y' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ pointer: '/answers/description', detail: 'is verplicht' }]);

    const tooLong = await post({ description: 'x', location: 'a'.repeat(201) });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors[0].pointer).toBe('/answers/location');
    expect(tooLong.json().errors[0].detail).toContain('200');

    const badEmail = await post({ description: 'x', location: 'y', email: 'geen-adres' });
    expect(badEmail.statusCode).toBe(422);
    expect(badEmail.json().errors[0].pointer).toBe('/answers/email');

    const badOption = await post(
      { containerType: 'kernafval', description: 'x', location: 'y' },
      'volle-container',
    );
    expect(badOption.statusCode).toBe(422);
    expect(badOption.json().errors[0].pointer).toBe('/answers/containerType');

    const notText = await post({ description: 42, location: 'y' });
    expect(notText.statusCode).toBe(400);

    const extraTop = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'losliggende-tegel'),
      payload: { answers: { description: 'x', location: 'y' }, name: 'Jan' },
    });
    expect(extraTop.statusCode).toBe(400);
    expect(await count(t, 'cases')).toBe(before);
  });

  it('refuses a body over 20 KB with 413', async () => {
    const before = await count(t, 'cases');
    const res = await t.app.inject({
      method: 'POST',
      url: submission('voorbeeldstad', 'losliggende-tegel'),
      payload: { answers: { description: 'x'.repeat(21 * 1024), location: 'y' } },
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await count(t, 'cases')).toBe(before);
  });

  it('404s a submission to an unknown gemeente or category', async () => {
    const payload = { answers: { description: 'x', location: 'y' } };
    const a = await t.app.inject({
      method: 'POST',
      url: submission('nergenshuizen', 'losliggende-tegel'),
      payload,
    });
    expect(a.statusCode).toBe(404);
    const b = await t.app.inject({ method: 'POST', url: submission('voorbeeldstad', 'bestrating'), payload });
    expect(b.statusCode).toBe(404);
  });

  it('honours Idempotency-Key without a session: one melding for a retried submission', async () => {
    const before = await count(t, 'cases');
    const send = (description: string) =>
      t.app.inject({
        method: 'POST',
        url: submission('voorbeeldstad', 'losliggende-tegel'),
        headers: { 'idempotency-key': 'eform-retry-1' },
        payload: { answers: { description, location: 'Stationsweg 1' } },
      });
    const first = await send('Tegel los');
    const again = await send('Tegel los');
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().caseNumber).toBe(first.json().caseNumber);
    expect(await count(t, 'cases')).toBe(before + 1);
    const other = await send('Andere tekst');
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toContain('idempotency-key-reused');
  });
});
