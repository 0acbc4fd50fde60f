import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { decimal, percent } from '../format';
import { ProfileRights } from '../figures/ProfileRights';
import { SyntheticBadge } from '../figures/Provenance';
import type { Area, Catalogue } from '../types';
import { useNames } from '../useAdviceData';
import { WithSelection } from '../WithSelection';
import { AreaMixView } from './AreaMixView';
import { ADVICE_KEY, fetchAreaMix } from '../adviceApi';
import type { Selection } from '../selection';
import { QueryState } from '../../ui/QueryState';

interface AreaDetailsProps {
  area: Area;
  catalogue: Catalogue;
  /** True when the user just chose this area: the heading then takes focus. */
  focus: boolean;
}

/** One area: who lives there, and which channels they are expected to prefer. */
export function AreaDetails({ area, catalogue, focus }: AreaDetailsProps) {
  const { t, lang } = useI18n();
  const names = useNames(catalogue);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, area.id]);

  const groups = Object.keys(area.shares);
  return (
    <section aria-labelledby="area-heading" className="bb-section">
      <Heading level={2} id="area-heading" ref={heading} tabIndex={-1} className="bb-page-heading">
        {area.name}
      </Heading>
      <Paragraph>
        {t(`advice.area.kind.${area.kind as 'wijk'}`)} · {t(`advice.scheme.${area.scheme as 'age'}`)}
        {area.synthetic && (
          <>
            {' '}
            <SyntheticBadge />
          </>
        )}
      </Paragraph>
      <ProfileRights catalogue={catalogue} scheme={area.scheme} />
      {area.source && <Paragraph small>{t('advice.area.source', { source: area.source })}</Paragraph>}
      <DataTable
        caption={t('advice.area.compositionCaption', { name: area.name })}
        columns={[
          {
            key: 'group',
            header: t('advice.group'),
            render: (g: string) => names.group(area.scheme, g),
            rowHeader: true,
          },
          {
            key: 'share',
            header: t('advice.area.share'),
            numeric: true,
            render: (g: string) => percent(lang, area.shares[g] ?? 0),
          },
          {
            key: 'count',
            header: t('advice.area.count'),
            numeric: true,
            render: (g: string) => (area.counts?.[g] !== undefined ? decimal(lang, area.counts[g], 0) : '–'),
          },
        ]}
        rows={groups}
        rowKey={(g) => g}
      />
      <Heading level={3}>{t('advice.area.mixTitle')}</Heading>
      <Paragraph>{t('advice.area.mixIntro')}</Paragraph>
      <WithSelection
        idPrefix="mix"
        fields={['dataset', 'context']}
        headingLevel={4}
        submitLabel={t('advice.show')}
      >
        {(selection) => <MixResult area={area} selection={selection} catalogue={catalogue} />}
      </WithSelection>
    </section>
  );
}

function MixResult({
  area,
  selection,
  catalogue,
}: {
  area: Area;
  selection: Selection;
  catalogue: Catalogue;
}) {
  const { dataset, context } = selection;
  const query = useQuery({
    queryKey: [...ADVICE_KEY, 'mix', area.id, area.version, { dataset, context }],
    queryFn: () => fetchAreaMix(area.id, dataset, context),
    placeholderData: keepPreviousData,
  });
  if (!query.data)
    return (
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
    );
  return <AreaMixView mix={query.data} catalogue={catalogue} busy={query.isFetching} />;
}
