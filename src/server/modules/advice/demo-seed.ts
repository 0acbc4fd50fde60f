// Demo installations get the synthetic national survey and fictitious areas, clearly labelled.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { adviceAreas, adviceDatasets } from './tables.js';
import { insertDataset } from './datasets.js';
import { DEMO_DATASET_NAME, generateDemoSurvey } from './demo/generate.js';
import { DEMO_TENANT_SLUGS, demoAreas, type DemoTenantSlug } from './demo/areas.js';

/**
 * Seeds once per gemeente: a gemeente that already has the demo dataset is left alone. The survey
 * is generated only then (a third of a second) and not kept: it comes out the same from its fixed
 * seed, and its 8,000 respondents held the server's heap about 20 MB higher for the process's life.
 */
export async function seedAdviceDemo(tx: Tx, tenantId: string, tenantSlug: string): Promise<void> {
  const existing = await tx
    .select({ id: adviceDatasets.id })
    .from(adviceDatasets)
    .where(and(eq(adviceDatasets.tenantId, tenantId), eq(adviceDatasets.name, DEMO_DATASET_NAME)));
  if (existing.length) return;
  const survey = generateDemoSurvey();
  await insertDataset(
    tx,
    tenantId,
    {
      name: survey.dataset.name,
      source: survey.dataset.source,
      description: survey.dataset.description,
      year: survey.dataset.year,
      synthetic: true,
    },
    survey.respondents,
  );
  if ((DEMO_TENANT_SLUGS as readonly string[]).includes(tenantSlug)) {
    const areas = demoAreas(tenantSlug as DemoTenantSlug);
    if (areas.length) {
      await tx.insert(adviceAreas).values(
        areas.map((a) => ({
          tenantId,
          name: a.name,
          kind: a.kind,
          scheme: a.scheme,
          shares: a.shares,
          counts: a.counts,
          synthetic: true,
          source: a.source,
        })),
      );
    }
  }
}
