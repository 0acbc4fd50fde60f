// Measured heartbeats from Klantcontact, going live and the before/after comparison
// (docs/journeys.md, "Klantcontact behind a step"). Figures the role may not read are absent.
import { getJson, request, withQuery } from '../api/http';

const base = (id: string) => `/api/v1/journeys/${encodeURIComponent(id)}`;

export interface Interval {
  proportion: number;
  low: number;
  high: number;
  n: number;
}
export interface KtoFigures {
  n: number;
  suppressed: boolean;
  mean: number | null;
  meanCi: { low: number; high: number } | null;
  satisfied: number | null;
  satisfiedShare: Interval | null;
}
export interface ContactFigures {
  total: number;
  avoidable: number;
  value: number;
  avoidableShare: Interval | null;
  perWeek: number;
  days: number;
}
export interface StepLinks {
  stepId: string;
  ktoCategories: string[];
  contactTopics: string[];
}
export interface Provenance {
  synthetic: boolean;
  period: { from: string; to: string };
  kto: string | null;
  contacts: string | null;
  hidden: string[];
}
export interface KlantcontactFigures {
  provenance: Provenance;
  steps: (StepLinks & { kto?: KtoFigures; contacts?: ContactFigures })[];
}
export interface ShareComparison {
  before: Interval | null;
  after: Interval | null;
  test: { difference: number; z: number; pValue: number; significant: boolean } | null;
}
export interface BeforeAfter {
  liveOn: string;
  liveVersion: number | null;
  periods: {
    before: { from: string; to: string; days: number };
    after: { from: string; to: string; days: number } | null;
  };
  provenance: Provenance;
  steps: (StepLinks & {
    kto?: { before: KtoFigures | null; after: KtoFigures | null; satisfied: ShareComparison };
    contacts?: { before: ContactFigures | null; after: ContactFigures | null; avoidable: ShareComparison };
  })[];
}
export interface LinkOptions {
  categories: { code: string; parentCode: string | null; nameNl: string }[];
  topics: { code: string; parentCode: string | null; nameNl: string; avoidable: boolean }[];
}

export const getFigures = (id: string) => getJson<KlantcontactFigures>(`${base(id)}/klantcontact`);
export const getLinkOptions = () => getJson<LinkOptions>('/api/v1/journeys/link-options');
export const getBeforeAfter = (id: string, days: number) =>
  getJson<BeforeAfter>(withQuery(`${base(id)}/before-after`, { days }));

export async function saveStepLinks(id: string, links: StepLinks): Promise<void> {
  await request('PUT', `${base(id)}/steps/${encodeURIComponent(links.stepId)}/links`, {
    body: { ktoCategories: links.ktoCategories, contactTopics: links.contactTopics },
  });
}

export async function setLive(id: string, liveOn: string): Promise<void> {
  await request('PUT', `${base(id)}/live`, { body: { liveOn } });
}

export async function deleteJourney(id: string, etag: string): Promise<void> {
  await request('DELETE', base(id), { headers: { 'If-Match': etag } });
}
