// What forms needs to know of the cases module's catalogue: which categories exist and which are
// leaves a resident can report on. Through cases' index only; cases owns the table.
import type { Tx } from '../../platform/db/client.js';
import { listCategories } from '../cases/index.js';

export interface CategoryInfo {
  code: string;
  parentCode: string | null;
  kind: string;
  nameNl: string;
  nameEn: string | null;
  active: boolean;
}

export async function categoriesOf(tx: Tx, tenantId: string): Promise<CategoryInfo[]> {
  return listCategories(tx, tenantId);
}

export async function categoryOf(tx: Tx, tenantId: string, code: string): Promise<CategoryInfo | undefined> {
  return (await listCategories(tx, tenantId)).find((c) => c.code === code);
}

/** Leaves only: a resident reports a loose paving stone, not "openbare ruimte". */
export function reportableLeaves(all: CategoryInfo[]): CategoryInfo[] {
  const parents = new Set(all.map((c) => c.parentCode).filter((c): c is string => !!c));
  return all.filter((c) => c.active && !parents.has(c.code));
}
