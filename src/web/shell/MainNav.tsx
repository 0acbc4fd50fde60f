import { NavLink } from 'react-router';
import { canAdminister, useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { ADMIN_PATH, SECTIONS } from './sections';

export function MainNav() {
  const { t } = useI18n();
  const { user } = useSession();
  const items = SECTIONS.map((s) => ({ path: s.path, label: t(s.label) }));
  if (canAdminister(user.permissions)) items.push({ path: ADMIN_PATH, label: t('nav.admin') });

  return (
    <nav className="utrecht-nav-bar bb-main-nav" aria-label={t('app.mainNav')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list bb-main-nav__list">
          {items.map((item) => (
            <li key={item.path} className="utrecht-nav-list__item">
              {/* NavLink sets aria-current="page" on the active item, which the Utrecht CSS styles. */}
              <NavLink
                to={item.path}
                end={item.path === '/'}
                className="utrecht-nav-list__link bb-main-nav__link"
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
