import { describe, expect, it } from 'vitest';
import { emptyDocument, type Step } from '../../shared/journeys/model';
import {
  addStep,
  emptyStep,
  findStep,
  heartbeatValue,
  moveStep,
  newStepId,
  removeStep,
  renamePhase,
} from './docEdit';
import { layoutMap, wrapText, GEOMETRY } from './mapLayout';
import { fromForm, toForm } from './stepForm';
import { pointerLabel } from './pointers';

const t = ((key: string, vars?: Record<string, unknown>) =>
  `${key}${vars ? JSON.stringify(vars) : ''}`) as never;

const full: Step = {
  id: 'melden',
  title: 'Melding doen',
  does: { text: 'Belt de gemeente', evidence: { level: 'gerapporteerd', source: 'KCC-notities 2025' } },
  thinks: { text: 'Wordt dit wel opgepakt?', evidence: { level: 'aangenomen' } },
  touchpoints: [
    { channel: 'telefoon', initiator: 'resident', receiver: 'gemeente', evidence: { level: 'gemeten' } },
  ],
  heartbeat: { sentiment: 'negative', score: 2, note: 'wachttijd', evidence: { level: 'aangenomen' } },
  painPoints: [{ text: 'Lange wachttijd', evidence: { level: 'gemeten', source: 'ACD' } }],
  ideas: [
    { text: 'Terugbelverzoek', owner: 'Team KCC', status: 'planned', evidence: { level: 'aangenomen' } },
  ],
  backstage: [{ department: 'KCC', system: 'Zaaksysteem', evidence: { level: 'gerapporteerd' } }],
  kpi: { name: 'Wachttijd', target: '< 2 min', evidence: { level: 'gemeten' } },
  experimentOutcome: {
    experimentId: 'x',
    summary: 'B beter',
    winner: 'B',
    pValue: 0.01,
    decidedAt: '2026-01-01',
  },
};

describe('journey document edits', () => {
  it('adds, moves, renames and removes steps without touching other phases', () => {
    let doc = emptyDocument('service');
    doc = addStep(doc, 'action', emptyStep('a', 'A'));
    doc = addStep(doc, 'action', emptyStep('b', 'B'));
    doc = moveStep(doc, 'b', -1);
    expect(doc.phases[2]!.steps.map((s) => s.id)).toEqual(['b', 'a']);
    expect(moveStep(doc, 'b', -1)).toEqual(doc);
    doc = renamePhase(doc, 'feedback', 'Bericht terug');
    expect(doc.phases[3]!.name).toBe('Bericht terug');
    expect(findStep(doc, 'a')?.phase).toBe('action');
    doc = removeStep(doc, 'a');
    expect(findStep(doc, 'a')).toBeNull();
    expect(doc.phases.map((p) => p.steps.length)).toEqual([0, 0, 1, 0, 0]);
  });

  it('makes step ids that match the schema pattern and are not taken', () => {
    let calls = 0;
    const doc = addStep(emptyDocument('service'), 'awareness', emptyStep('stap-000000', 'x'));
    const id = newStepId(doc, () => (calls++ === 0 ? 0 : 0.5));
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,40}$/);
    expect(id).not.toBe('stap-000000');
  });

  it('reads the heartbeat as 1–5: the score first, else the sentiment as 5/3/1', () => {
    expect(heartbeatValue(full)).toBe(2);
    expect(
      heartbeatValue({ ...full, heartbeat: { sentiment: 'positive', evidence: { level: 'gemeten' } } }),
    ).toBe(5);
    expect(heartbeatValue(emptyStep('x', 'x'))).toBeNull();
  });
});

describe('step form', () => {
  it('round-trips a step with every lane filled', () => {
    expect(fromForm(toForm(full), full)).toEqual(full);
  });

  it('drops empty cards and a heartbeat without sentiment or score', () => {
    const form = toForm(full);
    form.does = { ...form.does, text: '  ' };
    form.heartbeat = { ...form.heartbeat, sentiment: '', score: '' };
    form.painPoints = [...form.painPoints, { text: '', level: 'aangenomen', source: '' }];
    const step = fromForm(form, full);
    expect(step.does).toBeUndefined();
    expect(step.heartbeat).toBeUndefined();
    expect(step.painPoints).toHaveLength(1);
  });
});

describe('map layout', () => {
  it('gives every step a column under its phase and dashes segments that touch an assumption', () => {
    let doc = emptyDocument('service');
    const hb = (score: number, level: 'gemeten' | 'aangenomen') => ({ score, evidence: { level } });
    doc = addStep(doc, 'awareness', { ...emptyStep('a', 'A'), heartbeat: hb(4, 'gemeten') });
    doc = addStep(doc, 'action', { ...emptyStep('b', 'B'), heartbeat: hb(2, 'aangenomen') });
    doc = addStep(doc, 'action', { ...emptyStep('c', 'C'), heartbeat: hb(3, 'gemeten') });
    doc = addStep(doc, 'closure', emptyStep('d', 'D'));
    const map = layoutMap(doc, ['b']);
    expect(map.phases.map((p) => p.width)).toEqual([
      GEOMETRY.stepWidth,
      GEOMETRY.emptyPhaseWidth,
      2 * GEOMETRY.stepWidth,
      GEOMETRY.emptyPhaseWidth,
      GEOMETRY.stepWidth,
    ]);
    expect(map.segments.map((s) => s.dashed)).toEqual([true, true]);
    const [a, b] = map.steps;
    expect(a!.y!).toBeLessThan(b!.y!); // higher score is drawn higher
    expect(map.steps[3]!.y).toBeNull();
  });

  // How fast is the benchmark's business (bench/journeys.mjs); this checks only the result.
  it('lays out 60 steps with a segment between each pair of heartbeats', () => {
    let doc = emptyDocument('service');
    for (let i = 0; i < 60; i++)
      doc = addStep(doc, doc.phases[i % 5]!.key, {
        ...emptyStep(`s${i}`, `Stap ${i}`),
        heartbeat: { score: (i % 5) + 1, evidence: { level: 'aangenomen' } },
      });
    const map = layoutMap(doc, []);
    expect(map.steps).toHaveLength(60);
    expect(map.segments).toHaveLength(59);
  });

  it('wraps text into lines and marks a cut with an ellipsis', () => {
    expect(wrapText('een twee drie', 8, 2)).toEqual(['een twee', 'drie']);
    const cut = wrapText('een twee drie vier vijf zes', 8, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    expect(wrapText('', 8, 2)).toEqual([]);
  });
});

describe('pointer labels', () => {
  it('names phase and step by their number as users count', () => {
    expect(pointerLabel(t, '/document/phases/2/steps/0/title')).toBe(
      'journeys.pointer.step{"phase":3,"step":1} (title)',
    );
    expect(pointerLabel(t, '/document/phases/4')).toBe('journeys.pointer.phase{"phase":5}');
    expect(pointerLabel(t, '/title')).toBe('/title');
  });
});
