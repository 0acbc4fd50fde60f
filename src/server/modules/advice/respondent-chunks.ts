// The stored form of a dataset's respondents, one text per chunk of respondents.
//
// Version 1 (migration 0006) is a JSON array of {k, a, g, p, x}: the answers as nested objects,
// about 1.4 kB per respondent of the demo survey. Storing 100,000 of them took PGlite over 3 s,
// most of it inside the database copying and compressing 140 MB of text. Version 2 writes each
// code once per chunk in a dictionary and the answers as short index lists, about a fifth of the
// size. Both versions are read, so datasets stored before stay readable without a migration.
import {
  CONTEXTS,
  PHASES,
  type Answers,
  type Context,
  type Phase,
  type PhaseAnswer,
  type Respondent,
} from '../../../shared/advice/model.js';

const QUESTIONS = ['channels', 'motives', 'expectations'] as const;
/** Marks a context the respondent has no answers object for. */
const NO_CONTEXT = '!';
/** Marks a phase the respondent skipped (it has no answers object). */
const NO_PHASE = '~';

interface ChunkV1Row {
  k: string;
  a: number;
  g: string;
  p: string | null;
  x: Answers;
}

interface ChunkV2 {
  v: 2;
  /** The codes of this chunk; answers refer to them by index (base 36). */
  d: string[];
  /** [key, age, age group, profile, answers] per respondent. */
  r: [string, number, string, string | null, string][];
}

/** A respondent as stored: [key, age, age group, profile, answers coded against the dictionary]. */
export type StoredRow = ChunkV2['r'][number];

/**
 * Where a respondent's answers are read from while they are coded: the import reads them straight
 * from its scratch cells, without building the nested answers objects first.
 */
export interface AnswerSource {
  /** Whether the respondent was asked about this context at all. */
  asked(context: Context): boolean;
  /** A question's codes in a phase, or null when the respondent skipped the phase. */
  list(context: Context, phase: Phase, question: 0 | 1 | 2): readonly string[] | null;
}

export function answerSourceOf(answers: Answers): AnswerSource {
  return {
    asked: (context) => answers[context] !== undefined,
    list: (context, phase, question) => answers[context]?.[`${phase}`]?.[QUESTIONS[question]] ?? null,
  };
}

const EMPTY_CELL = '';

/**
 * Codes answers against one dictionary that only grows, so every chunk coded by the same coder can
 * carry the same dictionary. Lists that are frozen (the import shares one per distinct cell value)
 * are coded once; others are coded each time, so the cache cannot grow with the file.
 */
export class ChunkCoder {
  private readonly dictionary: string[] = [];
  private readonly indexOf = new Map<string, string>();
  private readonly coded = new Map<readonly string[], string>();

  private code(c: string): string {
    let i = this.indexOf.get(c);
    if (i === undefined) {
      i = this.dictionary.length.toString(36);
      this.indexOf.set(c, i);
      this.dictionary.push(c);
    }
    return i;
  }

  cell(list: readonly string[]): string {
    if (list.length === 0) return EMPTY_CELL;
    let text = this.coded.get(list);
    if (text === undefined) {
      text = list.map((c) => this.code(c)).join('.');
      if (Object.isFrozen(list)) this.coded.set(list, text);
    }
    return text;
  }

  /** The answers text of one respondent. */
  answers(source: AnswerSource): string {
    const tokens: string[] = [];
    for (const context of CONTEXTS) {
      if (!source.asked(context)) {
        tokens.push(NO_CONTEXT);
        continue;
      }
      for (const phase of PHASES) {
        const channels = source.list(context, phase, 0);
        if (channels === null) tokens.push(NO_PHASE);
        else
          tokens.push(
            this.cell(channels),
            this.cell(source.list(context, phase, 1) ?? []),
            this.cell(source.list(context, phase, 2) ?? []),
          );
      }
    }
    return tokens.join(',');
  }

  /** The stored text of one chunk of rows coded by this coder. */
  chunk(rows: readonly StoredRow[]): string {
    return JSON.stringify({ v: 2, d: this.dictionary, r: rows as StoredRow[] } satisfies ChunkV2);
  }
}

export function encodeChunk(respondents: readonly Respondent[]): string {
  const coder = new ChunkCoder();
  return coder.chunk(
    respondents.map((r) => [r.key, r.age, r.ageGroup, r.profile, coder.answers(answerSourceOf(r.answers))]),
  );
}

export function decodeChunk(text: string, into: Respondent[] = []): Respondent[] {
  const parsed = JSON.parse(text) as ChunkV1Row[] | ChunkV2;
  if (Array.isArray(parsed)) {
    for (const r of parsed) into.push({ key: r.k, age: r.a, ageGroup: r.g, profile: r.p, answers: r.x });
    return into;
  }
  if (parsed.v !== 2) throw new Error(`unknown respondent chunk version ${String(parsed.v)}`);
  const dictionary = parsed.d;
  // A survey repeats the same few cells: decode each distinct cell once and share the array, as
  // the import does (nothing changes answers after they are read).
  const cells = new Map<string, string[]>();
  const codes = (cell: string) => {
    let list = cells.get(cell);
    if (!list) {
      list = cell === '' ? [] : cell.split('.').map((i) => dictionary[parseInt(i, 36)]!);
      cells.set(cell, list);
    }
    return list;
  };
  for (const [key, age, ageGroup, profile, text] of parsed.r) {
    const tokens = text.split(',');
    let t = 0;
    const answers: Answers = {};
    for (const context of CONTEXTS) {
      if (tokens[t] === NO_CONTEXT) {
        t++;
        continue;
      }
      const phases: NonNullable<Answers[typeof context]> = (answers[context] = {});
      for (const phase of PHASES) {
        if (tokens[t] === NO_PHASE) {
          t++;
          continue;
        }
        const cell: PhaseAnswer = {
          channels: codes(tokens[t]!),
          motives: codes(tokens[t + 1]!),
          expectations: codes(tokens[t + 2]!),
        };
        t += 3;
        phases[`${phase}`] = cell;
      }
    }
    into.push({ key, age, ageGroup, profile, answers });
  }
  return into;
}
