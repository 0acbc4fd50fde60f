import { NavLink, Outlet, useSearchParams } from 'react-router';
import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { ForbiddenPage } from '../sections/MessagePage';
import { ADVICE_PAGES, ADVICE_PATH } from './advicePages';
import { selectionSearch } from './selection';

/** Kanaaladvies: a menu of its sub-pages above the sub-page. The choice of figures travels along. */
export function AdviceLayout() {
  const { t } = useI18n();
  const can = useCan();
  const [params] = useSearchParams();
  if (!can('advice:read')) return <ForbiddenPage />;
  const search = selectionSearch(params);

  return (
    <div className="bb-advice">
      <nav className="bb-subnav" aria-label={t('advice.nav')}>
        <ul className="bb-subnav__list">
          {ADVICE_PAGES.filter((page) => can(page.permission)).map((page) => (
            <li key={page.path} className="bb-subnav__item">
              <NavLink
                to={{ pathname: page.path ? `${ADVICE_PATH}/${page.path}` : ADVICE_PATH, search }}
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
