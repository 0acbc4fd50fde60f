import { useState } from 'react';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { SURVEY_TEMPLATE_CSV_HREF, SURVEY_TEMPLATE_HREF } from '../adviceApi';
import { ADVICE_PATH } from '../advicePages';
import { SyntheticBadge } from '../figures/Provenance';
import { ResultNotice } from '../ResultNotice';
import type { Dataset } from '../types';
import { useAreas, useDatasets } from '../useAdviceData';
import { SurveyImportForm } from './SurveyImportForm';

/** Eigen enquête: the questionnaire and template, the upload, and the datasets there are. */
export function SurveyPage() {
  const { t, lang } = useI18n();
  const datasets = useDatasets();
  const areas = useAreas();
  const [imported, setImported] = useState<{ dataset: Dataset; warnings: string[] } | null>(null);

  const columns: Column<Dataset>[] = [
    { key: 'name', header: t('advice.survey.name'), render: (d) => d.name, rowHeader: true },
    { key: 'year', header: t('advice.survey.year'), numeric: true, render: (d) => d.year },
    { key: 'n', header: t('advice.survey.respondents'), numeric: true, render: (d) => d.respondentCount },
    {
      key: 'kind',
      header: t('advice.area.origin'),
      render: (d) =>
        d.synthetic ? (
          <SyntheticBadge />
        ) : d.weighting ? (
          t('advice.survey.weighted', { area: d.weighting.areaName })
        ) : (
          t('advice.survey.own')
        ),
    },
    { key: 'created', header: t('advice.survey.createdAt'), render: (d) => formatDate(lang, d.createdAt) },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (d) => (
        <RouterLink to={`${ADVICE_PATH}?dataset=${encodeURIComponent(d.id)}`}>
          {t('advice.survey.viewAdvice', { name: d.name })}
        </RouterLink>
      ),
    },
  ];

  return (
    <>
      <PageHeading>{t('advice.nav.survey')}</PageHeading>
      <Paragraph>{t('advice.survey.intro')}</Paragraph>
      <Heading level={2}>{t('advice.survey.templates')}</Heading>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <Link href={SURVEY_TEMPLATE_HREF} download="vragenlijst-kanaalvoorkeur.md">
            {t('advice.survey.questionnaire')}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link href={SURVEY_TEMPLATE_CSV_HREF} download="sjabloon-kanaalvoorkeur.csv">
            {t('advice.survey.template')}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="survey-upload-heading" className="bb-section">
        <Heading level={2} id="survey-upload-heading">
          {t('advice.survey.upload')}
        </Heading>
        <Paragraph>{t('advice.survey.uploadIntro')}</Paragraph>
        <ResultNotice
          message={
            imported &&
            t('advice.survey.imported', { name: imported.dataset.name, n: imported.dataset.respondentCount })
          }
          warnings={imported?.warnings}
        />
        <SurveyImportForm areas={areas.data ?? []} onImported={setImported} />
      </section>
      <section aria-labelledby="datasets-heading" className="bb-section">
        <Heading level={2} id="datasets-heading">
          {t('advice.survey.datasets')}
        </Heading>
        <QueryState
          isPending={datasets.isPending}
          error={datasets.error}
          onRetry={() => void datasets.refetch()}
        />
        {datasets.data && (
          <DataTable
            caption={t('advice.survey.datasetsCaption')}
            columns={columns}
            rows={datasets.data}
            rowKey={(d) => d.id}
            busy={datasets.isFetching}
          />
        )}
      </section>
    </>
  );
}
