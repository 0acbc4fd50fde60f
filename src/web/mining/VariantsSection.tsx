import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { num, pct } from '../insights/format';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { Pagination } from '../ui/Pagination';
import { QueryState } from '../ui/QueryState';
import { duration } from './duration';
import { getVariants, MINING_KEY } from './miningApi';
import type { MiningFilters, Variant } from './types';

interface VariantsSectionProps {
  logId: string;
  filters: MiningFilters;
  onFilter: (variantId: string) => void;
}

/** Variants (distinct activity sequences) by frequency, with their share and throughput time. */
export function VariantsSection({ logId, filters, onFilter }: VariantsSectionProps) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...MINING_KEY, logId, 'variants', filters, page],
    queryFn: () => getVariants(logId, filters, page),
  });
  const data = query.data;
  const offset = (page - 1) * (data?.pageSize ?? 20);
  const rank = (v: Variant) => offset + (data?.items.indexOf(v) ?? 0) + 1;
  return (
    <section aria-labelledby="variants-heading">
      <Heading level={2} id="variants-heading">
        {t('mining.variants.title')}
      </Heading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable<Variant>
            caption={t('mining.variants.caption', { total: num(lang, query.data.total) })}
            rows={query.data.items}
            rowKey={(v) => v.id}
            columns={[
              { key: 'n', header: '#', render: (v) => String(rank(v)), rowHeader: true },
              {
                key: 'seq',
                header: t('mining.variants.sequence'),
                render: (v) => (
                  <ol className="bb-variant">
                    {v.activities.map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                  </ol>
                ),
              },
              {
                key: 'count',
                header: t('mining.col.cases'),
                numeric: true,
                render: (v) => num(lang, v.count),
              },
              {
                key: 'share',
                header: t('mining.variants.share'),
                numeric: true,
                render: (v) => pct(lang, v.share, 1),
              },
              {
                key: 'mean',
                header: t('mining.col.mean'),
                numeric: true,
                render: (v) => duration(lang, v.meanThroughputMs),
              },
              {
                key: 'median',
                header: t('mining.col.median'),
                numeric: true,
                render: (v) => duration(lang, v.medianThroughputMs),
              },
              {
                key: 'filter',
                header: t('mining.variants.filter'),
                render: (v) => (
                  <Button appearance="subtle" onClick={() => onFilter(v.id)}>
                    {t('mining.variants.only')}
                    <span className="bb-visually-hidden">
                      {' '}
                      {t('mining.variant.label', { n: rank(v), steps: v.activities.length })}
                    </span>
                  </Button>
                ),
              },
            ]}
          />
          <Pagination
            page={page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPageChange={setPage}
          />
        </>
      )}
    </section>
  );
}
