import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { uniqueViolation } from '../db/errors.js';
import { updateVersioned } from '../db/versioned.js';
import { recordAudit, recordProcessing, type ActionContext } from '../audit/service.js';
import { problems } from '../http/problem.js';
import { offsetOf, type PageQuery } from '../http/pagination.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { destroyUserSessions } from '../auth/sessions.js';
import { users } from './tables.js';
import type { Role } from '../../../shared/roles.js';

// Staff accounts are personal data too: reading or changing one is logged as processing.
const ACTIVITY = 'beheer-medewerkersaccounts';
const SUBJECT = 'medewerker';

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  createdAt: string;
  version: number;
}

function view(row: typeof users.$inferSelect): UserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function listUsers(tx: Tx, ctx: ActionContext, q: PageQuery) {
  const startedAt = new Date();
  const rows = await tx
    .select()
    .from(users)
    .where(eq(users.tenantId, ctx.tenantId))
    .orderBy(asc(users.name), asc(users.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.tenantId, ctx.tenantId));
  await recordProcessing(tx, ctx, {
    activity: ACTIVITY,
    action: 'read',
    subjectType: SUBJECT,
    subjectIds: rows.map((r) => r.id),
    startedAt,
  });
  return { items: rows.map(view), page: q.page, pageSize: q.pageSize, total: count?.n ?? 0 };
}

export async function getUser(tx: Tx, ctx: ActionContext, id: string): Promise<UserView> {
  const startedAt = new Date();
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, ctx.tenantId), eq(users.id, id)));
  if (!row) throw problems.notFound('De medewerker');
  await recordProcessing(tx, ctx, {
    activity: ACTIVITY,
    action: 'read',
    subjectType: SUBJECT,
    subjectIds: [id],
    startedAt,
  });
  return view(row);
}

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  password?: string;
}

export async function createUser(tx: Tx, ctx: ActionContext, input: NewUser): Promise<UserView> {
  const startedAt = new Date();
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw problems.validation([
      { pointer: '/password', detail: `moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn` },
    ]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    const [row] = await tx
      .insert(users)
      .values({
        tenantId: ctx.tenantId,
        name: input.name.trim(),
        email: normaliseEmail(input.email),
        role: input.role,
        passwordHash,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'user.create', objectType: 'user', objectId: row!.id });
    await recordProcessing(tx, ctx, {
      activity: ACTIVITY,
      action: 'create',
      subjectType: SUBJECT,
      subjectIds: [row!.id],
      startedAt,
    });
    return view(row!);
  } catch (error) {
    if (uniqueViolation(error))
      throw problems.validation(
        [{ pointer: '/email', detail: 'is al in gebruik' }],
        'Er is al een medewerker met dit e-mailadres.',
      );
    throw error;
  }
}

export interface UserPatch {
  name?: string;
  role?: Role;
  active?: boolean;
}

export async function updateUser(
  tx: Tx,
  ctx: ActionContext,
  id: string,
  expected: number,
  patch: UserPatch,
): Promise<UserView> {
  const startedAt = new Date();
  if (id === ctx.actor?.id && (patch.active === false || (patch.role && patch.role !== 'beheerder'))) {
    // A beheerder locking themselves out would leave a gemeente without administration.
    throw problems.conflict('U kunt uw eigen account niet deactiveren of uw eigen beheerdersrol afnemen.');
  }
  const values: Record<string, unknown> = {};
  if (patch.name !== undefined) values.name = patch.name.trim();
  if (patch.role !== undefined) values.role = patch.role;
  if (patch.active !== undefined) values.active = patch.active;
  const row = await updateVersioned(
    tx,
    users,
    { tenantId: ctx.tenantId, id },
    expected,
    values,
    'De medewerker',
  );
  // A changed role or a deactivated account takes effect now, not at the next login.
  if (patch.role !== undefined || patch.active === false) await destroyUserSessions(tx, ctx.tenantId, id);
  await recordAudit(tx, ctx, { action: 'user.update', objectType: 'user', objectId: id });
  await recordProcessing(tx, ctx, {
    activity: ACTIVITY,
    action: 'update',
    subjectType: SUBJECT,
    subjectIds: [id],
    startedAt,
  });
  return view(row);
}
