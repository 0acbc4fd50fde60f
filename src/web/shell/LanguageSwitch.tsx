import { LANGUAGES, useI18n } from '../i18n/I18nProvider';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <nav className="bb-language-switch" aria-label={t('lang.switch')}>
      <ul className="bb-inline-list">
        {LANGUAGES.map((option) => (
          <li key={option}>
            {/* Each option is labelled in its own language, with a matching lang attribute. */}
            <button
              type="button"
              lang={option}
              className="utrecht-link-button utrecht-link-button--html-button bb-language-switch__button"
              aria-pressed={option === lang}
              onClick={() => setLang(option)}
            >
              {t(`lang.${option}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
