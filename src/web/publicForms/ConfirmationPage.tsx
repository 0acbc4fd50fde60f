import { useLocation, useParams } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { followPathOf } from './followPath';
import type { Submission } from './publicApi';

function isSubmission(value: unknown): value is Submission {
  const s = value as Partial<Submission> | null;
  return typeof s?.caseNumber === 'string' && typeof s.token === 'string';
}

/** /melden/:gemeente/:categorie/verzonden — the case number and how to follow the melding. */
export function ConfirmationPage() {
  const { t } = useI18n();
  const { gemeente = '', categorie = '' } = useParams();
  const { state } = useLocation();

  // Opened directly (or after a reload in another tab): the number is not known here any more.
  if (!isSubmission(state)) {
    return (
      <>
        <PageHeading>{t('publicForms.done.titleUnknown')}</PageHeading>
        <Paragraph>{t('publicForms.done.unknown')}</Paragraph>
        <Paragraph>
          <RouterLink to={`/melden/${encodeURIComponent(gemeente)}/${encodeURIComponent(categorie)}`}>
            {t('publicForms.done.again')}
          </RouterLink>
        </Paragraph>
      </>
    );
  }

  const follow = followPathOf(gemeente, state.caseNumber, state.token, state.followPath);
  return (
    <>
      <PageHeading>{t('publicForms.done.title')}</PageHeading>
      <Alert type="ok">
        <Paragraph>{t('publicForms.done.received')}</Paragraph>
        <Paragraph>
          {t('publicForms.done.number')} <strong className="bb-case-number">{state.caseNumber}</strong>
        </Paragraph>
      </Alert>
      <Paragraph>{t('publicForms.done.keep')}</Paragraph>
      <Paragraph>
        <RouterLink to={follow}>{t('publicForms.done.follow')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('publicForms.done.feedback')}</Paragraph>
    </>
  );
}
