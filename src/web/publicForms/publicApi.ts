import { getJson, request } from '../api/http';

// Shapes of the public (no login) forms API. The forms module owns them; the UI reads them loosely
// so a field the server adds later does not break the page.

export type PublicFieldType = 'text' | 'textarea' | 'email' | 'tel' | 'postcode' | 'number' | 'select';

export interface PublicFormField {
  key: string;
  type: PublicFieldType;
  labelNl: string;
  labelEn?: string | null;
  hintNl?: string | null;
  required: boolean;
  maxLength: number;
  options?: { value: string; labelNl: string; labelEn?: string | null }[];
  purposeNl: string;
}

export interface PublicGemeente {
  slug: string;
  name: string;
}

export interface PublicFormSummary {
  categoryCode: string;
  titleNl: string;
  titleEn?: string | null;
  introNl?: string | null;
}

export interface PublicFormList {
  gemeente: PublicGemeente;
  items: PublicFormSummary[];
}

export interface PublicForm extends PublicFormSummary {
  gemeente?: PublicGemeente;
  fields: PublicFormField[];
}

export interface Submission {
  caseNumber: string;
  token: string;
  followPath: string;
}

export interface PublicCaseEvent {
  activity: string;
  occurredAt: string;
  /** The status the step led to. */
  status?: string | null;
}

export interface PublicCase {
  number: string;
  status: string;
  categoryName?: string | null;
  createdAt?: string | null;
  dueDate?: string | null;
  closedAt?: string | null;
  events: PublicCaseEvent[];
  /** Whether the KTO question can be answered now, and whether it already was. */
  satisfaction?: { canAnswer: boolean; answered: boolean };
  gemeente?: PublicGemeente;
}

export interface SatisfactionAnswer {
  token: string;
  score: number;
  comment?: string;
  reopen?: boolean;
}

const base = (slug: string) => `/api/v1/public/gemeenten/${encodeURIComponent(slug)}`;

export const publicKeys = {
  forms: (slug: string) => ['public', slug, 'forms'] as const,
  form: (slug: string, category: string) => ['public', slug, 'forms', category] as const,
  case: (slug: string, number: string) => ['public', slug, 'cases', number] as const,
};

export function listPublicForms(slug: string): Promise<PublicFormList> {
  return getJson(`${base(slug)}/forms`);
}

export function getPublicForm(slug: string, category: string): Promise<PublicForm> {
  return getJson(`${base(slug)}/forms/${encodeURIComponent(category)}`);
}

export async function submitPublicForm(
  slug: string,
  category: string,
  answers: Record<string, string>,
  idempotencyKey: string,
): Promise<Submission> {
  const { data } = await request<Submission>(
    'POST',
    `${base(slug)}/forms/${encodeURIComponent(category)}/submissions`,
    { body: { answers }, headers: { 'Idempotency-Key': idempotencyKey } },
  );
  return data;
}

export function getPublicCase(slug: string, number: string, token: string): Promise<PublicCase> {
  const query = new URLSearchParams({ token }).toString();
  return getJson(`${base(slug)}/cases/${encodeURIComponent(number)}?${query}`);
}

export async function sendSatisfaction(
  slug: string,
  number: string,
  answer: SatisfactionAnswer,
): Promise<void> {
  await request<unknown>('POST', `${base(slug)}/cases/${encodeURIComponent(number)}/satisfaction`, {
    body: answer,
  });
}
