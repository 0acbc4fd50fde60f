// Demo journeys for a demo gemeente, with links to its example personas and synthetic
// measurements. Added once; a gemeente that already has example journeys is left alone.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { examplePersonas } from '../personas/index.js';
import { meanInterval, INSTRUMENTS } from './measurements-csv.js';
import { listCategories } from '../cases/index.js';
import { contactAnalytics } from '../contacts/index.js';
import { shiftDate } from '../../../shared/journeys/measured.js';
import { amsterdamDate } from '../../../shared/calendar/working-days.js';
import {
  journeyMeasurements,
  journeyPersonas,
  journeys,
  journeyStepLinks,
  journeyVersions,
} from './tables.js';
import { DEMO_JOURNEYS } from './demo-content.js';

export async function seedJourneyDemo(tx: Tx, tenantId: string): Promise<void> {
  const [existing] = await tx
    .select({ id: journeys.id })
    .from(journeys)
    .where(and(eq(journeys.tenantId, tenantId), eq(journeys.example, true)))
    .limit(1);
  if (existing) return;
  const personas = await examplePersonas(tx, tenantId);
  const byAvatar = new Map(personas.map((p) => [p.avatar, p.id]));
  // Links only to codes the gemeente's catalogues have (a beheerder may have changed them).
  const known = new Set([
    ...(await listCategories(tx, tenantId)).map((c) => `kto-category:${c.code}`),
    ...(await contactAnalytics.topicCatalogue(tx, tenantId)).map((t) => `contact-topic:${t.code}`),
  ]);
  for (const demo of DEMO_JOURNEYS) {
    const currentId = randomUUID();
    const desiredId = randomUUID();
    const personaIds = demo.personaAvatars.flatMap((a) => byAvatar.get(a) ?? []);
    for (const [id, state, document, counterpartId] of [
      [currentId, 'current', demo.current, null],
      [desiredId, 'desired', demo.desired, currentId],
    ] as const) {
      const meta = {
        title: `${demo.title} (${state === 'current' ? 'huidig' : 'gewenst'})`,
        description:
          'Voorbeeldklantreis van Buitenbinnen met synthetische gegevens; geen onderzoek van deze gemeente.',
        trajectory: demo.trajectory,
        lifeEvent: demo.lifeEvent,
        state,
        audience: 'resident',
        counterpartId,
        example: true,
      };
      await tx.insert(journeys).values({ tenantId, id, ...meta, document });
      if (personaIds.length)
        await tx
          .insert(journeyPersonas)
          .values(personaIds.map((personaId, sort) => ({ tenantId, journeyId: id, personaId, sort })));
      await tx.insert(journeyVersions).values({
        tenantId,
        journeyId: id,
        version: 1,
        snapshot: { meta, document, personaIds },
        savedBy: 'Buitenbinnen (voorbeeld)',
      });
    }
    const links = Object.entries(demo.links ?? {}).flatMap(([stepId, l]) => [
      ...(l.ktoCategories ?? []).map((code) => ({ stepId, kind: 'kto-category', code })),
      ...(l.contactTopics ?? []).map((code) => ({ stepId, kind: 'contact-topic', code })),
    ]);
    const linkRows = [currentId, desiredId].flatMap((journeyId) =>
      links.filter((l) => known.has(`${l.kind}:${l.code}`)).map((l) => ({ tenantId, journeyId, ...l })),
    );
    if (linkRows.length) {
      await tx.insert(journeyStepLinks).values(linkRows);
      // The desired map "went live" 91 days ago, so the demo shows the before/after comparison
      // (on synthetic contacts that had no such change: expect no real difference).
      await tx
        .update(journeys)
        .set({ liveOn: shiftDate(amsterdamDate(new Date()), -91), liveVersion: 1 })
        .where(and(eq(journeys.tenantId, tenantId), eq(journeys.id, desiredId)));
    }
    const importId = randomUUID();
    if (demo.measurements.length)
      await tx.insert(journeyMeasurements).values(
        demo.measurements.map(([stepId, n, mean, sd]) => ({
          tenantId,
          journeyId: currentId,
          stepId,
          instrument: 'kto',
          period: '2025-K4',
          n,
          mean,
          sd,
          ...meanInterval(mean, sd, n, INSTRUMENTS.kto),
          source: 'Synthetische voorbeeldmeting (KTO-rapportcijfer), geen echte respondenten',
          synthetic: true,
          importId,
        })),
      );
  }
}
