import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../auth/SessionContext';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { SyntheticBadge } from '../figures/Provenance';
import { ResultNotice } from '../ResultNotice';
import type { Area, AreaWithWarnings } from '../types';
import { useAreas, useCatalogue } from '../useAdviceData';
import { AreaCreateForm } from './AreaCreateForm';
import { AreaCsvForm } from './AreaCsvForm';
import { AreaDetails } from './AreaDetails';

export function AreasPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const areas = useAreas();
  const catalogue = useCatalogue();
  const [chosen, setChosen] = useState(false);
  const [notice, setNotice] = useState<AreaWithWarnings | null>(null);
  const selectedId = params.get('gebied');
  const selected = areas.data?.find((a) => a.id === selectedId);

  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('gebied', id);
    return `?${next.toString()}`;
  };
  const onCreated = (result: AreaWithWarnings) => {
    setNotice(result);
    setChosen(false);
    const next = new URLSearchParams(params);
    next.set('gebied', result.area.id);
    setParams(next);
  };

  const columns: Column<Area>[] = [
    { key: 'name', header: t('advice.area.name'), render: (a) => a.name, rowHeader: true },
    { key: 'kind', header: t('advice.area.kind'), render: (a) => t(`advice.area.kind.${a.kind as 'wijk'}`) },
    { key: 'scheme', header: t('advice.scheme'), render: (a) => t(`advice.scheme.${a.scheme as 'age'}`) },
    {
      key: 'synthetic',
      header: t('advice.area.origin'),
      render: (a) => (a.synthetic ? <SyntheticBadge /> : ''),
    },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (a) => (
        <RouterLink
          to={linkTo(a.id)}
          onClick={() => setChosen(true)}
          aria-current={a.id === selectedId || undefined}
        >
          {t('advice.area.view')}
          <VisuallyHidden>{` ${a.name} (${t(`advice.scheme.${a.scheme as 'age'}`)})`}</VisuallyHidden>
        </RouterLink>
      ),
    },
  ];

  return (
    <>
      <PageHeading>{t('advice.nav.areas')}</PageHeading>
      <Paragraph>{t('advice.area.intro')}</Paragraph>
      <ResultNotice
        message={notice && t('advice.area.added', { name: notice.area.name })}
        warnings={notice?.warnings}
      />
      <QueryState
        isPending={areas.isPending || catalogue.isPending}
        error={areas.error ?? catalogue.error}
        onRetry={() => {
          void areas.refetch();
          void catalogue.refetch();
        }}
      />
      {areas.data && (
        <DataTable
          caption={t('advice.area.caption')}
          columns={columns}
          rows={areas.data}
          rowKey={(a) => a.id}
          busy={areas.isFetching}
        />
      )}
      {selected && catalogue.data && (
        <AreaDetails key={selected.id} area={selected} catalogue={catalogue.data} focus={chosen} />
      )}
      {can('advice:plan') && catalogue.data && (
        <>
          <section aria-labelledby="add-area-heading" className="bb-section">
            <Heading level={2} id="add-area-heading">
              {t('advice.area.add')}
            </Heading>
            <AreaCreateForm catalogue={catalogue.data} onCreated={onCreated} />
          </section>
          <section aria-labelledby="csv-area-heading" className="bb-section">
            <Heading level={2} id="csv-area-heading">
              {t('advice.area.upload')}
            </Heading>
            <Paragraph>{t('advice.area.uploadIntro')}</Paragraph>
            <AreaCsvForm onCreated={onCreated} />
          </section>
        </>
      )}
    </>
  );
}
