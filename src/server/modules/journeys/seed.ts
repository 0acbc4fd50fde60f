// Demo journeys for a demo gemeente, with links to its example personas and synthetic
// measurements. Added once; a gemeente that already has example journeys is left alone.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { examplePersonas } from '../personas/index.js';
import { meanInterval, INSTRUMENTS } from './measurements-csv.js';
import { journeyMeasurements, journeyPersonas, journeys, journeyVersions } from './tables.js';
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
