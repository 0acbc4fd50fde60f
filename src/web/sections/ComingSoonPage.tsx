import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nl';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';

interface ComingSoonPageProps {
  title: MessageKey;
  about: MessageKey;
}

/** Stands in for a module whose issues have not landed, so the navigation is complete from day one. */
export function ComingSoonPage({ title, about }: ComingSoonPageProps) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t(title)}</PageHeading>
      <Alert type="info">
        <Paragraph>
          <strong>{t('soon.status')}</strong>
        </Paragraph>
        <Paragraph>{t(about)}</Paragraph>
      </Alert>
    </>
  );
}
