// The demo log: a real, public event log of a Dutch municipality (the receipt phase of an
// environmental permit application, CoSeLoG project), shipped in db/demo and imported for each
// demo gemeente. Its provenance is read from the file's own XES header, so the UI shows the
// dataset's name, creator, institute and DOI as published.
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { cutoffOf, termMonths } from '../../platform/privacy/index.js';
import { miningLogs } from './tables.js';
import { insertLog, type Provenance } from './store.js';
import { startImport, type ImportOutcome } from './import-job.js';

export const RECEIPT_FILE = fileURLToPath(new URL('../../../../db/demo/receipt.xes.gz', import.meta.url));
export const RECEIPT_NAME = 'receipt.xes.gz (echte openbare dataset)';

export function receiptProvenance(attrs: Record<string, string>): Provenance {
  const doi = attrs['meta_3TU:doi']?.replace(/^doi:/, '');
  const creator = attrs['meta_3TU:creation_person'];
  const institute = attrs['meta_3TU:source_institute'];
  return {
    kind: 'public-dataset',
    label: `Echte, openbare dataset (geen demo-data van deze gemeente): ${attrs['concept:name'] ?? 'receipt.xes.gz'}`,
    ...(creator ? { attribution: [creator, institute].filter(Boolean).join(', ') } : {}),
    licence:
      'Openbaar gepubliceerd via 4TU.ResearchData, met naamsvermelding; zie de DOI voor de voorwaarden',
    ...(doi ? { url: `https://doi.org/${doi}` } : {}),
  };
}

/** Imports the receipt log for one demo gemeente, once. */
export async function seedMiningDemo(
  database: Database,
  tenantId: string,
): Promise<ImportOutcome | 'present'> {
  const existing = await withTenant(database, tenantId, (tx) =>
    tx
      .select({ id: miningLogs.id })
      .from(miningLogs)
      .where(
        and(
          eq(miningLogs.tenantId, tenantId),
          eq(miningLogs.name, RECEIPT_NAME),
          sql`${miningLogs.status} in ('ready', 'importing')`,
        ),
      ),
  );
  if (existing.length) return 'present';
  const { size } = await stat(RECEIPT_FILE);
  const row = await withTenant(database, tenantId, async (tx) =>
    insertLog(tx, tenantId, {
      name: RECEIPT_NAME,
      source: 'import-xes',
      bytesTotal: size,
      provenance: { kind: 'public-dataset', label: RECEIPT_NAME },
      createdBy: null,
      // Like any import: the gemeente's term (its resources are the dataset's own codes, kept).
      retainUntil: cutoffOf(new Date(), -(await termMonths(tx, tenantId, 'mining_logs'))),
      resourceHandling: 'keep',
    }),
  );
  return startImport(
    database,
    tenantId,
    row.id,
    RECEIPT_FILE,
    { format: 'xes' },
    { provenance: receiptProvenance },
  );
}
