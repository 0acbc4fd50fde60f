import { getJson, request, withQuery, type ApiResponse } from '../api/http';
import { ApiError } from '../api/problem';
import type { PageOf } from '../api/types';
import type { PublicFormField } from '../publicForms/publicApi';

// Beheer API of Klantcontact en meldingen (cases, contacts, forms, privacy modules). Resources that
// only have a list GET are edited with the version from that list as their ETag ("<version>").

export const CASE_KINDS = ['melding', 'aanvraag', 'vraag', 'klacht'] as const;

export interface Category {
  code: string;
  parentCode: string | null;
  kind: string;
  nameNl: string;
  nameEn: string | null;
  descriptionNl: string | null;
  dueWorkingDays: number;
  defaultTeamId: string | null;
  active: boolean;
  sort: number;
  version: number;
}
export type CategoryInput = Partial<Omit<Category, 'version'>>;

export interface Topic {
  code: string;
  parentCode: string | null;
  nameNl: string;
  nameEn: string | null;
  phase: number | null;
  avoidable: boolean;
  active: boolean;
  sort: number;
  version: number;
}
export type TopicInput = Partial<Omit<Topic, 'version'>>;

export interface RoutingRule {
  id: string;
  categoryCode: string;
  postcodeFrom: number | null;
  postcodeTo: number | null;
  teamId: string;
  priority: number;
  version: number;
}
export type RoutingRuleInput = Partial<Omit<RoutingRule, 'id' | 'version'>>;

export interface MessageTemplate {
  event: string;
  channel: string;
  subject: string | null;
  body: string;
  version: number;
}

export interface FormDefinition {
  categoryCode: string;
  titleNl: string;
  titleEn?: string | null;
  introNl?: string | null;
  fields: PublicFormField[];
  published: boolean;
  version: number;
}
export type FormInput = Omit<FormDefinition, 'categoryCode' | 'version'>;

export interface RetentionTerm {
  recordType: string;
  months: number;
  action: 'delete' | 'anonymise';
  fromNl?: string;
  version: number;
}

export interface RetentionRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  summary: Record<string, { deleted: number; anonymised: number; held: number }>;
}

export interface ImportResult {
  created: number;
  updated: number;
}

export const caseAdminKeys = {
  categories: ['case-categories'] as const,
  topics: ['contact-topics'] as const,
  routing: ['routing-rules'] as const,
  templates: ['message-templates'] as const,
  forms: ['forms'] as const,
  retention: ['retention-terms'] as const,
  runs: ['retention-runs'] as const,
};

const API = '/api/v1';
const enc = encodeURIComponent;

/** A flat list answered as an array or as `{ items }`. */
async function listOf<T>(path: string): Promise<T[]> {
  const data = await getJson<T[] | { items: T[] }>(path);
  return Array.isArray(data) ? data : data.items;
}

/** One item of a list with its version as ETag; 404 when it is not (or no longer) there. */
async function fromList<T extends { version: number }>(path: string, match: (item: T) => boolean) {
  const item = (await listOf<T>(path)).find(match);
  if (!item) throw new ApiError(404, { status: 404, title: 'Niet gevonden' });
  return { data: item, etag: `"${item.version}"`, status: 200 } satisfies ApiResponse<T>;
}

const create = async <T>(path: string, body: unknown, key: string) =>
  (await request<T>('POST', path, { body, headers: { 'Idempotency-Key': key } })).data;
const patch = <T>(path: string, etag: string, body: unknown) =>
  request<T>('PATCH', path, { body, headers: { 'If-Match': etag } });
const put = <T>(path: string, etag: string | null, body: unknown) =>
  request<T>('PUT', path, { body, headers: etag ? { 'If-Match': etag } : {} });
const importCsv = async (path: string, csv: string, key: string) =>
  (
    await request<ImportResult>('POST', path, {
      text: { content: csv, type: 'text/csv' },
      headers: { 'Idempotency-Key': key },
    })
  ).data;

export const listCategories = () => listOf<Category>(`${API}/case-categories`);
export const getCategory = (code: string) =>
  fromList<Category>(`${API}/case-categories`, (c) => c.code === code);
export const createCategory = (body: CategoryInput, key: string) =>
  create<Category>(`${API}/case-categories`, body, key);
export const updateCategory = (code: string, etag: string, body: CategoryInput) =>
  patch<Category>(`${API}/case-categories/${enc(code)}`, etag, body);
export const importCategories = (csv: string, key: string) =>
  importCsv(`${API}/case-categories/import`, csv, key);

export const listTopics = () => listOf<Topic>(`${API}/contact-topics`);
export const getTopic = (code: string) => fromList<Topic>(`${API}/contact-topics`, (c) => c.code === code);
export const createTopic = (body: TopicInput, key: string) =>
  create<Topic>(`${API}/contact-topics`, body, key);
export const updateTopic = (code: string, etag: string, body: TopicInput) =>
  patch<Topic>(`${API}/contact-topics/${enc(code)}`, etag, body);
export const importTopics = (csv: string, key: string) => importCsv(`${API}/contact-topics/import`, csv, key);

export const listRoutingRules = () => listOf<RoutingRule>(`${API}/routing-rules`);
export const getRoutingRule = (id: string) =>
  fromList<RoutingRule>(`${API}/routing-rules`, (r) => r.id === id);
export const createRoutingRule = (body: RoutingRuleInput, key: string) =>
  create<RoutingRule>(`${API}/routing-rules`, body, key);
export const updateRoutingRule = (id: string, etag: string, body: RoutingRuleInput) =>
  patch<RoutingRule>(`${API}/routing-rules/${enc(id)}`, etag, body);
export const deleteRoutingRule = (rule: RoutingRule) =>
  request<void>('DELETE', `${API}/routing-rules/${enc(rule.id)}`, {
    headers: { 'If-Match': `"${rule.version}"` },
  });

export const listTemplates = () => listOf<MessageTemplate>(`${API}/message-templates`);
export const templateId = (t: { event: string; channel: string }) => `${t.event}/${t.channel}`;
export const getTemplate = (id: string) =>
  fromList<MessageTemplate>(`${API}/message-templates`, (t) => templateId(t) === id);
export const saveTemplate = (id: string, etag: string, body: { subject: string | null; body: string }) => {
  const [event = '', channel = ''] = id.split('/');
  return put<MessageTemplate>(`${API}/message-templates/${enc(event)}/${enc(channel)}`, etag || null, body);
};

export const getFormDefinition = (category: string) =>
  request<FormDefinition>('GET', `${API}/forms/${enc(category)}`);
export const saveFormDefinition = (category: string, etag: string, body: FormInput) =>
  put<FormDefinition>(`${API}/forms/${enc(category)}`, etag || null, body);

export const listRetentionTerms = () => listOf<RetentionTerm>(`${API}/retention-terms`);
export const saveRetentionTerm = (term: RetentionTerm, body: { months: number; action: string }) =>
  put<RetentionTerm>(`${API}/retention-terms/${enc(term.recordType)}`, `"${term.version}"`, body);
export const runRetention = (key: string) => create<RetentionRun>(`${API}/retention-runs`, {}, key);
export const listRetentionRuns = () =>
  getJson<PageOf<RetentionRun>>(withQuery(`${API}/retention-runs`, { page: 1, pageSize: 5 }));
