// Child process of bench/advice.mjs: makes the import file and times the compiled import reading.
// It runs in its own process so that the load generator keeps a small heap while it measures: the
// 100,000 generated respondents and their parsed rows are several hundred MB of objects, and with
// them in the bench's heap its garbage collections delayed its own timers and response events,
// which the latencies counted (p99 10.5 ms with them, about 5 ms without, on a quiet machine).
//
//   node bench/advice-file.mjs <dir> <respondents>
// writes <dir>/good.csv and <dir>/bad.csv (the same file with an unknown profile on its last line)
// and prints one JSON line: { bytes, generateMs, tokeniseMs, parseMs }.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

const { performance } = globalThis;
const ADVICE_DIST = join(ROOT, 'dist', 'server', 'modules', 'advice');
const compiled = (path) => import(pathToFileURL(join(ADVICE_DIST, path)).href);

const [dir, rowsArg] = process.argv.slice(2);
const ROWS = Number(rowsArg);
if (!dir || !Number.isInteger(ROWS) || ROWS < 1) {
  console.error('usage: node bench/advice-file.mjs <dir> <respondents>');
  process.exit(2);
}

/** The wide survey format of survey-columns.ts, one line per respondent, codes joined with '|'. */
async function surveyFile(respondents) {
  const { ID_COLUMN, AGE_COLUMN, PROFILE_COLUMN, CODE_SEPARATOR, allAnswerColumns } =
    await compiled('survey-columns.js');
  const columns = allAnswerColumns();
  const header = [ID_COLUMN, AGE_COLUMN, PROFILE_COLUMN, ...columns.map((c) => c.name)].join(';');
  const line = (r, profile = r.profile ?? '') =>
    [
      r.key,
      r.age,
      profile,
      ...columns.map((c) => r.answers[c.context]?.[`${c.phase}`]?.[c.question].join(CODE_SEPARATOR) ?? ''),
    ].join(';');
  const lines = respondents.map((r) => line(r));
  if (lines.some((l) => /["\n\r]/.test(l))) throw new Error('a generated code needs CSV quoting');
  const good = `${header}\n${lines.join('\n')}\n`;
  lines[lines.length - 1] = line(respondents[respondents.length - 1], 'bench-onbekend');
  const bad = `${header}\n${lines.join('\n')}\n`;
  return { good, bad };
}

/** The import catalogue of a gemeente with the default catalogues (what the demo seeds). */
async function defaultImportCatalogue() {
  const c = await compiled('catalogue/index.js');
  return {
    channels: new Set(c.DEFAULT_CHANNELS.map((x) => x.code)),
    motives: new Map(c.DEFAULT_MOTIVES.map((x) => [x.code, new Set(x.contexts)])),
    expectations: new Map(c.DEFAULT_EXPECTATIONS.map((x) => [x.code, new Set(x.contexts)])),
    profiles: new Set(c.DEFAULT_PROFILES.map((x) => x.code)),
    ageGroups: c.DEFAULT_AGE_GROUPS.map((g) => ({ code: g.code, minAge: g.minAge, maxAge: g.maxAge })),
  };
}

/** The fastest of two runs (the first also warms up the code). */
function timed(fn, runs = 2) {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    times.push(performance.now() - t0);
  }
  return { ms: Math.min(...times), value };
}

const { generateDemoSurvey } = await compiled('demo/generate.js');
const t0 = performance.now();
const survey = generateDemoSurvey({ respondents: ROWS });
const generateMs = performance.now() - t0;
const { good, bad } = await surveyFile(survey.respondents);
writeFileSync(join(dir, 'good.csv'), good);
writeFileSync(join(dir, 'bad.csv'), bad);

// What the server does with the body, without HTTP and the database: split it into records
// (forEachCsvRecord), then read, check and code every row as the import does (parseSurvey builds
// the same stored rows with the same ChunkCoder).
const { forEachCsvRecord } = await compiled('csv-tokens.js');
const { readSurveyCsv } = await compiled('import-csv.js');
const { ChunkCoder } = await compiled('respondent-chunks.js');
const catalogue = await defaultImportCatalogue();
const tokenise = timed(() => {
  let records = 0;
  forEachCsvRecord(good, ';', () => void records++);
  return records;
});
if (tokenise.value !== ROWS + 1) throw new Error(`tokenising gave ${tokenise.value} records`);
const parse = timed(() => {
  const coder = new ChunkCoder();
  return readSurveyCsv(good, catalogue, 200_000, (r, answers) => [
    r.key,
    r.age,
    r.ageGroup,
    r.profile,
    coder.answers(answers),
  ]);
});
if (parse.value.length !== ROWS) throw new Error(`reading gave ${parse.value.length} respondents`);

console.log(
  JSON.stringify({ bytes: Buffer.byteLength(good), generateMs, tokeniseMs: tokenise.ms, parseMs: parse.ms }),
);
