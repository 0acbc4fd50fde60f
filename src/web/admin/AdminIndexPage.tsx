import { useCan } from '../auth/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { ADMIN_PAGES } from './adminPages';

export function AdminIndexPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      <Paragraph>{t('admin.intro')}</Paragraph>
      <ul className="utrecht-unordered-list bb-module-list">
        {ADMIN_PAGES.filter((page) => can(page.permission)).map((page) => (
          <li key={page.path} className="utrecht-unordered-list__item">
            <RouterLink to={page.path}>{t(page.label)}</RouterLink>
            <span className="bb-module-list__about"> {t(page.about)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
