import { NavLink, Outlet } from 'react-router';
import type { Permission } from '../../shared/roles';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nl';
import { ForbiddenPage } from '../sections/MessagePage';
import './journeys.css';

export const JOURNEYS_PATH = '/klantreizen';

const PAGES: { path: string; label: MessageKey; permission: Permission }[] = [
  { path: '', label: 'journeys.nav.list', permission: 'journeys:read' },
  { path: 'personas', label: 'journeys.nav.personas', permission: 'personas:read' },
  { path: 'bibliotheek', label: 'journeys.nav.library', permission: 'journeys:read' },
  { path: 'importeren', label: 'journeys.nav.import', permission: 'journeys:manage' },
];

/** Klantreizen: a menu of its sub-pages above the sub-page. */
export function JourneysLayout() {
  const { t } = useI18n();
  const can = useCan();
  if (!can('journeys:read')) return <ForbiddenPage />;
  return (
    <div className="bb-journeys">
      <nav className="bb-subnav" aria-label={t('journeys.nav')}>
        <ul className="bb-subnav__list">
          {PAGES.filter((page) => can(page.permission)).map((page) => (
            <li key={page.path} className="bb-subnav__item">
              <NavLink
                to={page.path ? `${JOURNEYS_PATH}/${page.path}` : JOURNEYS_PATH}
                end
                className="utrecht-link utrecht-link--html-a bb-subnav__link"
              >
                {t(page.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
