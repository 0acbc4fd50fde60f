import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { ForbiddenPage } from '../sections/MessagePage';
import { FocusAfterLoad } from './FocusAfterLoad';
import { INSIGHTS_PAGES, INSIGHTS_PATH } from './insightsPages';
import './insights.css';

/** Inzichten: a menu of its sub-pages above the sub-page. */
export function InsightsLayout() {
  const { t } = useI18n();
  const can = useCan();
  const { pathname } = useLocation();
  const pages = INSIGHTS_PAGES.filter((page) => can(page.permission));
  if (pages.length === 0) return <ForbiddenPage />;
  return (
    <div className="bb-insights">
      <nav className="bb-subnav" aria-label={t('insights.nav')}>
        <ul className="bb-subnav__list">
          {pages.map((page) => (
            <li key={page.path} className="bb-subnav__item">
              <NavLink
                to={page.path ? `${INSIGHTS_PATH}/${page.path}` : INSIGHTS_PATH}
                end={page.path === ''}
                className="utrecht-link utrecht-link--html-a bb-subnav__link"
              >
                {t(page.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {/* The pages load on demand: the chart and graph-layout libraries are large. */}
      <Suspense
        fallback={
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <Outlet />
        <FocusAfterLoad key={pathname} />
      </Suspense>
    </div>
  );
}
