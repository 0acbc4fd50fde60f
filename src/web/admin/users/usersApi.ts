import type { Role } from '../../../shared/roles';
import { getJson, request, withQuery, type ApiResponse } from '../../api/http';
import type { PageOf, User } from '../../api/types';

export const USERS_KEY = ['users'] as const;

export interface NewUser {
  name: string;
  email: string;
  role: Role;
  password?: string;
}

export interface UserPatch {
  name?: string;
  role?: Role;
  active?: boolean;
}

export function listUsers(page: number, pageSize: number): Promise<PageOf<User>> {
  return getJson(withQuery('/api/v1/users', { page, pageSize }));
}

export function getUser(id: string): Promise<ApiResponse<User>> {
  return request<User>('GET', `/api/v1/users/${encodeURIComponent(id)}`);
}

export async function createUser(user: NewUser, idempotencyKey: string): Promise<User> {
  const { data } = await request<User>('POST', '/api/v1/users', {
    body: user,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return data;
}

export function updateUser(id: string, etag: string, patch: UserPatch): Promise<ApiResponse<User>> {
  return request<User>('PATCH', `/api/v1/users/${encodeURIComponent(id)}`, {
    body: patch,
    headers: { 'If-Match': etag },
  });
}
