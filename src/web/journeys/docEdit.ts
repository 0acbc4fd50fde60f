// Pure edits of a journey document, so the editor's state changes can be tested without a browser.
// Every edit returns a new document; the server validates the result again on save.
import type { JourneyDocument, PhaseKey, Step } from '../../shared/journeys/model';

/** A step id unique in the map: measurements and experiments point at it, so it never changes. */
export function newStepId(document: JourneyDocument, random: () => number = Math.random): string {
  const taken = new Set(document.phases.flatMap((p) => p.steps.map((s) => s.id)));
  for (;;) {
    const id = `stap-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.has(id)) return id;
  }
}

export function emptyStep(id: string, title: string): Step {
  return { id, title, touchpoints: [], painPoints: [], ideas: [], backstage: [] };
}

export function addStep(document: JourneyDocument, phase: PhaseKey, step: Step): JourneyDocument {
  return {
    phases: document.phases.map((p) => (p.key === phase ? { ...p, steps: [...p.steps, step] } : p)),
  };
}

export function renamePhase(document: JourneyDocument, phase: PhaseKey, name: string): JourneyDocument {
  return { phases: document.phases.map((p) => (p.key === phase ? { ...p, name } : p)) };
}

export function replaceStep(document: JourneyDocument, step: Step): JourneyDocument {
  return {
    phases: document.phases.map((p) => ({ ...p, steps: p.steps.map((s) => (s.id === step.id ? step : s)) })),
  };
}

export function removeStep(document: JourneyDocument, stepId: string): JourneyDocument {
  return { phases: document.phases.map((p) => ({ ...p, steps: p.steps.filter((s) => s.id !== stepId) })) };
}

/** Moves a step one place earlier (-1) or later (+1) within its phase; at an end nothing moves. */
export function moveStep(document: JourneyDocument, stepId: string, by: -1 | 1): JourneyDocument {
  return {
    phases: document.phases.map((p) => {
      const at = p.steps.findIndex((s) => s.id === stepId);
      const to = at + by;
      if (at < 0 || to < 0 || to >= p.steps.length) return p;
      const steps = [...p.steps];
      [steps[at], steps[to]] = [steps[to]!, steps[at]!];
      return { ...p, steps };
    }),
  };
}

export function findStep(document: JourneyDocument, stepId: string): { phase: PhaseKey; step: Step } | null {
  for (const p of document.phases) {
    const step = p.steps.find((s) => s.id === stepId);
    if (step) return { phase: p.key, step };
  }
  return null;
}

/** The heartbeat as a 1–5 value: the score, else the sentiment as Mermaid reads it (5/3/1). */
export function heartbeatValue(step: Step): number | null {
  const hb = step.heartbeat;
  if (!hb) return null;
  if (hb.score !== undefined) return hb.score;
  if (hb.sentiment === 'positive') return 5;
  if (hb.sentiment === 'neutral') return 3;
  if (hb.sentiment === 'negative') return 1;
  return null;
}
