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

export function encodeChunk(respondents: readonly Respondent[]): string {
  const dictionary: string[] = [];
  const indexOf = new Map<string, string>();
  const code = (c: string) => {
    let i = indexOf.get(c);
    if (i === undefined) {
      i = dictionary.length.toString(36);
      indexOf.set(c, i);
      dictionary.push(c);
    }
    return i;
  };
  // The import shares one frozen array per distinct cell value, so most cells are coded once.
  const coded = new Map<readonly string[], string>();
  const cellOf = (list: readonly string[]) => {
    let text = coded.get(list);
    if (text === undefined) coded.set(list, (text = list.map(code).join('.')));
    return text;
  };
  const rows: ChunkV2['r'] = respondents.map((r) => {
    const tokens: string[] = [];
    for (const context of CONTEXTS) {
      const phases = r.answers[context];
      if (!phases) {
        tokens.push(NO_CONTEXT);
        continue;
      }
      for (const phase of PHASES) {
        const cell = phases[`${phase}`];
        if (!cell) tokens.push(NO_PHASE);
        else for (const q of QUESTIONS) tokens.push(cellOf(cell[q]));
      }
    }
    return [r.key, r.age, r.ageGroup, r.profile, tokens.join(',')];
  });
  return JSON.stringify({ v: 2, d: dictionary, r: rows } satisfies ChunkV2);
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
