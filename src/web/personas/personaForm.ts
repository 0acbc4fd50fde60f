// The persona form holds strings (lists one item per line); these convert to and from the API's
// PersonaInput. Pure, so the conversion is unit-tested.
import type { PersonaInput } from '../../shared/journeys/persona';

export const LIST_FIELDS = [
  'goals',
  'motivations',
  'worries',
  'dreams',
  'informedBy',
  'contactBy',
  'quotes',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface PersonaForm extends Record<ListField, string> {
  name: string;
  kind: string;
  avatar: string;
  ageGroup: string;
  engagementProfile: string;
  lifeSituation: string;
  digitalSkills: string;
  languageLevel: string;
  vulnerabilityTags: string[];
  /** One source per line: "title | year | url". */
  sources: string;
  interviewCount: string;
  surveyDescription: string;
  surveyRespondents: string;
  surveyYear: string;
  internalNotes: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function emptyPersonaForm(): PersonaForm {
  return {
    name: '',
    kind: 'resident',
    avatar: '',
    ageGroup: '',
    engagementProfile: '',
    lifeSituation: '',
    goals: '',
    motivations: '',
    worries: '',
    dreams: '',
    informedBy: '',
    contactBy: '',
    quotes: '',
    digitalSkills: '',
    languageLevel: '',
    vulnerabilityTags: [],
    sources: '',
    interviewCount: '0',
    surveyDescription: '',
    surveyRespondents: '',
    surveyYear: '',
    internalNotes: '',
  };
}

export function toPersonaForm(p: PersonaInput): PersonaForm {
  const list = Object.fromEntries(LIST_FIELDS.map((f) => [f, p[f].join('\n')])) as Record<ListField, string>;
  return {
    ...list,
    name: p.name,
    kind: p.kind,
    avatar: p.avatar ?? '',
    ageGroup: p.ageGroup ?? '',
    engagementProfile: p.engagementProfile ?? '',
    lifeSituation: p.lifeSituation ?? '',
    digitalSkills: p.digitalSkills ?? '',
    languageLevel: p.languageLevel ?? '',
    vulnerabilityTags: [...p.vulnerabilityTags],
    sources: p.evidence.sources
      .map((s) => [s.title, s.year ?? '', s.url ?? ''].join(' | ').replace(/( \| )+$/, ''))
      .join('\n'),
    interviewCount: String(p.evidence.interviewCount),
    surveyDescription: p.evidence.survey?.description ?? '',
    surveyRespondents: p.evidence.survey ? String(p.evidence.survey.respondents) : '',
    surveyYear: p.evidence.survey?.year ? String(p.evidence.survey.year) : '',
    internalNotes: p.internalNotes ?? '',
  };
}

/** Whole numbers only; anything else goes to the server as is (NaN → null) so it answers with a path. */
const int = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function fromPersonaForm(f: PersonaForm, keep: Pick<PersonaInput, 'example'> = {}): PersonaInput {
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
  const sources = lines(f.sources).map((line) => {
    const [title = '', year = '', url = ''] = line.split('|').map((s) => s.trim());
    return { title, ...(year ? { year: int(year) } : {}), ...(url ? { url } : {}) };
  });
  const survey = f.surveyDescription.trim()
    ? {
        description: f.surveyDescription.trim(),
        respondents: int(f.surveyRespondents || '0'),
        ...(f.surveyYear.trim() ? { year: int(f.surveyYear) } : {}),
      }
    : undefined;
  return {
    name: f.name.trim(),
    kind: f.kind as PersonaInput['kind'],
    ...optional('avatar', f.avatar),
    ...optional('ageGroup', f.ageGroup),
    ...optional('engagementProfile', f.engagementProfile),
    ...optional('lifeSituation', f.lifeSituation),
    ...optional('digitalSkills', f.digitalSkills),
    ...optional('languageLevel', f.languageLevel),
    ...Object.fromEntries(LIST_FIELDS.map((k) => [k, lines(f[k])])),
    vulnerabilityTags: f.vulnerabilityTags as PersonaInput['vulnerabilityTags'],
    evidence: { sources, interviewCount: int(f.interviewCount || '0'), ...(survey ? { survey } : {}) },
    ...optional('internalNotes', f.internalNotes),
    ...(keep.example !== undefined ? { example: keep.example } : {}),
  } as PersonaInput;
}

/** The Kanaaladvies page for a persona's group (age group or engagement profile). */
export function adviceLink(scheme: 'age' | 'profile', group: string): string {
  return `/kanaaladvies?${new URLSearchParams({ scheme, group }).toString()}`;
}
