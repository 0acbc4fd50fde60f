// Service norms: the presets (with the public source of each), the gemeente's own values, and
// changing them under If-Match. A gemeente gets the presets on first read.
import { and, asc, eq } from 'drizzle-orm';
import { Type, type Static } from 'typebox';
import type { Tx } from '../../platform/db/client.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems, type FieldError } from '../../platform/http/problem.js';
import { Nullable } from '../../platform/http/schema-types.js';
import { serviceNorms } from './tables.js';

export const NORM_CODES = ['phone-asa', 'phone-30s', 'email-2wd', 'meldingen-due', 'first-contact'] as const;
export type NormCode = (typeof NORM_CODES)[number];
export type NormKind = 'mean-at-most' | 'share-within';

interface Preset {
  code: NormCode;
  nameNl: string;
  kind: NormKind;
  thresholdSeconds: number | null;
  workingDays: number | null;
  target: number | null;
  source: string;
}

// From /work/shared/reference/facts.md; presets, not national law.
export const PRESETS: readonly Preset[] = [
  {
    code: 'phone-asa',
    nameNl: 'Telefoon: gemiddeld binnen 25 seconden opgenomen',
    kind: 'mean-at-most',
    thresholdSeconds: 25,
    workingDays: null,
    target: null,
    source: 'VNG, adviesnormen dienstverlening 2010/2011 (gemeente.nu, "normen dienstverlening bekend")',
  },
  {
    code: 'phone-30s',
    nameNl: 'Telefoon: 70% binnen 30 seconden opgenomen',
    kind: 'share-within',
    thresholdSeconds: 30,
    workingDays: null,
    target: 0.7,
    source: 'Gemeente Tilburg, overzicht servicenormen (programmabegroting 2020)',
  },
  {
    code: 'email-2wd',
    nameNl: 'E-mail: 85% binnen 2 werkdagen beantwoord',
    kind: 'share-within',
    thresholdSeconds: null,
    workingDays: 2,
    target: 0.85,
    source: 'Rijksoverheid (e-mail binnen 2 werkdagen); Gemeente Tilburg, servicenormen (85%)',
  },
  {
    code: 'meldingen-due',
    nameNl: 'Meldingen: 90% binnen de afhandeltermijn afgehandeld',
    kind: 'share-within',
    thresholdSeconds: null,
    workingDays: null,
    target: 0.9,
    source:
      'Afhandeltermijn per categorie; doel 90% is een standaardwaarde van het product, geen gepubliceerde norm',
  },
  {
    code: 'first-contact',
    nameNl: 'Eerstelijnsoplossing: 80% in het eerste contact',
    kind: 'share-within',
    thresholdSeconds: null,
    workingDays: null,
    target: 0.8,
    source: 'Gemeente Tilburg, servicenormen (80% eerstelijns); ambitie "Gemeente heeft Antwoord"',
  },
];
const presetOf = (code: string) => PRESETS.find((p) => p.code === code)!;

export const Norm = Type.Object({
  code: Type.String(),
  nameNl: Type.String(),
  kind: Type.String(),
  thresholdSeconds: Nullable(Type.Integer()),
  workingDays: Nullable(Type.Integer()),
  target: Nullable(Type.Number()),
  active: Type.Boolean(),
  source: Type.String(),
  version: Type.Integer(),
});
export type Norm = Static<typeof Norm>;

export const NormPatch = Type.Object(
  {
    thresholdSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
    workingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    target: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type NormPatch = Static<typeof NormPatch>;

type Row = typeof serviceNorms.$inferSelect;
function view(r: Row): Norm {
  const p = presetOf(r.code);
  return {
    code: r.code,
    nameNl: p.nameNl,
    kind: p.kind,
    thresholdSeconds: r.thresholdSeconds,
    workingDays: r.workingDays,
    target: r.target,
    active: r.active,
    source: p.source,
    version: r.version,
  };
}

/** The gemeente's norms in preset order; missing ones are created from the presets first. */
export async function listNorms(tx: Tx, tenantId: string): Promise<Norm[]> {
  await tx
    .insert(serviceNorms)
    .values(
      PRESETS.map((p) => ({
        tenantId,
        code: p.code,
        thresholdSeconds: p.thresholdSeconds,
        workingDays: p.workingDays,
        target: p.target,
      })),
    )
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(serviceNorms)
    .where(eq(serviceNorms.tenantId, tenantId))
    .orderBy(asc(serviceNorms.code));
  const order = (code: string) => NORM_CODES.indexOf(code as NormCode);
  return rows
    .filter((r) => order(r.code) >= 0)
    .sort((a, b) => order(a.code) - order(b.code))
    .map(view);
}

/** Only the properties a norm's kind has may be changed; the others would mean nothing. */
function patchErrors(p: Preset, patch: NormPatch): FieldError[] {
  const errors: FieldError[] = [];
  if (patch.thresholdSeconds !== undefined && p.thresholdSeconds === null)
    errors.push({ pointer: '/thresholdSeconds', detail: `norm '${p.code}' heeft geen drempel in seconden` });
  if (patch.workingDays !== undefined && p.workingDays === null)
    errors.push({ pointer: '/workingDays', detail: `norm '${p.code}' heeft geen termijn in werkdagen` });
  if (patch.target !== undefined && p.target === null)
    errors.push({ pointer: '/target', detail: `norm '${p.code}' heeft geen doelpercentage` });
  return errors;
}

export async function updateNorm(
  tx: Tx,
  ctx: ActionContext,
  code: string,
  expected: number,
  patch: NormPatch,
): Promise<Norm> {
  if (!(NORM_CODES as readonly string[]).includes(code)) throw problems.notFound('Deze servicenorm');
  await listNorms(tx, ctx.tenantId);
  const errors = patchErrors(presetOf(code), patch);
  if (errors.length) throw problems.validation(errors);
  const [row] = await tx
    .select({ id: serviceNorms.id })
    .from(serviceNorms)
    .where(and(eq(serviceNorms.tenantId, ctx.tenantId), eq(serviceNorms.code, code)));
  const updated = await updateVersioned(
    tx,
    serviceNorms,
    { tenantId: ctx.tenantId, id: row!.id },
    expected,
    { ...patch },
    'Deze servicenorm',
  );
  await recordAudit(tx, ctx, { action: 'insights.norm.update', objectType: 'service_norm', objectId: code });
  return view(updated);
}

/** For tests and the norm-score query: the active norms with their values. */
export const activeNorms = async (tx: Tx, tenantId: string) =>
  (await listNorms(tx, tenantId)).filter((n) => n.active);
