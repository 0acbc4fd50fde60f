import { getJson, request, withQuery, type ApiResponse } from '../api/http';
import type { PageOf } from '../api/types';
import type { PartySearch } from './partySearch';
import type {
  Case,
  CaseCategory,
  Contact,
  ContactTopic,
  NewCase,
  NewContact,
  NewParty,
  NewTask,
  Party,
  PartyHistory,
  Task,
  WorkItem,
} from './types';

export const PARTIES_KEY = ['parties'] as const;
export const CASES_KEY = ['cases'] as const;
export const WORK_QUEUE_KEY = ['work-queue'] as const;

const id = (value: string) => encodeURIComponent(value);

function idempotent(key: string) {
  return { 'Idempotency-Key': key };
}

export function searchParties(search: PartySearch, signal?: AbortSignal): Promise<PageOf<Party>> {
  return getJson(withQuery('/api/v1/parties', { ...search, pageSize: 10 }), signal);
}

export async function createParty(party: NewParty, key: string): Promise<Party> {
  return (await request<Party>('POST', '/api/v1/parties', { body: party, headers: idempotent(key) })).data;
}

export function getPartyHistory(partyId: string): Promise<PartyHistory> {
  return getJson(`/api/v1/parties/${id(partyId)}/history`);
}

export function listContactTopics(): Promise<ContactTopic[]> {
  return getJson<ContactTopic[] | { items: ContactTopic[] }>('/api/v1/contact-topics').then(itemsOf);
}

export function listCaseCategories(): Promise<CaseCategory[]> {
  return getJson<CaseCategory[] | { items: CaseCategory[] }>('/api/v1/case-categories').then(itemsOf);
}

// The contract calls both "flat lists"; accept a bare array or a page so either shape works.
function itemsOf<T>(body: T[] | { items: T[] }): T[] {
  return Array.isArray(body) ? body : body.items;
}

export async function registerContact(contact: NewContact, key: string): Promise<Contact> {
  return (await request<Contact>('POST', '/api/v1/contacts', { body: contact, headers: idempotent(key) }))
    .data;
}

export async function createCase(input: NewCase, key: string): Promise<Case> {
  return (await request<Case>('POST', '/api/v1/cases', { body: input, headers: idempotent(key) })).data;
}

export async function createTask(input: NewTask, key: string): Promise<Task> {
  return (await request<Task>('POST', '/api/v1/tasks', { body: input, headers: idempotent(key) })).data;
}

export function getWorkQueue(scope: 'team' | 'mine'): Promise<{ items: WorkItem[] }> {
  return getJson(withQuery('/api/v1/work-queue', { scope }));
}

export function getCase(caseId: string): Promise<ApiResponse<Case>> {
  return request<Case>('GET', `/api/v1/cases/${id(caseId)}`);
}

export interface StatusChange {
  status: string;
  reason?: string;
  note?: string;
}

export function changeCaseStatus(
  caseId: string,
  etag: string,
  change: StatusChange,
): Promise<ApiResponse<Case>> {
  return request<Case>('POST', `/api/v1/cases/${id(caseId)}/status`, {
    body: change,
    headers: { 'If-Match': etag },
  });
}

export interface CasePatch {
  teamId?: string;
  assigneeId?: string | null;
}

export function updateCase(caseId: string, etag: string, patch: CasePatch): Promise<ApiResponse<Case>> {
  return request<Case>('PATCH', `/api/v1/cases/${id(caseId)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  });
}

export interface LegalHoldChange {
  legalHold: boolean;
  reason: string;
}

/** Sets or lifts the legal hold, then reads the case again: the answer carries only the hold. */
export async function setCaseLegalHold(
  caseId: string,
  etag: string,
  change: LegalHoldChange,
): Promise<ApiResponse<Case>> {
  await request('PUT', `/api/v1/cases/${id(caseId)}/legal-hold`, {
    body: change,
    headers: { 'If-Match': etag },
  });
  return getCase(caseId);
}

export const TASKS_KEY = ['tasks'] as const;

export function getTask(taskId: string): Promise<ApiResponse<Task>> {
  return request<Task>('GET', `/api/v1/tasks/${id(taskId)}`);
}

export interface TaskPatch {
  status?: 'open' | 'done' | 'cancelled';
  result?: string;
}

export function updateTask(taskId: string, etag: string, patch: TaskPatch): Promise<ApiResponse<Task>> {
  return request<Task>('PATCH', `/api/v1/tasks/${id(taskId)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  });
}

export function getContact(contactId: string): Promise<Contact> {
  return getJson(`/api/v1/contacts/${id(contactId)}`);
}
