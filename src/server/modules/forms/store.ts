// Form definitions per gemeente and category.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { forms } from './tables.js';
import { defaultForm } from './definitions.js';
import { categoriesOf, categoryOf, reportableLeaves } from './categories.js';
import { definitionErrors, type FormDefinitionInput } from './validate-definition.js';

export type FormRow = typeof forms.$inferSelect;

// Public e-forms for meldingen and questions. Aanvragen need identification (DigiD) and a formal
// complaint needs name and address (Awb 9:4), so neither gets an anonymous default form.
const DEFAULT_KINDS = new Set(['melding', 'vraag']);

export function formView(row: FormRow) {
  return {
    categoryCode: row.categoryCode,
    titleNl: row.titleNl,
    titleEn: row.titleEn,
    introNl: row.introNl,
    published: row.published,
    fields: row.fields,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type FormView = ReturnType<typeof formView>;

export async function findForm(tx: Tx, tenantId: string, categoryCode: string): Promise<FormRow | undefined> {
  const [row] = await tx
    .select()
    .from(forms)
    .where(and(eq(forms.tenantId, tenantId), eq(forms.categoryCode, categoryCode)));
  return row;
}

export async function listPublishedForms(tx: Tx, tenantId: string): Promise<FormRow[]> {
  return tx
    .select()
    .from(forms)
    .where(and(eq(forms.tenantId, tenantId), eq(forms.published, true)))
    .orderBy(asc(forms.titleNl));
}

/** A default form for each reportable category that has none; never overwrites an edited form. */
export async function seedForms(tx: Tx, tenantId: string): Promise<void> {
  const leaves = reportableLeaves(await categoriesOf(tx, tenantId)).filter((c) => DEFAULT_KINDS.has(c.kind));
  if (leaves.length === 0) return;
  await tx
    .insert(forms)
    .values(leaves.map((c) => ({ tenantId, ...defaultForm(c) })))
    .onConflictDoNothing();
}

export async function getFormForStaff(tx: Tx, tenantId: string, categoryCode: string): Promise<FormView> {
  const row = await findForm(tx, tenantId, categoryCode);
  if (!row) throw problems.notFound('Het formulier voor deze categorie');
  return formView(row);
}

/**
 * Replaces a category's form. An existing form needs the version the beheerder saw (If-Match);
 * a category without a form gets one (no If-Match needed then).
 */
export async function putForm(
  tx: Tx,
  ctx: ActionContext,
  categoryCode: string,
  expected: number | undefined,
  input: FormDefinitionInput,
): Promise<{ form: FormView; created: boolean }> {
  const category = await categoryOf(tx, ctx.tenantId, categoryCode);
  if (!category) throw problems.notFound('De categorie');
  const errors = definitionErrors(input);
  if (errors.length) throw problems.validation(errors, 'Het formulier is niet geldig.');
  const values = {
    titleNl: input.titleNl,
    titleEn: input.titleEn ?? null,
    introNl: input.introNl ?? null,
    published: input.published ?? true,
    fields: input.fields,
  };
  const existing = await findForm(tx, ctx.tenantId, categoryCode);
  let row: FormRow | undefined;
  if (!existing) {
    [row] = await tx
      .insert(forms)
      .values({ tenantId: ctx.tenantId, categoryCode, ...values })
      .onConflictDoNothing()
      .returning();
    // Someone created it at the same moment: this request saw no version, so it is stale.
    if (!row) throw problems.preconditionFailed();
  } else {
    if (expected === undefined) throw problems.preconditionRequired();
    [row] = await tx
      .update(forms)
      .set({ ...values, version: sql`${forms.version} + 1`, updatedAt: new Date() })
      .where(
        and(
          eq(forms.tenantId, ctx.tenantId),
          eq(forms.categoryCode, categoryCode),
          eq(forms.version, expected),
        ),
      )
      .returning();
    if (!row) throw problems.preconditionFailed();
  }
  await recordAudit(tx, ctx, {
    action: existing ? 'forms.update' : 'forms.create',
    objectType: 'form',
    objectId: categoryCode,
  });
  return { form: formView(row), created: !existing };
}
