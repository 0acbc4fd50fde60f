// The step editor works on plain strings (what form controls hold); these convert between that and
// a Step of the shared model. Empty optional cards disappear; the server validates the rest.
import {
  ACTORS,
  IDEA_STATUSES,
  SENTIMENTS,
  type Evidence,
  type EvidenceLevel,
  type Sentiment,
  type Step,
} from '../../shared/journeys/model';

export type Row = Record<string, string>;

export interface StepForm {
  title: string;
  does: Row;
  thinks: Row;
  heartbeat: Row;
  kpi: Row;
  touchpoints: Row[];
  painPoints: Row[];
  ideas: Row[];
  backstage: Row[];
}

export type ListLane = 'touchpoints' | 'painPoints' | 'ideas' | 'backstage';
export type SingleLane = 'does' | 'thinks' | 'heartbeat' | 'kpi';

export interface FieldSpec {
  key: string;
  options?: { codes: readonly string[]; prefix: string; allowEmpty?: boolean };
  multiline?: boolean;
}

/** The fields of each lane besides the evidence (level and source), which every card has. */
export const LANE_FIELDS: Record<ListLane | SingleLane, FieldSpec[]> = {
  does: [{ key: 'text', multiline: true }],
  thinks: [{ key: 'text', multiline: true }],
  heartbeat: [
    { key: 'sentiment', options: { codes: SENTIMENTS, prefix: 'journeys.sentiment', allowEmpty: true } },
    {
      key: 'score',
      options: { codes: ['1', '2', '3', '4', '5'], prefix: 'journeys.score', allowEmpty: true },
    },
    { key: 'note' },
  ],
  kpi: [{ key: 'name' }, { key: 'target' }],
  touchpoints: [
    { key: 'channel' },
    { key: 'initiator', options: { codes: ACTORS, prefix: 'journeys.actor' } },
    { key: 'receiver', options: { codes: ACTORS, prefix: 'journeys.actor' } },
    { key: 'description' },
  ],
  painPoints: [{ key: 'text', multiline: true }],
  ideas: [
    { key: 'text', multiline: true },
    { key: 'owner' },
    { key: 'status', options: { codes: IDEA_STATUSES, prefix: 'journeys.ideaStatus' } },
  ],
  backstage: [{ key: 'department' }, { key: 'system' }, { key: 'description' }],
};

/** The field that must be filled for a card to exist at all. */
export const MAIN_FIELD: Record<ListLane | SingleLane, string> = {
  does: 'text',
  thinks: 'text',
  heartbeat: 'sentiment',
  kpi: 'name',
  touchpoints: 'channel',
  painPoints: 'text',
  ideas: 'text',
  backstage: 'department',
};

export function blankRow(lane: ListLane | SingleLane): Row {
  const row: Row = { level: 'aangenomen', source: '' };
  for (const f of LANE_FIELDS[lane])
    row[f.key] = f.options && !f.options.allowEmpty ? f.options.codes[0]! : '';
  return row;
}

function rowOf(lane: ListLane | SingleLane, value: object | undefined): Row {
  const row = blankRow(lane);
  if (!value) return row;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'evidence') {
      const e = v as Evidence;
      row.level = e.level;
      row.source = e.source ?? '';
    } else if (typeof v === 'string' || typeof v === 'number') row[k] = String(v);
  }
  return row;
}

export function toForm(step: Step): StepForm {
  return {
    title: step.title,
    does: rowOf('does', step.does),
    thinks: rowOf('thinks', step.thinks),
    heartbeat: rowOf('heartbeat', step.heartbeat),
    kpi: rowOf('kpi', step.kpi),
    touchpoints: step.touchpoints.map((c) => rowOf('touchpoints', c)),
    painPoints: step.painPoints.map((c) => rowOf('painPoints', c)),
    ideas: step.ideas.map((c) => rowOf('ideas', c)),
    backstage: step.backstage.map((c) => rowOf('backstage', c)),
  };
}

function evidence(row: Row): Evidence {
  const source = row.source?.trim();
  return { level: (row.level || 'aangenomen') as EvidenceLevel, ...(source ? { source } : {}) };
}

/** The row's own fields, trimmed, without empty optional ones, plus its evidence. */
function cardOf(lane: ListLane | SingleLane, row: Row): Record<string, unknown> {
  const card: Record<string, unknown> = {};
  for (const f of LANE_FIELDS[lane]) {
    const value = row[f.key]?.trim();
    if (value) card[f.key] = value;
  }
  return { ...card, evidence: evidence(row) };
}

function present(lane: ListLane | SingleLane, row: Row): boolean {
  if (lane === 'heartbeat') return !!(row.sentiment || row.score);
  return !!row[MAIN_FIELD[lane]]?.trim();
}

function single<T>(lane: SingleLane, row: Row): T | undefined {
  return present(lane, row) ? (cardOf(lane, row) as T) : undefined;
}

export function fromForm(form: StepForm, original: Step): Step {
  const heartbeatRow = form.heartbeat;
  const heartbeat = present('heartbeat', heartbeatRow)
    ? {
        ...(heartbeatRow.sentiment ? { sentiment: heartbeatRow.sentiment as Sentiment } : {}),
        ...(heartbeatRow.score ? { score: Number(heartbeatRow.score) } : {}),
        ...(heartbeatRow.note?.trim() ? { note: heartbeatRow.note.trim() } : {}),
        evidence: evidence(heartbeatRow),
      }
    : undefined;
  const list = <T>(lane: ListLane) =>
    form[lane].filter((row) => present(lane, row)).map((row) => cardOf(lane, row) as T);
  const step: Step = {
    id: original.id,
    title: form.title.trim(),
    touchpoints: list('touchpoints'),
    painPoints: list('painPoints'),
    ideas: list('ideas'),
    backstage: list('backstage'),
  };
  const does = single<Step['does']>('does', form.does);
  const thinks = single<Step['thinks']>('thinks', form.thinks);
  const kpi = single<Step['kpi']>('kpi', form.kpi);
  if (does) step.does = does;
  if (thinks) step.thinks = thinks;
  if (heartbeat) step.heartbeat = heartbeat;
  if (kpi) step.kpi = kpi;
  if (original.experimentOutcome) step.experimentOutcome = original.experimentOutcome;
  return step;
}
