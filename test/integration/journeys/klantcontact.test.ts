// Measured heartbeats from Klantcontact (KTO answers and contact counts linked to steps), the
// permissions that hide them, tenant isolation, going live and the before/after comparison.
// Cases and contacts are registered through their APIs; only the past times of KTO answers are
// set as the owner, as in the insights fixtures. Expected figures are worked out in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { rowsOf } from '../../../src/server/platform/db/migrate.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import { seedJourneyDemo } from '../../../src/server/modules/journeys/index.js';
import { journeyBody, personaBody } from './fixtures.js';

const BEFORE_SCORES = [5, 4, 2, 1, 1, 2, 3, 1, 2, 4]; // 3 of 10 satisfied, mean 2.5
const AFTER_SCORES = [5, 5, 4, 4, 5, 4, 3, 5, 4, 2]; // 8 of 10 satisfied

describe('measured heartbeats from Klantcontact', () => {
  let t: TestApp;
  let analist: Login;
  let kcc: Login;
  let adviseur: Login;
  let other: Login;
  let desiredId: string;
  let currentId: string;

  const call = (s: Login, method: string, url: string, payload?: object) =>
    t.app.inject({ method: method as 'GET', url, headers: as(s), ...(payload ? { payload } : {}) });
  const owner = (q: ReturnType<typeof sql>) =>
    t.db.database.asOwner(async (tx) => rowsOf<Record<string, unknown>>(await tx.execute(q)));

  async function contact(topicCode: string, day: string) {
    const res = await call(kcc, 'POST', '/api/v1/contacts', {
      channel: 'phone',
      direction: 'in',
      topicCode,
      summary: 'testcontact',
      outcome: 'answered',
      occurredAt: `${day}T10:00:00+02:00`,
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  beforeAll(async () => {
    t = await startTestApp();
    analist = await login(t.app, 'voorbeeldstad', 'analist');
    kcc = await login(t.app, 'voorbeeldstad', 'kcc');
    adviseur = await login(t.app, 'voorbeeldstad', 'adviseur');
    other = await login(t.app, 'proefdorp', 'analist');
    const personaId = (await call(analist, 'POST', '/api/v1/personas', personaBody())).json().id;
    currentId = (await call(analist, 'POST', '/api/v1/journeys', journeyBody([personaId]))).json().id;
    desiredId = (
      await call(
        analist,
        'POST',
        '/api/v1/journeys',
        journeyBody([personaId], { state: 'desired', counterpartId: currentId }),
      )
    ).json().id;

    // Two meldingen; their KTO answers: ten in May 2026 (before going live), ten in June (after).
    const caseIds: string[] = [];
    for (const categoryCode of ['losliggende-tegel', 'kapotte-straatverlichting']) {
      const res = await call(kcc, 'POST', '/api/v1/cases', {
        categoryCode,
        description: 'Testmelding',
        sourceChannel: 'phone',
        postcode: '3511AB',
        houseNumber: 1,
      });
      expect(res.statusCode, res.body).toBe(201);
      caseIds.push(res.json().id);
    }
    const tenant = (await owner(sql`select tenant_id from cases where id = ${caseIds[0]}::uuid`))[0]!
      .tenant_id;
    const answer = (caseId: string, score: number, at: string) =>
      owner(sql`insert into satisfaction_responses (tenant_id, case_id, score, channel, created_at)
        values (${tenant}::uuid, ${caseId}::uuid, ${score}, 'email', ${at}::timestamptz)`);
    for (const [i, score] of BEFORE_SCORES.entries())
      await answer(caseIds[0]!, score, `2026-05-${10 + i}T10:00:00Z`);
    for (const [i, score] of AFTER_SCORES.entries())
      await answer(caseIds[1]!, score, `2026-06-${10 + i}T10:00:00Z`);
    // A KTO answer of a category that is not linked (klachten) must not count.
    const complaint = await call(kcc, 'POST', '/api/v1/cases', {
      categoryCode: 'klacht-behandeling',
      description: 'Klacht',
      sourceChannel: 'phone',
    });
    if (complaint.statusCode === 201) await answer(complaint.json().id, 1, '2026-05-20T10:00:00Z');

    // Contacts: before 3 "waar blijft mijn melding?" + 1 street light; after 1 + 5; one unrelated.
    for (const d of ['2026-05-05', '2026-05-12', '2026-05-19']) await contact('status-melding', d);
    await contact('or-verlichting', '2026-05-20');
    await contact('status-melding', '2026-06-03');
    for (const d of ['2026-06-02', '2026-06-09', '2026-06-10', '2026-06-16', '2026-06-23'])
      await contact('or-verlichting', d);
    await contact('bz-reisdocument', '2026-05-20');
  }, 240_000);
  afterAll(() => t.close());

  it('links a step to categories and topics of the own gemeente, all-or-nothing', async () => {
    const bad = await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/steps/s3/links`, {
      ktoCategories: ['bestaat-niet'],
      contactTopics: ['status-melding', 'ook-niet'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/ktoCategories/0',
      '/contactTopics/1',
    ]);
    expect((await call(analist, 'GET', `/api/v1/journeys/${desiredId}/step-links`)).json().items).toEqual([]);
    expect(
      (
        await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/steps/nope/links`, {
          ktoCategories: [],
          contactTopics: [],
        })
      ).statusCode,
    ).toBe(404);

    const ok = await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/steps/s3/links`, {
      // A parent code includes its descendants: bestrating → losliggende-tegel, verlichting → …
      ktoCategories: ['bestrating', 'verlichting'],
      contactTopics: ['status-melding', 'or-verlichting'],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const links = (await call(analist, 'GET', `/api/v1/journeys/${desiredId}/step-links`)).json().items;
    expect(links).toEqual([
      {
        stepId: 's3',
        ktoCategories: ['bestrating', 'verlichting'],
        contactTopics: ['or-verlichting', 'status-melding'],
      },
    ]);
    // The KTO link makes the step's heartbeat measured.
    const journey = (await call(analist, 'GET', `/api/v1/journeys/${desiredId}`)).json();
    expect(journey.grounding.assumedStepIds).not.toContain('s3');
  });

  it('shows KTO n, mean and 95% intervals, and contact counts split into value and avoidable demand', async () => {
    const res = await call(
      kcc,
      'GET',
      `/api/v1/journeys/${desiredId}/klantcontact?from=2026-05-04&to=2026-05-31`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // voorbeeldstad is a demo gemeente: its figures are labelled synthetic.
    expect(body.provenance).toMatchObject({
      synthetic: true,
      period: { from: '2026-05-04', to: '2026-05-31' },
      hidden: [],
    });
    expect(body.provenance.kto).toMatch(/^Fictieve voorbeelddata .*KTO/);
    const [step] = body.steps;
    // Mean 2.5; sd = √(18.5/9) = 1.43372; half-width 1.959964·1.43372/√10 = 0.88861.
    expect(step.kto).toMatchObject({ n: 10, suppressed: false, mean: 2.5, satisfied: 3 });
    expect(step.kto.sd).toBeCloseTo(1.43372, 4);
    expect(step.kto.meanCi.low).toBeCloseTo(1.61139, 4);
    expect(step.kto.meanCi.high).toBeCloseTo(3.38861, 4);
    // Wilson 3/10: 0.1078–0.6032 (R: prop.test(3, 10, correct = FALSE)$conf.int).
    expect(step.kto.satisfiedShare.low).toBeCloseTo(0.1078, 3);
    expect(step.kto.satisfiedShare.high).toBeCloseTo(0.6032, 3);
    // 3 avoidable + 1 value demand; the passport contact is not linked.
    expect(step.contacts).toMatchObject({ total: 4, avoidable: 3, value: 1, days: 28, perWeek: 1 });
    expect(step.contacts.weeks.reduce((s: number, w: { avoidable: number }) => s + w.avoidable, 0)).toBe(3);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await call(
      kcc,
      'GET',
      `/api/v1/journeys/${desiredId}/klantcontact?from=2026-06-01&to=2026-05-01`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].pointer).toBe('/query/from');
  });

  it('suppresses KTO figures of fewer than five answers', async () => {
    const res = await call(
      kcc,
      'GET',
      `/api/v1/journeys/${desiredId}/klantcontact?from=2026-05-10&to=2026-05-12`,
    );
    expect(res.json().steps[0].kto).toMatchObject({ n: 3, suppressed: true, mean: null, meanCi: null });
  });

  it('leaves out what the role may not read, and says so in the provenance', async () => {
    const url = `/api/v1/journeys/${desiredId}/klantcontact?from=2026-05-04&to=2026-05-31`;
    const asAnalist = (await call(analist, 'GET', url)).json();
    expect(asAnalist.steps[0].kto.n).toBe(10); // insights:read: the aggregate Inzichten shows too
    expect(asAnalist.steps[0]).not.toHaveProperty('contacts');
    expect(asAnalist.provenance.hidden).toEqual(['contacts: vraagt het recht contacts:read']);
    const asAdviseur = (await call(adviseur, 'GET', url)).json();
    expect(asAdviseur.steps[0]).not.toHaveProperty('kto');
    expect(asAdviseur.steps[0]).not.toHaveProperty('contacts');
    expect(asAdviseur.provenance.hidden).toHaveLength(2);
  });

  it('keeps each gemeente to its own journeys and figures', async () => {
    expect((await call(other, 'GET', `/api/v1/journeys/${desiredId}/klantcontact`)).statusCode).toBe(404);
    expect(
      (
        await call(other, 'PUT', `/api/v1/journeys/${desiredId}/steps/s3/links`, {
          ktoCategories: [],
          contactTopics: [],
        })
      ).statusCode,
    ).toBe(404);
    const personaId = (await call(other, 'POST', '/api/v1/personas', personaBody())).json().id;
    const own = (await call(other, 'POST', '/api/v1/journeys', journeyBody([personaId]))).json().id;
    await call(other, 'PUT', `/api/v1/journeys/${own}/steps/s3/links`, {
      ktoCategories: ['bestrating'],
      contactTopics: [],
    });
    const res = (
      await call(other, 'GET', `/api/v1/journeys/${own}/klantcontact?from=2026-05-04&to=2026-05-31`)
    ).json();
    expect(res.steps[0].kto.n).toBe(0); // voorbeeldstad's ten answers stay in voorbeeldstad
  });

  it('records when a desired journey went live, and refuses what cannot be', async () => {
    expect((await call(analist, 'GET', `/api/v1/journeys/${desiredId}/before-after`)).statusCode).toBe(409);
    expect(
      (await call(analist, 'PUT', `/api/v1/journeys/${currentId}/live`, { liveOn: '2026-06-01' })).statusCode,
    ).toBe(409);
    const future = await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/live`, { liveOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].pointer).toBe('/liveOn');
    const noVersion = await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/live`, {
      liveOn: '2026-06-01',
      version: 99,
    });
    expect(noVersion.json().errors[0].pointer).toBe('/version');
    const before = await call(analist, 'GET', `/api/v1/journeys/${desiredId}`);
    const ok = await call(analist, 'PUT', `/api/v1/journeys/${desiredId}/live`, { liveOn: '2026-06-01' });
    expect(ok.json()).toEqual({ liveOn: '2026-06-01', liveVersion: 1 });
    const after = await call(analist, 'GET', `/api/v1/journeys/${desiredId}`);
    expect(after.json()).toMatchObject({ liveOn: '2026-06-01', liveVersion: 1 });
    // Going live is no edit of the map: the ETag an editor holds stays valid.
    expect(after.headers.etag).toBe(before.headers.etag);
  });

  it('compares before and after going live with a two-proportion z-test', async () => {
    const res = await call(kcc, 'GET', `/api/v1/journeys/${desiredId}/before-after?days=28`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.periods).toEqual({
      before: { from: '2026-05-04', to: '2026-05-31', days: 28 },
      after: { from: '2026-06-01', to: '2026-06-28', days: 28 },
    });
    const [step] = body.steps;
    expect(step.kto.before.satisfied).toBe(3);
    expect(step.kto.after.satisfied).toBe(8);
    // 8/10 versus 3/10: pooled .55, z = .5/√(.55·.45·.2) = 2.2473, p = .0246
    // (R: prop.test(c(8, 3), c(10, 10), correct = FALSE)$p.value = 0.02462).
    expect(step.kto.satisfied.test.z).toBeCloseTo(2.2473, 3);
    expect(step.kto.satisfied.test.pValue).toBeCloseTo(0.02462, 4);
    expect(step.kto.satisfied.test.significant).toBe(true);
    // Contacts: 3 of 4 avoidable before, 1 of 6 after; 1 per week before, 1.5 after.
    expect(step.contacts.before).toMatchObject({ total: 4, avoidable: 3, perWeek: 1 });
    expect(step.contacts.after).toMatchObject({ total: 6, avoidable: 1, perWeek: 1.5 });
    expect(step.contacts.avoidable.test.difference).toBeCloseTo(1 / 6 - 3 / 4, 10);
    // Without contacts:read the contact comparison is left out too.
    const asAdviseur = (
      await call(adviseur, 'GET', `/api/v1/journeys/${desiredId}/before-after?days=28`)
    ).json();
    expect(asAdviseur.steps[0]).not.toHaveProperty('contacts');
    expect(asAdviseur.steps[0]).not.toHaveProperty('kto');
  });

  it('links the demo melding journey to Klantcontact and records its desired map as live', async () => {
    await withTenant(t.deps.database, analist.tenantId, (tx) => seedJourneyDemo(tx, analist.tenantId));
    const list = (await call(analist, 'GET', '/api/v1/journeys?state=desired')).json().items as {
      id: string;
      title: string;
      liveOn: string | null;
    }[];
    const desired = list.find((j) => j.title === 'Voorbeeld: melding openbare ruimte (gewenst)')!;
    expect(desired.liveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const links = (await call(analist, 'GET', `/api/v1/journeys/${desired.id}/step-links`)).json().items;
    expect(links).toEqual(
      expect.arrayContaining([
        { stepId: 'mor-wachten', ktoCategories: [], contactTopics: ['status-melding'] },
        { stepId: 'mor-afronding', ktoCategories: ['openbare-ruimte'], contactTopics: [] },
      ]),
    );
  });

  it('removes the links with the journey', async () => {
    const etag = (await call(analist, 'GET', `/api/v1/journeys/${desiredId}`)).headers.etag as string;
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/journeys/${desiredId}`,
      headers: as(analist, { 'if-match': etag }),
    });
    expect(del.statusCode).toBe(204);
    const left = await owner(
      sql`select count(*)::int as n from journey_step_links where journey_id = ${desiredId}::uuid`,
    );
    expect(left[0]!.n).toBe(0);
  });
});
