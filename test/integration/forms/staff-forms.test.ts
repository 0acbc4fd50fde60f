import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { FORMS } from './helpers.js';

const field = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  type: 'text',
  labelNl: key,
  required: false,
  maxLength: 100,
  purposeNl: 'Omdat het nodig is voor de afhandeling.',
  ...extra,
});

describe('editing a category e-form (beheer)', () => {
  let t: TestApp;
  let beheer: Login;
  let otherBeheer: Login;
  const url = '/api/v1/forms/losliggende-tegel';

  beforeAll(async () => {
    t = await startTestApp();
    beheer = await login(t.app, 'voorbeeldstad', 'beheerder');
    otherBeheer = await login(t.app, 'proefdorp', 'beheerder');
  }, 180_000);
  afterAll(() => t.close());

  const valid = {
    titleNl: 'Losse tegel melden',
    fields: [
      field('description', { type: 'textarea', required: true, maxLength: 1000 }),
      field('location', { required: true }),
      field('danger', {
        type: 'select',
        options: [
          { value: 'ja', labelNl: 'Ja' },
          { value: 'nee', labelNl: 'Nee' },
        ],
      }),
    ],
  };

  it('reads with an ETag and updates only with the current If-Match', async () => {
    const got = await t.app.inject({ method: 'GET', url, headers: as(beheer) });
    expect(got.statusCode).toBe(200);
    const etag = got.headers.etag as string;
    const missing = await t.app.inject({ method: 'PUT', url, headers: as(beheer), payload: valid });
    expect(missing.statusCode).toBe(428);
    const stale = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': '"99"' }),
      payload: valid,
    });
    expect(stale.statusCode).toBe(412);
    const ok = await t.app.inject({
      method: 'PUT',
      url,
      headers: as(beheer, { 'if-match': etag }),
      payload: valid,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(2);
    expect(ok.headers.etag).toBe('"2"');

    // Residents see the new form at once, and its submissions follow the new definition.
    const pub = await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms/losliggende-tegel` });
    expect(pub.json().fields.map((f: { key: string }) => f.key)).toEqual([
      'description',
      'location',
      'danger',
    ]);
    const sub = await t.app.inject({
      method: 'POST',
      url: `${FORMS}/voorbeeldstad/forms/losliggende-tegel/submissions`,
      payload: { answers: { description: 'x', location: 'y', email: 'a@b.nl' } },
    });
    expect(sub.statusCode).toBe(422);
    expect(sub.json().errors[0].pointer).toBe('/answers/email');
  });

  it("leaves another gemeente's form alone", async () => {
    const other = await t.app.inject({ method: 'GET', url, headers: as(otherBeheer) });
    expect(other.statusCode).toBe(200);
    expect(other.json().version).toBe(1);
    expect(other.json().fields.map((f: { key: string }) => f.key)).toContain('email');
  });

  it('rejects an invalid definition with a pointer per problem', async () => {
    const current = await t.app.inject({ method: 'GET', url, headers: as(beheer) });
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PUT',
        url,
        headers: as(beheer, { 'if-match': current.headers.etag as string }),
        payload,
      });

    const dup = await put({ ...valid, fields: [...valid.fields, field('location')] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors).toContainEqual({
      pointer: '/fields/3/key',
      detail: 'de sleutel "location" komt twee keer voor',
    });

    const noOptions = await put({ ...valid, fields: [...valid.fields, field('soort', { type: 'select' })] });
    expect(noOptions.statusCode).toBe(400);
    expect(noOptions.json().errors[0].pointer).toBe('/fields/3/options');

    const badType = await put({ ...valid, fields: [...valid.fields, field('foto', { type: 'file' })] });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().errors[0].pointer).toBe('/fields/3/type');

    const tooMany = await put({
      ...valid,
      fields: [...valid.fields, ...Array.from({ length: 28 }, (_, i) => field(`extra${i}`))],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].pointer).toBe('/fields');

    const noPurpose = await put({ ...valid, fields: [...valid.fields, field('x', { purposeNl: '  ' })] });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().errors[0].pointer).toBe('/fields/3/purposeNl');

    const wrongColumnType = await put({ ...valid, fields: [...valid.fields, field('email')] });
    expect(wrongColumnType.statusCode).toBe(400);
    expect(wrongColumnType.json().errors[0].pointer).toBe('/fields/3/type');

    const noDescription = await put({ ...valid, fields: valid.fields.slice(1) });
    expect(noDescription.statusCode).toBe(400);

    // Nothing of that was stored.
    const after = await t.app.inject({ method: 'GET', url, headers: as(beheer) });
    expect(after.json().version).toBe(current.json().version);
  });

  it('404s an unknown category; a category without a form gets one on PUT', async () => {
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forms/bestaat-niet',
      headers: as(beheer),
      payload: valid,
    });
    expect(unknown.statusCode).toBe(404);
    const noForm = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forms/extra-container',
      headers: as(beheer),
    });
    expect(noForm.statusCode).toBe(404);
    const created = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forms/extra-container',
      headers: as(beheer),
      payload: valid,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().version).toBe(1);
  });

  it('is beheer only', async () => {
    const kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    expect((await t.app.inject({ method: 'GET', url, headers: as(kcc) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('stops offering the form of a category the beheerder switched off', async () => {
    const cat = await t.app.inject({ method: 'GET', url: '/api/v1/case-categories', headers: as(beheer) });
    const items = (cat.json().items ?? cat.json()) as { code: string; version: number }[];
    const zwerfafval = items.find((c) => c.code === 'zwerfafval')!;
    const off = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/case-categories/zwerfafval',
      headers: as(beheer, { 'if-match': `"${zwerfafval.version}"` }),
      payload: { active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms` });
    expect(list.json().items.map((i: { categoryCode: string }) => i.categoryCode)).not.toContain(
      'zwerfafval',
    );
    const form = await t.app.inject({ method: 'GET', url: `${FORMS}/voorbeeldstad/forms/zwerfafval` });
    expect(form.statusCode).toBe(404);
    const sub = await t.app.inject({
      method: 'POST',
      url: `${FORMS}/voorbeeldstad/forms/zwerfafval/submissions`,
      payload: { answers: { description: 'x', location: 'y' } },
    });
    expect(sub.statusCode).toBe(404);
    // In the other gemeente the category is still on.
    const other = await t.app.inject({ method: 'GET', url: `${FORMS}/proefdorp/forms/zwerfafval` });
    expect(other.statusCode).toBe(200);
  });
});
