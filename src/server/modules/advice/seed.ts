// What a gemeente starts with in Kanaaladvies: the default catalogue, and in demo installations the
// synthetic national survey and fictitious area compositions.
import type { Tx } from '../../platform/db/client.js';
import { defaultCatalogue } from './catalogue/index.js';
import { seedCatalogue, type CatalogueInput } from './catalogue-store.js';

export function catalogueRows(): CatalogueInput {
  const c = defaultCatalogue();
  return {
    channels: c.channels.map((ch) => ({
      code: ch.code,
      nameNl: ch.nameNl,
      nameEn: ch.nameEn,
      digital: ch.digital,
      inbound: ch.inbound,
      outbound: ch.outbound,
      contexts: [...ch.contexts],
      source: ch.source,
      sort: ch.sort,
    })),
    segments: [
      ...c.schemes.age.groups.map((g) => ({
        scheme: 'age',
        code: g.code,
        nameNl: g.nameNl,
        nameEn: g.nameEn,
        minAge: g.minAge,
        maxAge: g.maxAge,
        populationShare: null,
        description: null,
        source: g.source,
        sort: g.sort,
      })),
      ...c.schemes.profile.groups.map((g) => ({
        scheme: 'profile',
        code: g.code,
        nameNl: g.nameNl,
        nameEn: g.nameEn,
        minAge: null,
        maxAge: null,
        populationShare: g.populationShare,
        description: g.description,
        source: g.shareSource ? `${g.source}; aandeel: ${g.shareSource}` : g.source,
        sort: g.sort,
      })),
    ],
    phases: c.phases.map((p) => ({
      context: p.context,
      phase: p.phase,
      nameNl: p.nameNl,
      nameEn: p.nameEn,
      description: p.description,
    })),
    reasons: [...c.motives, ...c.expectations].map((r) => ({
      kind: r.kind,
      code: r.code,
      nameNl: r.nameNl,
      nameEn: r.nameEn,
      phases: [...r.phases],
      contexts: [...r.contexts],
      source: r.source,
    })),
  };
}

export async function seedAdviceCatalogue(tx: Tx, tenantId: string): Promise<void> {
  await seedCatalogue(tx, tenantId, catalogueRows());
}
