// Shapes of the /api/v1 resources as the web app reads them. The server owns the contract;
// these mirror it and are kept deliberately loose where the UI does not depend on a field.
import type { Role } from '../../shared/roles';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  permissions: string[];
}

export interface SessionTenant {
  id: string;
  slug: string;
  name: string;
  theme: Record<string, string> | null;
}

export interface Session {
  user: SessionUser;
  tenant: SessionTenant;
  csrfToken: string;
  demo: boolean;
}

export interface AuthOptions {
  tenants: { slug: string; name: string }[];
  oidc: { enabled: boolean };
  demo: boolean;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export interface Team {
  id: string;
  name: string;
  email: string | null;
  description: string | null;
  createdAt: string;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  origin: string | null;
  traceId: string | null;
}

export interface ProcessingRecord {
  id: string;
  traceId: string;
  spanId: string;
  activity: string;
  action: string;
  subjectType: string | null;
  subjectPseudonym: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
}
