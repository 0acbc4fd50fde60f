import { canAdminister, useSession } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Heading } from '../ui/Heading';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { ADMIN_PATH, SECTIONS } from '../shell/sections';

export function StartPage() {
  const { t } = useI18n();
  const { user, tenant } = useSession();
  const modules = SECTIONS.flatMap((s) =>
    s.about ? [{ path: s.path, label: s.label, about: s.about }] : [],
  );

  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <Paragraph lead>{t('start.welcome', { name: user.name })}</Paragraph>
      <Paragraph>{t('start.intro', { tenant: tenant.name })}</Paragraph>
      <Heading level={2}>{t('start.modules')}</Heading>
      <ul className="utrecht-unordered-list bb-module-list">
        {modules.map((module) => (
          <li key={module.path} className="utrecht-unordered-list__item">
            <RouterLink to={module.path}>{t(module.label)}</RouterLink>
            <span className="bb-module-list__about"> {t(module.about)}</span>
          </li>
        ))}
        {canAdminister(user.permissions) && (
          <li className="utrecht-unordered-list__item">
            <RouterLink to={ADMIN_PATH}>{t('nav.admin')}</RouterLink>
            <span className="bb-module-list__about"> {t('admin.intro')}</span>
          </li>
        )}
      </ul>
    </>
  );
}
