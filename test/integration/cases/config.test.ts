// Beheer: the seeded catalogue, categories (If-Match, CSV import all-or-nothing), routing rules
// applied to new cases, message templates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createCase, startWorld, teamId, type World } from './helpers.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { seedCaseCatalogue } from '../../../src/server/modules/cases/index.js';

describe('cases configuration', () => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld();
  }, 240_000);
  afterAll(() => w.t.close());

  it('seeds a default tree with teams, and seeding again changes nothing', async () => {
    const list = (await api(w, w.kcc, 'GET', '/api/v1/case-categories')).json();
    const codes = list.map((c: { code: string }) => c.code);
    for (const code of [
      'losliggende-tegel',
      'kapotte-straatverlichting',
      'zwerfafval',
      'volle-container',
      'overhangend-groen',
      'vraag-algemeen',
      'klacht-behandeling',
      'extra-container',
    ])
      expect(codes).toContain(code);
    const root = list.find((c: { code: string }) => c.code === 'openbare-ruimte');
    expect(root.defaultTeamId).toBe(await teamId(w, w.kcc, 'Openbare ruimte'));
    await withTenant(w.t.deps.database, w.kcc.tenantId, (tx) => seedCaseCatalogue(tx, w.kcc.tenantId));
    expect((await api(w, w.kcc, 'GET', '/api/v1/case-categories')).json()).toEqual(list);
    const other = (await api(w, w.other, 'GET', '/api/v1/case-categories')).json();
    expect(other.find((c: { code: string }) => c.code === 'openbare-ruimte').defaultTeamId).toBe(
      await teamId(w, w.other, 'Buitendienst'),
    );
  });

  it('creates and patches categories with checks on parent, team and cycles', async () => {
    const created = await api(w, w.beheerder, 'POST', '/api/v1/case-categories', {
      code: 'graffiti',
      parentCode: 'openbare-ruimte',
      nameNl: 'Graffiti',
      dueWorkingDays: 7,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.location).toBe('/api/v1/case-categories/graffiti');
    expect(
      (await api(w, w.beheerder, 'POST', '/api/v1/case-categories', { code: 'graffiti', nameNl: 'Dubbel' }))
        .statusCode,
    ).toBe(400);
    const noParent = await api(w, w.beheerder, 'POST', '/api/v1/case-categories', {
      code: 'x1',
      parentCode: 'nergens',
      nameNl: 'X',
    });
    expect(noParent.statusCode).toBe(422);
    expect(noParent.json().errors[0].pointer).toBe('/parentCode');
    const cycle = await api(
      w,
      w.beheerder,
      'PATCH',
      '/api/v1/case-categories/openbare-ruimte',
      { parentCode: 'graffiti' },
      { 'if-match': '"1"' },
    );
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().type).toMatch(/case-category-cycle$/);
    expect(
      (await api(w, w.beheerder, 'PATCH', '/api/v1/case-categories/graffiti', { nameNl: 'Graffiti!' }))
        .statusCode,
    ).toBe(428);
    const ok = await api(
      w,
      w.beheerder,
      'PATCH',
      '/api/v1/case-categories/graffiti',
      { nameNl: 'Graffiti en bekladding' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(
      (
        await api(
          w,
          w.beheerder,
          'PATCH',
          '/api/v1/case-categories/graffiti',
          { nameNl: 'Oud' },
          { 'if-match': '"1"' },
        )
      ).statusCode,
    ).toBe(412);
    // Another gemeente's category of the same code is its own: patching here does not touch it.
    expect(
      (await api(w, w.other, 'GET', '/api/v1/case-categories'))
        .json()
        .some((c: { code: string }) => c.code === 'graffiti'),
    ).toBe(false);
    expect(
      (await api(w, w.kcc, 'POST', '/api/v1/case-categories', { code: 'kcc-mag-niet', nameNl: 'X' }))
        .statusCode,
    ).toBe(403);
  });

  it('imports a category tree from CSV, all or nothing, with line-numbered errors', async () => {
    const csv = (body: string) =>
      w.t.app.inject({
        method: 'POST',
        url: '/api/v1/case-categories/import',
        headers: { cookie: w.beheerder.cookie, 'x-csrf-token': w.beheerder.csrf, 'content-type': 'text/csv' },
        payload: body,
      });
    const header = 'code;parent_code;kind;name_nl;name_en;due_working_days;team\n';
    const bad = await csv(
      header + 'water;;melding;Water;;10;Openbare ruimte\nsloot;water;;Sloot;;x;\nput;riool;;Put;;5;\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/file/line/3/due_working_days',
    ]);
    const badParent = await csv(header + 'water;;melding;Water;;10;Openbare ruimte\nput;riool;;Put;;5;\n');
    expect(badParent.json().errors).toEqual([
      {
        pointer: '/file/line/3/parent_code',
        detail: "regel 3, kolom parent_code: bovenliggende categorie 'riool' bestaat niet",
      },
    ]);
    const cats = () =>
      api(w, w.beheerder, 'GET', '/api/v1/case-categories').then(
        (r) =>
          r.json() as { code: string; parentCode: string | null; kind: string; dueWorkingDays: number }[],
      );
    expect((await cats()).some((c) => c.code === 'water')).toBe(false);
    const ok = await csv(
      header +
        'water;;melding;Water;Water;10;Openbare ruimte\nsloot;water;;Vervuilde sloot;;4;\nzwerfafval;afval;;Zwerfvuil;;2;\n',
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 2, updated: 1 });
    const after = await cats();
    expect(after.find((c) => c.code === 'sloot')).toMatchObject({
      parentCode: 'water',
      kind: 'melding',
      dueWorkingDays: 4,
    });
    expect(after.find((c) => c.code === 'zwerfafval')).toMatchObject({ dueWorkingDays: 2 });
    const c = await createCase(w, { categoryCode: 'sloot' });
    expect(c.teamId).toBe(await teamId(w, w.kcc, 'Openbare ruimte'));
  });

  it('routes by the most specific rule and applies rule changes (If-Match) to new cases', async () => {
    const zaken = await teamId(w, w.kcc, 'Burgerzaken');
    const kcc = await teamId(w, w.kcc, 'Klantcontactcentrum');
    const whole = await api(w, w.beheerder, 'POST', '/api/v1/routing-rules', {
      categoryCode: 'zwerfafval',
      teamId: kcc,
    });
    expect(whole.statusCode, whole.body).toBe(201);
    const area = await api(w, w.beheerder, 'POST', '/api/v1/routing-rules', {
      categoryCode: 'zwerfafval',
      teamId: zaken,
      postcodeFrom: 1000,
      postcodeTo: 1099,
    });
    expect(area.statusCode).toBe(201);
    expect((await createCase(w, { categoryCode: 'zwerfafval', postcode: '1011AB' })).teamId).toBe(zaken);
    expect((await createCase(w, { categoryCode: 'zwerfafval', postcode: '2011AB' })).teamId).toBe(kcc);
    expect((await createCase(w, { categoryCode: 'zwerfafval' })).teamId).toBe(kcc);
    const bad = await api(w, w.beheerder, 'POST', '/api/v1/routing-rules', {
      categoryCode: 'zwerfafval',
      teamId: zaken,
      postcodeFrom: 1200,
    });
    expect(bad.statusCode).toBe(422);
    expect(
      (
        await api(w, w.beheerder, 'POST', '/api/v1/routing-rules', { categoryCode: 'nope', teamId: zaken })
      ).json().errors[0].pointer,
    ).toBe('/categoryCode');
    const patched = await api(
      w,
      w.beheerder,
      'PATCH',
      `/api/v1/routing-rules/${area.json().id}`,
      { postcodeFrom: 2000, postcodeTo: 2099 },
      { 'if-match': '"1"' },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await createCase(w, { categoryCode: 'zwerfafval', postcode: '2011AB' })).teamId).toBe(zaken);
    expect((await api(w, w.beheerder, 'DELETE', `/api/v1/routing-rules/${whole.json().id}`)).statusCode).toBe(
      428,
    );
    expect(
      (
        await api(w, w.beheerder, 'DELETE', `/api/v1/routing-rules/${whole.json().id}`, undefined, {
          'if-match': '"1"',
        })
      ).statusCode,
    ).toBe(204);
    expect((await api(w, w.other, 'GET', '/api/v1/routing-rules')).statusCode).toBe(403);
    const adminO = await (await import('../../helpers/app.js')).login(w.t.app, 'proefdorp', 'beheerder');
    expect((await api(w, adminO, 'GET', `/api/v1/routing-rules/${area.json().id}`)).statusCode).toBe(404);
    expect((await api(w, adminO, 'GET', '/api/v1/routing-rules')).json()).toEqual([]);
  });

  it('lists and replaces message templates (placeholders checked, If-Match when it exists)', async () => {
    const all = (await api(w, w.beheerder, 'GET', '/api/v1/message-templates')).json();
    expect(all).toHaveLength(28);
    const url = '/api/v1/message-templates/received/sms';
    const typo = await api(
      w,
      w.beheerder,
      'PUT',
      url,
      { body: 'Melding {{nummr}} ontvangen' },
      { 'if-match': '"1"' },
    );
    expect(typo.statusCode).toBe(400);
    expect(typo.json().errors[0]).toEqual({ pointer: '/body', detail: 'onbekende plaatshouder {{nummr}}' });
    expect((await api(w, w.beheerder, 'PUT', url, { body: 'Melding {{nummer}} binnen' })).statusCode).toBe(
      428,
    );
    const ok = await api(
      w,
      w.beheerder,
      'PUT',
      url,
      { body: 'Melding {{nummer}} binnen, {{naam}}' },
      { 'if-match': '"1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    expect(
      (await api(w, w.beheerder, 'PUT', '/api/v1/message-templates/received/fax', { body: 'x' })).statusCode,
    ).toBe(400);
    const c = await createCase(w, { feedbackChannel: 'sms', feedbackAddress: '06-11112222' });
    const msg = (await api(w, w.kcc, 'GET', `/api/v1/cases/${c.id}`)).json().messages[0];
    expect(msg).toMatchObject({
      channel: 'sms',
      recipient: '+31611112222',
      body: `Melding ${c.number} binnen, `,
    });
  });
});
