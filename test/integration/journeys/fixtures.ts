import type { JourneyDocument } from '../../../src/shared/journeys/model.js';
import { emptyDocument } from '../../../src/shared/journeys/model.js';

/** A map with one step in every phase; the heartbeat of the first two rests on evidence. */
export function mapWithSteps(): JourneyDocument {
  const doc = emptyDocument('service');
  const levels = ['gemeten', 'gerapporteerd', 'aangenomen', 'aangenomen', 'aangenomen'] as const;
  doc.phases.forEach((phase, i) => {
    phase.steps.push({
      id: `s${i + 1}`,
      title: `Stap ${i + 1}`,
      does: { text: 'Doet iets', evidence: { level: 'aangenomen' } },
      touchpoints: [
        {
          channel: 'telefoon',
          initiator: 'resident',
          receiver: 'gemeente',
          evidence: { level: 'gemeten', source: 'KCC-registratie' },
        },
      ],
      heartbeat: { sentiment: i === 2 ? 'negative' : 'neutral', evidence: { level: levels[i]! } },
      painPoints: [],
      ideas:
        i === 2
          ? [
              {
                text: 'Statusbericht sturen',
                owner: 'Jan de Vries (KCC)',
                status: 'planned',
                evidence: { level: 'aangenomen' },
              },
            ]
          : [],
      backstage: [
        { department: 'Openbare ruimte', system: 'Werkorders', evidence: { level: 'gerapporteerd' } },
      ],
      kpi: { name: 'Doorlooptijd', evidence: { level: 'aangenomen' } },
    });
  });
  doc.phases[0]!.name = 'Ontdekken';
  return doc;
}

export const personaBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Testpersona',
  kind: 'resident',
  ageGroup: '65-74',
  engagementProfile: 'zorgzame-senioren',
  goals: ['Snel geholpen worden'],
  motivations: [],
  worries: [],
  dreams: [],
  informedBy: ['brief'],
  contactBy: ['telefoon'],
  quotes: [],
  vulnerabilityTags: [],
  evidence: {
    sources: [
      { title: 'Openbaar rapport', year: 2024 },
      { title: 'Intern interviewverslag', internal: true },
    ],
    interviewCount: 6,
    survey: { description: 'Eigen panel', respondents: 412, year: 2025 },
  },
  internalNotes: 'Intern: afgeleid van gesprekken met wijkteam Noord',
  ...overrides,
});

export const journeyBody = (personaIds: string[], overrides: Record<string, unknown> = {}) => ({
  title: 'Melding openbare ruimte',
  trajectory: 'service',
  lifeEvent: 'melding openbare ruimte',
  state: 'current',
  personaIds,
  document: mapWithSteps(),
  ...overrides,
});
