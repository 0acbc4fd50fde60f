// The beheerder's category tree: list, create, change, and import from CSV.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { uniqueViolation } from '../../platform/db/errors.js';
import { teams } from '../../platform/accounts/tables.js';
import { caseCategories } from './tables.js';
import { unknownTeam, unprocessable } from './problems.js';
import { CategoryImportError, checkCategoryTree, parseCategoryCsv } from './category-csv.js';
import type { Category, CategoryPatch, NewCategory } from './schemas-config.js';

type Row = typeof caseCategories.$inferSelect;

export function categoryView(r: Row): Category {
  return {
    code: r.code,
    parentCode: r.parentCode,
    kind: r.kind,
    nameNl: r.nameNl,
    nameEn: r.nameEn,
    descriptionNl: r.descriptionNl,
    dueWorkingDays: r.dueWorkingDays,
    defaultTeamId: r.defaultTeamId,
    active: r.active,
    sort: r.sort,
    version: r.version,
  };
}

export async function listCategories(tx: Tx, tenantId: string): Promise<Category[]> {
  const rows = await tx
    .select()
    .from(caseCategories)
    .where(eq(caseCategories.tenantId, tenantId))
    .orderBy(asc(caseCategories.sort), asc(caseCategories.code));
  return rows.map(categoryView);
}

export async function findCategory(tx: Tx, tenantId: string, code: string): Promise<Row | undefined> {
  const [row] = await tx
    .select()
    .from(caseCategories)
    .where(and(eq(caseCategories.tenantId, tenantId), eq(caseCategories.code, code)));
  return row;
}

/** The category and its ancestors, nearest first (stops at a cycle, which the writes prevent anyway). */
export async function categoryChain(tx: Tx, tenantId: string, code: string): Promise<Row[]> {
  const all = await tx.select().from(caseCategories).where(eq(caseCategories.tenantId, tenantId));
  const byCode = new Map(all.map((r) => [r.code, r]));
  const chain: Row[] = [];
  for (let c: string | null = code; c !== null && byCode.has(c) && chain.length < 50;) {
    const row: Row = byCode.get(c)!;
    if (chain.includes(row)) break;
    chain.push(row);
    c = row.parentCode;
  }
  return chain;
}

export async function teamExists(tx: Tx, tenantId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
  return !!row;
}

async function checkRefs(
  tx: Tx,
  ctx: ActionContext,
  code: string,
  input: Partial<NewCategory>,
): Promise<void> {
  if (input.defaultTeamId && !(await teamExists(tx, ctx.tenantId, input.defaultTeamId)))
    throw unknownTeam('/defaultTeamId');
  if (input.parentCode) {
    const chain = await categoryChain(tx, ctx.tenantId, input.parentCode);
    if (chain.length === 0)
      throw unprocessable(
        '/parentCode',
        `bovenliggende categorie '${input.parentCode}' bestaat niet`,
        'case-unknown-parent',
      );
    if (chain.some((c) => c.code === code))
      throw unprocessable(
        '/parentCode',
        `'${input.parentCode}' ligt onder '${code}': dat zou een kring maken`,
        'case-category-cycle',
      );
  }
}

export async function createCategory(tx: Tx, ctx: ActionContext, input: NewCategory): Promise<Category> {
  await checkRefs(tx, ctx, input.code, input);
  try {
    const [row] = await tx
      .insert(caseCategories)
      .values({
        tenantId: ctx.tenantId,
        code: input.code,
        parentCode: input.parentCode ?? null,
        kind: input.kind ?? 'melding',
        nameNl: input.nameNl.trim(),
        nameEn: input.nameEn ?? null,
        descriptionNl: input.descriptionNl ?? null,
        dueWorkingDays: input.dueWorkingDays ?? 10,
        defaultTeamId: input.defaultTeamId ?? null,
        active: input.active ?? true,
        sort: input.sort ?? 0,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'case-category.create',
      objectType: 'case-category',
      objectId: input.code,
    });
    return categoryView(row!);
  } catch (error) {
    if (uniqueViolation(error))
      throw problems.validation(
        [{ pointer: '/code', detail: 'is al in gebruik' }],
        'Er is al een categorie met deze code.',
      );
    throw error;
  }
}

export async function updateCategory(
  tx: Tx,
  ctx: ActionContext,
  code: string,
  expected: number,
  patch: CategoryPatch,
): Promise<Category> {
  await checkRefs(tx, ctx, code, patch);
  const match = and(eq(caseCategories.tenantId, ctx.tenantId), eq(caseCategories.code, code));
  const [row] = await tx
    .update(caseCategories)
    .set({ ...patch, version: sql`${caseCategories.version} + 1`, updatedAt: new Date() })
    .where(and(match, eq(caseCategories.version, expected)))
    .returning();
  if (!row) {
    const [exists] = await tx.select({ code: caseCategories.code }).from(caseCategories).where(match);
    throw exists ? problems.preconditionFailed() : problems.notFound('De categorie');
  }
  await recordAudit(tx, ctx, { action: 'case-category.update', objectType: 'case-category', objectId: code });
  return categoryView(row);
}

/** All-or-nothing: new codes are added, existing ones updated; nothing is written on any error. */
export async function importCategories(tx: Tx, ctx: ActionContext, csv: string) {
  const rows = parseCategoryCsv(csv);
  const existing = await tx
    .select({ code: caseCategories.code, parentCode: caseCategories.parentCode, kind: caseCategories.kind })
    .from(caseCategories)
    .where(eq(caseCategories.tenantId, ctx.tenantId));
  const teamNames = [...new Set(rows.map((r) => r.team).filter((t): t is string => t !== null))];
  const teamRows = teamNames.length
    ? await tx
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.tenantId, ctx.tenantId), inArray(teams.name, teamNames)))
    : [];
  const teamIds = new Map(teamRows.map((t) => [t.name, t.id]));
  checkCategoryTree(rows, new Map(existing.map((e) => [e.code, e.parentCode])), teamIds);
  const known = new Map(existing.map((e) => [e.code, e]));
  // A row without a kind takes its parent's (from the file or the database), else 'melding'.
  const kindOf = new Map<string, string>(existing.map((e) => [e.code, e.kind]));
  const resolveKind = (code: string, depth = 0): string => {
    const r = rows.find((x) => x.code === code);
    if (r?.kind) return r.kind;
    if (r?.parentCode && depth < 50) return resolveKind(r.parentCode, depth + 1);
    return kindOf.get(code) ?? 'melding';
  };
  let created = 0;
  let updated = 0;
  for (const [i, r] of rows.entries()) {
    const values = {
      parentCode: r.parentCode,
      kind: resolveKind(r.code),
      nameNl: r.nameNl,
      nameEn: r.nameEn,
      ...(r.dueWorkingDays !== null ? { dueWorkingDays: r.dueWorkingDays } : {}),
      ...(r.team !== null ? { defaultTeamId: teamIds.get(r.team)! } : {}),
    };
    if (known.has(r.code)) {
      await tx
        .update(caseCategories)
        .set({ ...values, version: sql`${caseCategories.version} + 1`, updatedAt: new Date() })
        .where(and(eq(caseCategories.tenantId, ctx.tenantId), eq(caseCategories.code, r.code)));
      updated++;
    } else {
      await tx
        .insert(caseCategories)
        .values({ tenantId: ctx.tenantId, code: r.code, sort: 1000 + i, ...values });
      created++;
    }
  }
  await recordAudit(tx, ctx, {
    action: 'case-category.import',
    objectType: 'case-category',
    objectId: `${rows.length}`,
  });
  return { created, updated };
}

export { CategoryImportError };
