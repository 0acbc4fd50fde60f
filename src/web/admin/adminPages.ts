import type { Permission } from '../../shared/roles';
import type { MessageKey } from '../i18n/nl';

export interface AdminPage {
  path: string;
  label: MessageKey;
  about: MessageKey;
  permission: Permission;
}

/** Sub-pages of Beheer; each is listed and reachable only with its read permission. */
export const ADMIN_PAGES: readonly AdminPage[] = [
  { path: 'gebruikers', label: 'admin.users', about: 'admin.users.about', permission: 'users:read' },
  { path: 'teams', label: 'admin.teams', about: 'admin.teams.about', permission: 'teams:read' },
  { path: 'auditlog', label: 'admin.audit', about: 'admin.audit.about', permission: 'audit:read' },
  {
    path: 'verwerkingenlog',
    label: 'admin.processing',
    about: 'admin.processing.about',
    permission: 'processing-log:read',
  },
  {
    path: 'meldingcategorieen',
    label: 'caseAdmin.categories',
    about: 'caseAdmin.categories.about',
    permission: 'cases:configure',
  },
  {
    path: 'routering',
    label: 'caseAdmin.routing',
    about: 'caseAdmin.routing.about',
    permission: 'cases:configure',
  },
  {
    path: 'berichtsjablonen',
    label: 'caseAdmin.templates',
    about: 'caseAdmin.templates.about',
    permission: 'cases:configure',
  },
  {
    path: 'contactonderwerpen',
    label: 'caseAdmin.topics',
    about: 'caseAdmin.topics.about',
    permission: 'cases:configure',
  },
  {
    path: 'formulieren',
    label: 'caseAdmin.forms',
    about: 'caseAdmin.forms.about',
    permission: 'cases:configure',
  },
  {
    path: 'bewaartermijnen',
    label: 'caseAdmin.retention',
    about: 'caseAdmin.retention.about',
    permission: 'privacy:manage',
  },
];
