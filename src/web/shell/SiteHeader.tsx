import { ROLE_LABELS } from '../../shared/roles';
import { useLogout, useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { MainNav } from './MainNav';

export function SiteHeader() {
  const { t, lang } = useI18n();
  const session = useSession();
  const logout = useLogout();
  const roleLabel = ROLE_LABELS[session.user.role]?.[lang] ?? session.user.role;

  return (
    <header className="utrecht-page-header bb-header">
      <div className="utrecht-page-header__content bb-header__content">
        {/* Not a heading: the page's own h1 is the one heading level 1 on every page. */}
        <p className="bb-brand">
          <span className="bb-brand__app">{t('app.name')}</span>
          <span className="bb-brand__tenant">{session.tenant.name}</span>
        </p>
        <div className="bb-user">
          <p className="utrecht-paragraph bb-user__name">
            {t('app.userMenu', { name: session.user.name, role: roleLabel })}
          </p>
          <Button appearance="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
            {t('app.logout')}
          </Button>
        </div>
      </div>
      {session.demo && <p className="utrecht-paragraph bb-demo-banner">{t('app.demoNotice')}</p>}
      <MainNav />
    </header>
  );
}
