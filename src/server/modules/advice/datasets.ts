// Survey datasets: stored respondent by respondent, immutable once imported, and read into memory
// once per process so that advice queries do not touch the database.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { problems } from '../../platform/http/problem.js';
import type { Respondent } from '../../../shared/advice/model.js';
import { adviceDatasets, adviceRespondents } from './tables.js';
import type { DatasetIndex } from './aggregate.js';

export type DatasetRow = typeof adviceDatasets.$inferSelect;

export interface DatasetView {
  id: string;
  name: string;
  source: string;
  description: string | null;
  year: number;
  synthetic: boolean;
  respondentCount: number;
  weighting: DatasetRow['weighting'];
  createdAt: string;
}

export function datasetView(row: DatasetRow): DatasetView {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    description: row.description,
    year: row.year,
    synthetic: row.synthetic,
    respondentCount: row.respondentCount,
    weighting: row.weighting,
    createdAt: row.createdAt.toISOString(),
  };
}

// Large batches keep an import of 100,000 respondents to a few hundred statements.
const INSERT_BATCH = 1000;

export async function insertDataset(
  tx: Tx,
  tenantId: string,
  meta: {
    name: string;
    source: string;
    description?: string | null;
    year: number;
    synthetic: boolean;
    weighting?: DatasetRow['weighting'];
  },
  respondents: Respondent[],
): Promise<DatasetRow> {
  const [row] = await tx
    .insert(adviceDatasets)
    .values({
      tenantId,
      ...meta,
      description: meta.description ?? null,
      weighting: meta.weighting ?? null,
      respondentCount: respondents.length,
    })
    .returning();
  for (let i = 0; i < respondents.length; i += INSERT_BATCH) {
    await tx.insert(adviceRespondents).values(
      respondents.slice(i, i + INSERT_BATCH).map((r) => ({
        tenantId,
        datasetId: row!.id,
        key: r.key,
        age: r.age,
        ageGroup: r.ageGroup,
        profile: r.profile,
        answers: r.answers,
      })),
    );
  }
  return row!;
}

export async function listDatasets(tx: Tx, tenantId: string): Promise<DatasetView[]> {
  const rows = await tx
    .select()
    .from(adviceDatasets)
    .where(eq(adviceDatasets.tenantId, tenantId))
    .orderBy(desc(adviceDatasets.createdAt), asc(adviceDatasets.id));
  return rows.map(datasetView);
}

export async function getDataset(tx: Tx, tenantId: string, id: string): Promise<DatasetRow> {
  const [row] = await tx
    .select()
    .from(adviceDatasets)
    .where(and(eq(adviceDatasets.tenantId, tenantId), eq(adviceDatasets.id, id)));
  if (!row) throw problems.notFound('De dataset');
  return row;
}

async function loadRespondents(tx: Tx, tenantId: string, datasetId: string): Promise<Respondent[]> {
  const rows = await tx
    .select({
      key: adviceRespondents.key,
      age: adviceRespondents.age,
      ageGroup: adviceRespondents.ageGroup,
      profile: adviceRespondents.profile,
      answers: adviceRespondents.answers,
    })
    .from(adviceRespondents)
    .where(and(eq(adviceRespondents.tenantId, tenantId), eq(adviceRespondents.datasetId, datasetId)))
    .orderBy(asc(adviceRespondents.key));
  return rows;
}

/**
 * In-memory copies of datasets, keyed by tenant and id. Safe because a dataset never changes after
 * import; the tenant is part of the key and the load runs under the tenant's row-level policy.
 */
export class DatasetCache {
  private entries = new Map<string, { row: DatasetRow; index: DatasetIndex }>();

  constructor(private readonly capacity = 16) {}

  async get(tx: Tx, tenantId: string, datasetId: string): Promise<{ row: DatasetRow; index: DatasetIndex }> {
    const key = `${tenantId}/${datasetId}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place for least-recently-used eviction.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const row = await getDataset(tx, tenantId, datasetId);
    const respondents = await loadRespondents(tx, tenantId, datasetId);
    const weights = new Float64Array(respondents.length).fill(1);
    const byGroup = row.weighting?.weights;
    if (byGroup) respondents.forEach((r, i) => (weights[i] = byGroup[r.ageGroup] ?? 0));
    const entry = { row, index: { respondents, weights, weighted: !!byGroup } };
    this.entries.set(key, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  forget(tenantId: string, datasetId: string): void {
    this.entries.delete(`${tenantId}/${datasetId}`);
  }
}
