import type { Database } from '../../platform/db/client.js';
import { withTenant } from '../../platform/db/tenant.js';
import { loadCatalogue, type Catalogue } from './catalogue-store.js';

// Every advice answer names its channels and groups; the catalogue is read often and changed
// rarely, so it is kept briefly per gemeente and dropped when a beheerder changes it.
const TTL_MS = 60_000;

export class CatalogueCache {
  private entries = new Map<string, { at: number; catalogue: Catalogue }>();

  constructor(private readonly database: Database) {}

  async get(tenantId: string): Promise<Catalogue> {
    const hit = this.entries.get(tenantId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.catalogue;
    const catalogue = await withTenant(this.database, tenantId, (tx) => loadCatalogue(tx, tenantId));
    this.entries.set(tenantId, { at: Date.now(), catalogue });
    return catalogue;
  }

  invalidate(tenantId: string): void {
    this.entries.delete(tenantId);
  }
}
