import { NavLink, Outlet } from 'react-router';
import { canAdminister, useCan, useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { ForbiddenPage } from '../sections/MessagePage';
import { ADMIN_PATH } from '../shell/sections';
import { ADMIN_PAGES } from './adminPages';

/** Beheer: a side menu of the sub-pages this user may open, beside the sub-page itself. */
export function AdminLayout() {
  const { t } = useI18n();
  const { user } = useSession();
  const can = useCan();
  if (!canAdminister(user.permissions)) return <ForbiddenPage />;
  const pages = ADMIN_PAGES.filter((p) => can(p.permission));

  return (
    <div className="bb-admin">
      <nav className="bb-admin__nav" aria-label={t('admin.nav')}>
        <ul className="utrecht-link-list utrecht-link-list--html-ul bb-admin__nav-list">
          <li className="utrecht-link-list__item">
            <NavLink
              to={ADMIN_PATH}
              end
              className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
            >
              {t('admin.title')}
            </NavLink>
          </li>
          {pages.map((page) => (
            <li key={page.path} className="utrecht-link-list__item">
              <NavLink
                to={`${ADMIN_PATH}/${page.path}`}
                className="utrecht-link utrecht-link--html-a utrecht-link-list__link"
              >
                {t(page.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="bb-admin__content">
        <Outlet />
      </div>
    </div>
  );
}
