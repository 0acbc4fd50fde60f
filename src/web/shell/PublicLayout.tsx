import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { SkipLink } from '../ui/SkipLink';
import { MAIN_ID } from './landmarks';
import { SiteFooter } from './SiteFooter';

/** The frame of pages shown before login: same landmarks as the app, without nav or user. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-page-layout bb-layout">
      <SkipLink targetId={MAIN_ID}>{t('app.skipLink')}</SkipLink>
      <header className="utrecht-page-header bb-header">
        <div className="utrecht-page-header__content bb-header__content">
          <p className="bb-brand">
            <span className="bb-brand__app">{t('app.name')}</span>
          </p>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body bb-main">
        <div className="utrecht-page-body__content bb-main__content bb-main__content--narrow">{children}</div>
      </main>
      <SiteFooter />
    </div>
  );
}
