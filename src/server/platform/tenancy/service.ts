import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { tenants } from './tables.js';

export interface TenantInfo {
  id: string;
  slug: string;
  name: string;
  theme: Record<string, string>;
  isDemo: boolean;
}

// Tenants change rarely and are read on every request, so they are cached briefly.
const TTL_MS = 30_000;

export class TenantDirectory {
  private cache: { at: number; byId: Map<string, TenantInfo>; bySlug: Map<string, TenantInfo> } | null = null;

  constructor(private readonly database: Database) {}

  private async load() {
    if (this.cache && Date.now() - this.cache.at < TTL_MS) return this.cache;
    const rows = await this.database.db.select().from(tenants).orderBy(asc(tenants.name));
    const list = rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      theme: r.theme,
      isDemo: r.isDemo,
    }));
    this.cache = {
      at: Date.now(),
      byId: new Map(list.map((t) => [t.id, t])),
      bySlug: new Map(list.map((t) => [t.slug, t])),
    };
    return this.cache;
  }

  async list(): Promise<TenantInfo[]> {
    return [...(await this.load()).byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  async byId(id: string): Promise<TenantInfo | undefined> {
    return (await this.load()).byId.get(id);
  }

  async bySlug(slug: string): Promise<TenantInfo | undefined> {
    return (await this.load()).bySlug.get(slug);
  }

  invalidate(): void {
    this.cache = null;
  }
}

export async function createTenant(
  database: Database,
  input: { slug: string; name: string; theme?: Record<string, string>; isDemo?: boolean },
): Promise<TenantInfo> {
  return database.asOwner(async (tx) => {
    const [row] = await tx
      .insert(tenants)
      .values({ slug: input.slug, name: input.name, theme: input.theme ?? {}, isDemo: input.isDemo ?? false })
      .returning();
    return { id: row!.id, slug: row!.slug, name: row!.name, theme: row!.theme, isDemo: row!.isDemo };
  });
}
