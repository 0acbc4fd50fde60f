import { useI18n } from '../i18n/I18nProvider';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';

/** An unknown gemeente, form or melding: say so plainly and offer a way on. */
export function PublicNotFound({ what, backTo }: { what: 'gemeente' | 'form' | 'case'; backTo?: string }) {
  const { t } = useI18n();
  const body = {
    gemeente: t('publicForms.notFound.gemeente'),
    form: t('publicForms.notFound.form'),
    case: t('publicForms.notFound.case'),
  }[what];
  return (
    <>
      <PageHeading>{t('publicForms.notFound.title')}</PageHeading>
      <Paragraph>{body}</Paragraph>
      {backTo && (
        <Paragraph>
          <RouterLink to={backTo}>{t('publicForms.notFound.back')}</RouterLink>
        </Paragraph>
      )}
    </>
  );
}
