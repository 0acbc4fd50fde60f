// The wide survey format: one row per respondent, one column per context × phase × question.
// The same definitions produce the downloadable template and validate an import.
import { CONTEXTS, PHASES, type Context, type Phase } from '../../../shared/advice/model.js';

export const CONTEXT_COLUMN: Record<Context, string> = {
  service: 'dienstverlening',
  participation: 'participatie',
};
export const QUESTION_COLUMN = {
  channels: 'kanalen',
  motives: 'motieven',
  expectations: 'verwachtingen',
} as const;
export type Question = keyof typeof QUESTION_COLUMN;

export const ID_COLUMN = 'respondent_id';
export const AGE_COLUMN = 'leeftijd';
export const PROFILE_COLUMN = 'profiel';
/** Several codes in one cell are separated by this character. */
export const CODE_SEPARATOR = '|';

export function answerColumn(context: Context, phase: Phase, question: Question): string {
  return `${CONTEXT_COLUMN[context]}_f${phase}_${QUESTION_COLUMN[question]}`;
}

export function allAnswerColumns(): { name: string; context: Context; phase: Phase; question: Question }[] {
  const out = [];
  for (const context of CONTEXTS)
    for (const phase of PHASES)
      for (const question of Object.keys(QUESTION_COLUMN) as Question[])
        out.push({ name: answerColumn(context, phase, question), context, phase, question });
  return out;
}

const PATTERN = /^(dienstverlening|participatie)_f(\d+)_(kanalen|motieven|verwachtingen)$/;

export type ParsedColumn =
  | { kind: 'id' | 'age' | 'profile' }
  | { kind: 'answer'; context: Context; phase: Phase; question: Question }
  | { kind: 'error'; message: string };

export function parseColumn(name: string): ParsedColumn {
  if (name === ID_COLUMN) return { kind: 'id' };
  if (name === AGE_COLUMN) return { kind: 'age' };
  if (name === PROFILE_COLUMN) return { kind: 'profile' };
  const m = PATTERN.exec(name);
  if (!m) return { kind: 'error', message: `onbekende kolom '${name}'` };
  const phase = Number(m[2]);
  if (!(PHASES as readonly number[]).includes(phase)) {
    return { kind: 'error', message: `fase ${phase} bestaat niet (fasen 1 tot en met 5)` };
  }
  const context = (Object.keys(CONTEXT_COLUMN) as Context[]).find((c) => CONTEXT_COLUMN[c] === m[1])!;
  const question = (Object.keys(QUESTION_COLUMN) as Question[]).find((q) => QUESTION_COLUMN[q] === m[3])!;
  return { kind: 'answer', context, phase: phase as Phase, question };
}
