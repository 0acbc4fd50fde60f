import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitch } from './LanguageSwitch';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="utrecht-page-footer bb-footer">
      <div className="utrecht-page-footer__content bb-footer__content">
        <p className="utrecht-paragraph">{t('app.name')} · EUPL-1.2</p>
        <LanguageSwitch />
      </div>
    </footer>
  );
}
