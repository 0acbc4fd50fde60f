// How much of a map rests on evidence. A heartbeat counts as grounded when its evidence is measured
// or reported, or when a measurement is linked to its step; the rest is drawn as an assumption.
import { GROUNDED_LEVELS, allSteps, type JourneyDocument } from './model.js';

export interface Grounding {
  steps: number;
  heartbeats: number;
  grounded: number;
  /** grounded / heartbeats; null when the map has no heartbeat yet. */
  share: number | null;
  /** Steps whose heartbeat is an assumption (drawn dashed). */
  assumedStepIds: string[];
  stepsWithoutHeartbeat: string[];
}

export function grounding(
  document: JourneyDocument,
  measuredStepIds: ReadonlySet<string> = new Set(),
): Grounding {
  const steps = allSteps(document);
  const assumed: string[] = [];
  const missing: string[] = [];
  let heartbeats = 0;
  for (const { step } of steps) {
    if (!step.heartbeat) {
      missing.push(step.id);
      continue;
    }
    heartbeats++;
    if (!GROUNDED_LEVELS.includes(step.heartbeat.evidence.level) && !measuredStepIds.has(step.id))
      assumed.push(step.id);
  }
  const grounded = heartbeats - assumed.length;
  return {
    steps: steps.length,
    heartbeats,
    grounded,
    share: heartbeats === 0 ? null : grounded / heartbeats,
    assumedStepIds: assumed,
    stepsWithoutHeartbeat: missing,
  };
}

export const NO_VULNERABLE_PERSONA_WARNING =
  'Deze klantreis heeft geen persona uit een kwetsbare groep (bijvoorbeeld laaggeletterd, weinig digitaal vaardig, schermlezergebruiker, nieuwkomer of alleenwonende oudere). Wie mist u?';

export function journeyWarnings(personas: { vulnerabilityTags: readonly string[] }[]): string[] {
  return personas.some((p) => p.vulnerabilityTags.length > 0) ? [] : [NO_VULNERABLE_PERSONA_WARNING];
}
