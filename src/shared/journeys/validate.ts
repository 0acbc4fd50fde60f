// What JSON Schema cannot say about a journey map: the phases in their order, step ids unique
// across the map, a heartbeat that says something. Each problem carries a JSON pointer.
import { PHASE_KEYS, type JourneyDocument } from './model.js';

export interface DocumentProblem {
  pointer: string;
  detail: string;
}

export function documentProblems(document: JourneyDocument, base = '/document'): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const seen = new Map<string, string>();
  document.phases.forEach((phase, p) => {
    const expected = PHASE_KEYS[p];
    if (phase.key !== expected)
      problems.push({ pointer: `${base}/phases/${p}/key`, detail: `fase ${p + 1} moet '${expected}' zijn` });
    phase.steps.forEach((step, s) => {
      const pointer = `${base}/phases/${p}/steps/${s}`;
      const first = seen.get(step.id);
      if (first)
        problems.push({ pointer: `${pointer}/id`, detail: `stap-id '${step.id}' komt al voor op ${first}` });
      else seen.set(step.id, pointer);
      if (step.heartbeat && step.heartbeat.sentiment === undefined && step.heartbeat.score === undefined)
        problems.push({
          pointer: `${pointer}/heartbeat`,
          detail: 'geef een beleving (sentiment) of een score 1–5',
        });
    });
  });
  return problems;
}

export function stepExists(document: JourneyDocument, stepId: string): boolean {
  return document.phases.some((p) => p.steps.some((s) => s.id === stepId));
}
