// Importing a gemeente's own survey: validate everything, optionally weight to the gemeente's age
// composition, then store in one transaction — or store nothing.
import type { Tx } from '../../platform/db/client.js';
import { recordAudit, type ActionContext } from '../../platform/audit/service.js';
import { problems } from '../../platform/http/problem.js';
import { postStratify } from '../../../shared/statistics/poststratify.js';
import type { Catalogue } from './catalogue-store.js';
import { readSurveyCsv, SurveyImportError, type ImportCatalogue } from './import-csv.js';
import { ChunkCoder, type StoredRow } from './respondent-chunks.js';
import { insertDataset, datasetView, type CodedRespondents } from './datasets.js';
import { getArea } from './areas.js';

export function importCatalogue(catalogue: Catalogue): ImportCatalogue {
  return {
    channels: new Set(catalogue.channels.map((c) => c.code)),
    motives: new Map(catalogue.motives.map((m) => [m.code, new Set(m.contexts)])),
    expectations: new Map(catalogue.expectations.map((e) => [e.code, new Set(e.contexts)])),
    profiles: new Set(catalogue.segments.filter((s) => s.scheme === 'profile').map((s) => s.code)),
    ageGroups: catalogue.segments
      .filter((s) => s.scheme === 'age')
      .map((s) => ({ code: s.code, minAge: s.minAge, maxAge: s.maxAge })),
  };
}

export function importProblem(error: SurveyImportError) {
  return problems.validation(
    error.issues.map((i) => ({
      pointer: `/file/line/${i.line}${i.column ? `/${i.column}` : ''}`,
      detail: `regel ${i.line}${i.column ? `, kolom ${i.column}` : ''}: ${i.message}`,
    })),
    `Het bestand is niet ingelezen: ${error.issues.length}${error.issues.length >= 100 ? '+' : ''} fout(en). Er is niets opgeslagen.`,
  );
}

/**
 * Reads and checks a survey file. Runs before the import's transaction opens: on PGlite a
 * transaction holds the only connection, and checking 100,000 lines takes seconds.
 */
export function parseSurvey(catalogue: Catalogue, csv: string, maxRows: number): CodedRespondents {
  // Each row goes straight into its stored form: building the nested answers of 100,000
  // respondents only to code them again took a second of a 100,000-row import.
  const coder = new ChunkCoder();
  try {
    const rows = readSurveyCsv(csv, importCatalogue(catalogue), maxRows, (r, answers): StoredRow => [
      r.key,
      r.age,
      r.ageGroup,
      r.profile,
      coder.answers(answers),
    ]);
    return { rows, coder };
  } catch (error) {
    if (error instanceof SurveyImportError) throw importProblem(error);
    throw error;
  }
}

export async function importSurvey(
  tx: Tx,
  ctx: ActionContext,
  respondents: CodedRespondents,
  meta: { name: string; source: string; year: number; description?: string; weightArea?: string },
) {
  let weighting = null;
  const warnings: string[] = [];
  if (meta.weightArea) {
    const area = await getArea(tx, ctx.tenantId, meta.weightArea);
    if (area.scheme !== 'age') {
      throw problems.validation([
        { pointer: '/query/weightArea', detail: 'weging kan alleen naar een gebied met een leeftijdsopbouw' },
      ]);
    }
    const sample: Record<string, number> = {};
    for (const [, , ageGroup] of respondents.rows) sample[ageGroup] = (sample[ageGroup] ?? 0) + 1;
    try {
      const result = postStratify({ sampleCounts: sample, populationShares: area.shares, normalise: true });
      weighting = { areaId: area.id, areaName: area.name, weights: result.weights };
      warnings.push(...result.warnings);
      if (result.missingStrata.length) {
        warnings.push(
          `Geen respondenten in ${result.missingStrata.join(', ')}: die groepen ontbreken in de gewogen cijfers.`,
        );
      }
    } catch (error) {
      throw problems.validation([{ pointer: '/query/weightArea', detail: (error as Error).message }]);
    }
  }
  const row = await insertDataset(tx, ctx.tenantId, { ...meta, synthetic: false, weighting }, respondents);
  await recordAudit(tx, ctx, {
    action: 'advice.dataset.import',
    objectType: 'advice-dataset',
    objectId: row.id,
  });
  return { dataset: datasetView(row), warnings };
}
