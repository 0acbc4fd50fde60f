import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { FocusAfterLoad } from '../insights/FocusAfterLoad';
import { SkipLink } from '../ui/SkipLink';
import { MAIN_ID } from './landmarks';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Landmarks of every signed-in page: banner (with the main nav), main, contentinfo. */
export function AppShell() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <div className="utrecht-page-layout bb-layout">
      <SkipLink targetId={MAIN_ID}>{t('app.skipLink')}</SkipLink>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body bb-main">
        <div className="utrecht-page-body__content bb-main__content">
          {/* Sections load their pages on demand (issue 5): a status line while one arrives. */}
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
      </main>
      <SiteFooter />
    </div>
  );
}
