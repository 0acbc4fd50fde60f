import type { Category, CategoryInput } from '../caseAdminApi';
import type { CategoryValues } from './CategoryFields';

/** The body of a create: empty optional fields are left out so the server's defaults apply. */
export function newCategoryInput(v: CategoryValues): CategoryInput {
  return {
    code: v.code.trim(),
    nameNl: v.nameNl.trim(),
    kind: v.kind,
    dueWorkingDays: Number(v.dueWorkingDays),
    ...(v.nameEn.trim() ? { nameEn: v.nameEn.trim() } : {}),
    ...(v.parentCode ? { parentCode: v.parentCode } : {}),
    ...(v.defaultTeamId ? { defaultTeamId: v.defaultTeamId } : {}),
  };
}

/** Only what changed, so a concurrent edit of another field is not undone; empty clears (null). */
export function categoryPatch(before: Category, v: CategoryValues, active: boolean): CategoryInput {
  const patch: CategoryInput = {};
  const orNull = (s: string) => s.trim() || null;
  if (v.nameNl.trim() !== before.nameNl) patch.nameNl = v.nameNl.trim();
  if (orNull(v.nameEn) !== before.nameEn) patch.nameEn = orNull(v.nameEn);
  if (orNull(v.parentCode) !== before.parentCode) patch.parentCode = orNull(v.parentCode);
  if (v.kind !== before.kind) patch.kind = v.kind;
  if (Number(v.dueWorkingDays) !== before.dueWorkingDays) patch.dueWorkingDays = Number(v.dueWorkingDays);
  if (orNull(v.defaultTeamId) !== before.defaultTeamId) patch.defaultTeamId = orNull(v.defaultTeamId);
  if (active !== before.active) patch.active = active;
  return patch;
}
