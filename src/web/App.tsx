import { useQuery } from '@tanstack/react-query';
import { AppRoutes } from './AppRoutes';
import { fetchSession, SESSION_KEY } from './auth/sessionApi';
import { useI18n } from './i18n/I18nProvider';
import { PageHeading } from './ui/PageHeading';
import { QueryState } from './ui/QueryState';
import { PublicLayout } from './shell/PublicLayout';
import { RouteFocus } from './shell/RouteFocus';
import { themeStyle } from './shell/themeStyle';

export function App() {
  const { t } = useI18n();
  const session = useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity });

  return (
    // The tenant's theme overrides design tokens here, on the element that carries utrecht-theme.
    <div
      className="utrecht-theme utrecht-root utrecht-document bb-root"
      style={themeStyle(session.data?.tenant.theme)}
    >
      <RouteFocus />
      {session.data !== undefined ? (
        <AppRoutes session={session.data} />
      ) : (
        <PublicLayout>
          <PageHeading>{t('app.name')}</PageHeading>
          <QueryState
            isPending={session.isPending}
            error={session.error}
            onRetry={() => void session.refetch()}
          />
        </PublicLayout>
      )}
    </div>
  );
}
