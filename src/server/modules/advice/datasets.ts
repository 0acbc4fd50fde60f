// Survey datasets: stored in chunks of respondents, immutable once imported, and read into memory
// once per process so that advice queries do not touch the database.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { problems } from '../../platform/http/problem.js';
import type { Respondent } from '../../../shared/advice/model.js';
import { adviceDatasets, adviceRespondentChunks } from './tables.js';
import { decodeChunk, encodeChunk, type ChunkCoder, type StoredRow } from './respondent-chunks.js';
import { indexDataset, type DatasetIndex } from './aggregate.js';

export type DatasetRow = typeof adviceDatasets.$inferSelect;

/** Respondents already in their stored form (an import codes them as it reads the file). */
export interface CodedRespondents {
  rows: StoredRow[];
  coder: ChunkCoder;
}

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

/** Respondents per stored chunk (about 1.5 MB of text in version 2), so no statement grows without bound. */
export const RESPONDENTS_PER_CHUNK = 5000;

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
  respondents: Respondent[] | CodedRespondents,
): Promise<DatasetRow> {
  const coded = Array.isArray(respondents) ? null : respondents;
  const count = coded ? coded.rows.length : (respondents as Respondent[]).length;
  const [row] = await tx
    .insert(adviceDatasets)
    .values({
      tenantId,
      ...meta,
      description: meta.description ?? null,
      weighting: meta.weighting ?? null,
      respondentCount: count,
    })
    .returning();
  for (let i = 0, seq = 0; i < count; i += RESPONDENTS_PER_CHUNK, seq++) {
    await tx.insert(adviceRespondentChunks).values({
      tenantId,
      datasetId: row!.id,
      seq,
      respondents: coded
        ? coded.coder.chunk(coded.rows.slice(i, i + RESPONDENTS_PER_CHUNK))
        : encodeChunk((respondents as Respondent[]).slice(i, i + RESPONDENTS_PER_CHUNK)),
    });
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
  const chunks = await tx
    .select({ respondents: adviceRespondentChunks.respondents })
    .from(adviceRespondentChunks)
    .where(
      and(eq(adviceRespondentChunks.tenantId, tenantId), eq(adviceRespondentChunks.datasetId, datasetId)),
    )
    .orderBy(asc(adviceRespondentChunks.seq));
  const respondents: Respondent[] = [];
  for (const { respondents: text } of chunks) decodeChunk(text, respondents);
  return respondents;
}

export interface DatasetEntry {
  row: DatasetRow;
  index: DatasetIndex;
  /**
   * Finished answers per query, made with one version of the gemeente's catalogue (the names in
   * them come from it): a new catalogue object empties the memo.
   */
  memo: { catalogue: object | null; views: Map<string, unknown> };
}

/** Answers kept per dataset: every cell of both schemes a few times over (matrix, journey, advice). */
const MEMO_PER_DATASET = 1024;

/**
 * In-memory copies of datasets, keyed by tenant and id, least recently used dropped first. Safe
 * because a dataset never changes after import; the tenant is part of every key, and a miss loads
 * under the tenant's row-level policy, so one gemeente can never be served another's dataset or
 * a figure computed from it.
 */
export class DatasetCache {
  private entries = new Map<string, DatasetEntry>();

  constructor(private readonly capacity = 16) {}

  /** The cached dataset, or undefined: no database needed, so a hit costs no transaction. */
  peek(tenantId: string, datasetId: string): DatasetEntry | undefined {
    const key = `${tenantId}/${datasetId}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh its place for least-recently-used eviction.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  async get(tx: Tx, tenantId: string, datasetId: string): Promise<DatasetEntry> {
    const hit = this.peek(tenantId, datasetId);
    if (hit) return hit;
    const row = await getDataset(tx, tenantId, datasetId);
    const respondents = await loadRespondents(tx, tenantId, datasetId);
    const entry: DatasetEntry = {
      row,
      index: indexDataset(respondents, row.weighting?.weights),
      memo: { catalogue: null, views: new Map() },
    };
    // Two requests may load the same dataset at once; the later simply replaces the earlier.
    this.entries.set(`${tenantId}/${datasetId}`, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  forget(tenantId: string, datasetId: string): void {
    this.entries.delete(`${tenantId}/${datasetId}`);
  }
}

/**
 * The answer to one query on one dataset, computed once per catalogue version. `key` must name
 * everything the answer depends on besides the dataset and the catalogue (route and parameters).
 */
export function memoised<T>(entry: DatasetEntry, catalogue: object, key: string, compute: () => T): T {
  const memo = entry.memo;
  if (memo.catalogue !== catalogue) {
    memo.catalogue = catalogue;
    memo.views.clear();
  }
  if (memo.views.has(key)) {
    const value = memo.views.get(key) as T;
    memo.views.delete(key);
    memo.views.set(key, value);
    return value;
  }
  // Errors (an unknown group) are thrown, not kept.
  const value = compute();
  memo.views.set(key, value);
  if (memo.views.size > MEMO_PER_DATASET) memo.views.delete(memo.views.keys().next().value!);
  return value;
}
