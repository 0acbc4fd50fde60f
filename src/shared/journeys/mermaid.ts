// Mermaid `journey` text: sections are phases, tasks are steps, the score is the heartbeat (1–5)
// and the actors are the personas. Mermaid has no "unknown" score, so a step without heartbeat
// gets the neutral 3 and a trailing "(aanname)" so the reader is not misled.
import type { JourneyDocument, Heartbeat } from './model.js';

const SENTIMENT_SCORE = { positive: 5, neutral: 3, negative: 1 } as const;

/** ':' separates fields in Mermaid and '#'/';' start entities or end statements; line breaks end a task. */
function clean(text: string): string {
  return (
    text
      .replace(/[:#;\r\n]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || '-'
  );
}

export function heartbeatScore(heartbeat: Heartbeat | undefined): number | null {
  if (!heartbeat) return null;
  return heartbeat.score ?? (heartbeat.sentiment ? SENTIMENT_SCORE[heartbeat.sentiment] : null);
}

export function toMermaid(title: string, document: JourneyDocument, actors: string[]): string {
  const who = actors.length ? actors.map(clean).join(', ') : 'Inwoner';
  const lines = ['journey', `  title ${clean(title)}`];
  for (const phase of document.phases) {
    if (phase.steps.length === 0) continue;
    lines.push(`  section ${clean(phase.name)}`);
    for (const step of phase.steps) {
      const score = heartbeatScore(step.heartbeat);
      const assumed = score === null || step.heartbeat?.evidence.level === 'aangenomen';
      lines.push(`    ${clean(step.title)}${assumed ? ' (aanname)' : ''}: ${score ?? 3}: ${who}`);
    }
  }
  return lines.join('\n') + '\n';
}
