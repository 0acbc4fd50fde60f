import { describe, expect, it } from 'vitest';
import type { PersonaInput } from '../../shared/journeys/persona';
import { adviceLink, emptyPersonaForm, fromPersonaForm, toPersonaForm } from './personaForm';

const persona: PersonaInput = {
  name: 'Voorbeeld: Truus',
  kind: 'resident',
  avatar: 'avatar-3',
  ageGroup: '75-plus',
  engagementProfile: 'zorgzame-senioren',
  lifeSituation: 'Woont alleen',
  goals: ['Zelfstandig blijven'],
  motivations: [],
  worries: ['Formulieren', 'Eenzaamheid'],
  dreams: [],
  digitalSkills: 'low',
  languageLevel: 'native',
  informedBy: ['brief'],
  contactBy: ['telefoon', 'balie'],
  quotes: ['Ik bel liever even.'],
  vulnerabilityTags: ['older-alone', 'low-digital-skills'],
  evidence: {
    sources: [
      { title: 'Ken je inwoner', year: 2023, url: 'https://example.org/r' },
      { title: 'Intern rapport' },
    ],
    interviewCount: 12,
    survey: { description: 'Panel', respondents: 800, year: 2024 },
  },
  internalNotes: 'alleen intern',
  example: true,
};

describe('persona form', () => {
  it('round-trips every field', () => {
    expect(fromPersonaForm(toPersonaForm(persona), { example: true })).toEqual(persona);
  });

  it('turns an empty form into the smallest valid persona', () => {
    const form = { ...emptyPersonaForm(), name: ' Anna ' };
    expect(fromPersonaForm(form)).toEqual({
      name: 'Anna',
      kind: 'resident',
      goals: [],
      motivations: [],
      worries: [],
      dreams: [],
      informedBy: [],
      contactBy: [],
      quotes: [],
      vulnerabilityTags: [],
      evidence: { sources: [], interviewCount: 0 },
    });
  });

  it('links a group to Kanaaladvies with the scheme and group in the URL', () => {
    expect(adviceLink('profile', 'zorgzame-senioren')).toBe(
      '/kanaaladvies?scheme=profile&group=zorgzame-senioren',
    );
  });
});
