// Shared set-up for the cases tests: the demo gemeenten, sessions, a resident, a case.
import { expect } from 'vitest';
import { as, login, startTestApp, type Login, type TestApp } from '../../helpers/app.js';
import { withTenant } from '../../../src/server/platform/db/tenant.js';
import type { Tx } from '../../../src/server/platform/db/client.js';
import type { ActionContext } from '../../../src/server/platform/audit/service.js';

export interface World {
  t: TestApp;
  kcc: Login;
  behandelaar: Login;
  beheerder: Login;
  analist: Login;
  other: Login; // behandelaar in proefdorp
}

export async function startWorld(): Promise<World> {
  const t = await startTestApp();
  return {
    t,
    kcc: await login(t.app, 'voorbeeldstad', 'kcc'),
    behandelaar: await login(t.app, 'voorbeeldstad', 'behandelaar'),
    beheerder: await login(t.app, 'voorbeeldstad', 'beheerder'),
    analist: await login(t.app, 'voorbeeldstad', 'analist'),
    other: await login(t.app, 'proefdorp', 'behandelaar'),
  };
}

let keyCounter = 0;
export const freshKey = () => `test-${process.pid}-${Date.now()}-${keyCounter++}`;

export async function api(
  w: World,
  session: Login,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return w.t.app.inject({
    method,
    url,
    headers: as(session, headers),
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}

export async function createParty(
  w: World,
  fields: Record<string, unknown>,
  session = w.kcc,
): Promise<string> {
  const res = await api(w, session, 'POST', '/api/v1/parties', { kind: 'person', ...fields });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}

export interface CaseJson {
  id: string;
  number: string;
  status: string;
  teamId: string;
  dueDate: string;
  version: number;
  [k: string]: unknown;
}

export async function createCase(
  w: World,
  body: Record<string, unknown>,
  session = w.kcc,
): Promise<CaseJson> {
  const res = await api(w, session, 'POST', '/api/v1/cases', {
    categoryCode: 'losliggende-tegel',
    description: 'Tegel ligt los voor nummer 12',
    sourceChannel: 'phone',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CaseJson;
}

export async function setStatus(
  w: World,
  c: { id: string; version: number },
  body: Record<string, unknown>,
  session = w.behandelaar,
) {
  return api(w, session, 'POST', `/api/v1/cases/${c.id}/status`, body, { 'if-match': `"${c.version}"` });
}

export async function teamId(w: World, session: Login, name: string): Promise<string> {
  const res = await api(w, session, 'GET', '/api/v1/teams?pageSize=200');
  const team = (res.json() as { items: { id: string; name: string }[] }).items.find((x) => x.name === name);
  if (!team) throw new Error(`no team ${name}`);
  return team.id;
}

/** A service call in a gemeente as the system (no staff member), as the forms module makes it. */
export function asSystem<T>(
  w: World,
  tenantId: string,
  fn: (tx: Tx, ctx: ActionContext) => Promise<T>,
): Promise<T> {
  const ctx: ActionContext = {
    tenantId,
    actor: null,
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16), parentSpanId: null },
    origin: null,
    pseudonymKey: w.t.deps.keys.pseudonym,
  };
  return withTenant(w.t.deps.database, tenantId, (tx) => fn(tx, ctx));
}
