import { describe, expect, it } from 'vitest';
import { emptyDocument, type JourneyDocument } from './model.js';
import { grounding, journeyWarnings } from './grounding.js';
import { toMermaid } from './mermaid.js';
import { diffJourneys } from './diff.js';
import { documentProblems } from './validate.js';
import { journeyFile, stripJourneyFile } from './exchange.js';
import { stripPersona, type PersonaInput } from './persona.js';

function sample(): JourneyDocument {
  const d = emptyDocument('service');
  d.phases[0]!.steps.push({
    id: 'a',
    title: 'Zoekt: waar meld ik dit?',
    touchpoints: [],
    heartbeat: { score: 2, evidence: { level: 'gemeten', source: 'KTO' } },
    painPoints: [],
    ideas: [{ text: 'Betere zoekterm', owner: 'Piet', status: 'idea', evidence: { level: 'aangenomen' } }],
    backstage: [],
  });
  d.phases[1]!.steps.push({
    id: 'b',
    title: 'Belt',
    touchpoints: [],
    heartbeat: { sentiment: 'positive', evidence: { level: 'aangenomen' } },
    painPoints: [],
    ideas: [],
    backstage: [],
  });
  d.phases[2]!.steps.push({
    id: 'c',
    title: 'Wacht',
    touchpoints: [],
    painPoints: [],
    ideas: [],
    backstage: [],
  });
  return d;
}

const persona: PersonaInput = {
  name: 'P',
  kind: 'resident',
  goals: [],
  motivations: [],
  worries: [],
  dreams: [],
  informedBy: [],
  contactBy: [],
  quotes: [],
  vulnerabilityTags: ['newcomer'],
  evidence: { sources: [{ title: 'Openbaar' }, { title: 'Geheim', internal: true }], interviewCount: 3 },
  internalNotes: 'niet delen',
};

describe('journey model functions', () => {
  it('counts grounded heartbeats, with linked measurements as grounding', () => {
    expect(grounding(sample())).toMatchObject({
      steps: 3,
      heartbeats: 2,
      grounded: 1,
      share: 0.5,
      assumedStepIds: ['b'],
      stepsWithoutHeartbeat: ['c'],
    });
    expect(grounding(sample(), new Set(['b'])).share).toBe(1);
    expect(grounding(emptyDocument('service')).share).toBeNull();
  });

  it('warns only when no persona comes from a vulnerable group', () => {
    expect(journeyWarnings([{ vulnerabilityTags: [] }])).toHaveLength(1);
    expect(journeyWarnings([{ vulnerabilityTags: [] }, { vulnerabilityTags: ['screen-reader'] }])).toEqual(
      [],
    );
  });

  it('writes Mermaid journey text without characters that break its syntax', () => {
    expect(toMermaid('Melding: lamp', sample(), ['Ans', 'Kees'])).toBe(
      [
        'journey',
        '  title Melding lamp',
        '  section Bewustwording & oriëntatie',
        '    Zoekt waar meld ik dit?: 2: Ans, Kees',
        '  section Eerste contact',
        '    Belt (aanname): 5: Ans, Kees',
        '  section Actie & interactie',
        '    Wacht (aanname): 3: Ans, Kees',
        '',
      ].join('\n'),
    );
  });

  it('finds phase order problems and duplicate step ids', () => {
    const d = sample();
    d.phases[1]!.steps[0]!.id = 'a';
    [d.phases[3], d.phases[4]] = [d.phases[4]!, d.phases[3]!];
    expect(documentProblems(d).map((p) => p.pointer)).toEqual([
      '/document/phases/1/steps/0/id',
      '/document/phases/3/key',
      '/document/phases/4/key',
    ]);
  });

  it('diffs by step id, then by title', () => {
    const cur = sample();
    const des = sample();
    des.phases[1]!.steps[0]!.id = 'renamed'; // same title: matched
    des.phases[2]!.steps = [];
    const d = diffJourneys(cur, des);
    expect(d[1]).toMatchObject({ added: [], removed: [], changed: [], unchanged: 1 });
    expect(d[2]!.removed).toEqual([{ stepId: 'c', title: 'Wacht' }]);
  });

  it('strips private fields for the shared library', () => {
    const stripped = stripPersona(persona);
    expect(stripped.internalNotes).toBeUndefined();
    expect(stripped.evidence.sources).toEqual([{ title: 'Openbaar' }]);
    const file = stripJourneyFile(
      journeyFile({ title: 'T', trajectory: 'service', lifeEvent: 'x', state: 'current' }, sample(), [
        persona,
      ]),
    );
    expect(JSON.stringify(file)).not.toMatch(/Piet|niet delen|Geheim/);
  });
});
