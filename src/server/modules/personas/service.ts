// Personas of one gemeente. A persona is fictional, so reading or writing one is a staff action
// (audit record) but no processing of personal data (no processing-log record).
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { selectPage } from '../../platform/db/page.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { isVulnerable, type PersonaInput } from '../../../shared/journeys/persona.js';
import { personas } from './tables.js';

export type PersonaOrigin = (typeof personas.$inferSelect)['origin'];

export interface PersonaView extends PersonaInput {
  id: string;
  example: boolean;
  vulnerable: boolean;
  origin: PersonaOrigin;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function personaView(row: typeof personas.$inferSelect): PersonaView {
  return {
    ...row.data,
    id: row.id,
    example: row.example,
    vulnerable: row.vulnerable,
    origin: row.origin,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The persona as stored in its document: what an export, a publication or a copy carries. */
export function personaInputOf(view: PersonaView): PersonaInput {
  const { id: _i, vulnerable: _v, origin: _o, version: _ve, createdAt: _c, updatedAt: _u, ...input } = view;
  return input;
}

const columnsOf = (input: PersonaInput) => ({
  name: input.name.trim(),
  kind: input.kind,
  vulnerable: isVulnerable(input),
  example: input.example ?? false,
  data: { ...input, name: input.name.trim() },
});

export interface PersonaQuery {
  page: number;
  pageSize: number;
  kind?: 'resident' | 'staff';
  vulnerable?: boolean;
}

export async function listPersonas(tx: Tx, tenantId: string, q: PersonaQuery) {
  const filters: SQL[] = [eq(personas.tenantId, tenantId)];
  if (q.kind) filters.push(eq(personas.kind, q.kind));
  if (q.vulnerable !== undefined) filters.push(eq(personas.vulnerable, q.vulnerable));
  const where = and(...filters);
  const { rows, total } = await selectPage(tx, personas, where, [asc(personas.name), asc(personas.id)], q);
  return { items: rows.map(personaView), page: q.page, pageSize: q.pageSize, total };
}

export async function getPersona(tx: Tx, tenantId: string, id: string): Promise<PersonaView> {
  const [row] = await tx
    .select()
    .from(personas)
    .where(and(eq(personas.tenantId, tenantId), eq(personas.id, id)));
  if (!row) throw problems.notFound('De persona');
  return personaView(row);
}

/** The personas of this gemeente among ids; ids of another gemeente are simply not found. */
export async function personasByIds(tx: Tx, tenantId: string, ids: string[]): Promise<PersonaView[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(personas)
    .where(and(eq(personas.tenantId, tenantId), inArray(personas.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, personaView(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function createPersona(
  tx: Tx,
  ctx: ActionContext,
  input: PersonaInput,
  origin: PersonaOrigin = null,
): Promise<PersonaView> {
  const [row] = await tx
    .insert(personas)
    .values({ tenantId: ctx.tenantId, ...columnsOf(input), origin })
    .returning();
  await recordAudit(tx, ctx, { action: 'persona.create', objectType: 'persona', objectId: row!.id });
  return personaView(row!);
}

export async function updatePersona(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  input: PersonaInput,
): Promise<PersonaView> {
  const row = await updateVersioned(
    tx,
    personas,
    { tenantId: ctx.tenantId, id },
    expected,
    columnsOf(input),
    'De persona',
  );
  await recordAudit(tx, ctx, { action: 'persona.update', objectType: 'persona', objectId: id });
  return personaView(row);
}

export async function deletePersona(tx: Tx, ctx: ActionContext, id: string, expected: number): Promise<void> {
  const match = and(eq(personas.tenantId, ctx.tenantId), eq(personas.id, id));
  const deleted = await tx
    .delete(personas)
    .where(and(match, eq(personas.version, expected)))
    .returning({ id: personas.id });
  if (!deleted.length) {
    const exists = await tx.select({ id: personas.id }).from(personas).where(match);
    throw exists.length ? problems.preconditionFailed() : problems.notFound('De persona');
  }
  await recordAudit(tx, ctx, { action: 'persona.delete', objectType: 'persona', objectId: id });
}

/** The starter set's example personas, for demo content that links to them. */
export async function examplePersonas(tx: Tx, tenantId: string): Promise<PersonaView[]> {
  const rows = await tx
    .select()
    .from(personas)
    .where(and(eq(personas.tenantId, tenantId), eq(personas.example, true)));
  return rows.map(personaView);
}
