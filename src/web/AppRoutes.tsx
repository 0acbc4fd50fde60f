import { lazy, useRef, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AdminIndexPage } from './admin/AdminIndexPage';
import { AdminLayout } from './admin/AdminLayout';
import { RequirePermission } from './admin/RequirePermission';
import { adviceRoutes } from './advice/adviceRoutes';
import { caseAdminRoutes } from './caseAdmin/caseAdminRoutes';
import { contactsRoutes } from './contacts/contactsRoutes';
import { journeysRoutes } from './journeys/journeysRoutes';
import { insightsRoutes } from './insights/insightsRoutes';
import { publicRoutes } from './publicForms/publicRoutes';
import type { Permission } from '../shared/roles';
import type { Session } from './api/types';
import { LoginPage } from './auth/LoginPage';
import { SessionProvider } from './auth/SessionContext';
import { NotFoundPage } from './sections/MessagePage';
import { StartPage } from './sections/StartPage';
import { AppShell } from './shell/AppShell';
import { PublicLayout } from './shell/PublicLayout';

export const LOGIN_PATH = '/inloggen';

// Beheer pages load on demand (issue 5: a smaller first bundle); AppShell shows the fallback.
const UsersPage = lazy(() => import('./admin/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const UserEditPage = lazy(() =>
  import('./admin/users/UserEditPage').then((m) => ({ default: m.UserEditPage })),
);
const TeamsPage = lazy(() => import('./admin/teams/TeamsPage').then((m) => ({ default: m.TeamsPage })));
const TeamEditPage = lazy(() =>
  import('./admin/teams/TeamEditPage').then((m) => ({ default: m.TeamEditPage })),
);
const AuditLogPage = lazy(() =>
  import('./admin/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const ProcessingLogPage = lazy(() =>
  import('./admin/processing/ProcessingLogPage').then((m) => ({ default: m.ProcessingLogPage })),
);

function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only same-app paths: never bounce to "//evil.example" after login.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function AppRoutes({ session }: { session: Session | null }) {
  const location = useLocation();
  // A deep link opened while logged out returns there after login; after a logout the next
  // user (maybe with other rights) starts at Start instead of on the previous user's page.
  const hadSession = useRef(false);
  if (session) hadSession.current = true;

  if (!session) {
    const from = hadSession.current ? undefined : { from: location.pathname + location.search };
    return (
      <Routes>
        <Route
          path={LOGIN_PATH}
          element={
            <PublicLayout>
              <LoginPage />
            </PublicLayout>
          }
        />
        {publicRoutes()}
        <Route path="*" element={<Navigate to={LOGIN_PATH} replace state={from} />} />
      </Routes>
    );
  }

  return (
    <SessionProvider session={session}>
      <Routes>
        <Route path={LOGIN_PATH} element={<Navigate to={returnPath(location.state)} replace />} />
        {publicRoutes()}
        <Route element={<AppShell />}>
          <Route index element={<StartPage />} />
          {adviceRoutes()}
          {contactsRoutes()}
          {journeysRoutes()}
          {insightsRoutes()}
          <Route path="beheer" element={<AdminLayout />}>
            <Route index element={<AdminIndexPage />} />
            <Route path="gebruikers" element={guard('users:read', <UsersPage />)} />
            <Route path="gebruikers/:id" element={guard('users:manage', <UserEditPage />)} />
            <Route path="teams" element={guard('teams:read', <TeamsPage />)} />
            <Route path="teams/:id" element={guard('teams:manage', <TeamEditPage />)} />
            <Route path="auditlog" element={guard('audit:read', <AuditLogPage />)} />
            <Route path="verwerkingenlog" element={guard('processing-log:read', <ProcessingLogPage />)} />
            {caseAdminRoutes()}
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}

function guard(permission: Permission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}
