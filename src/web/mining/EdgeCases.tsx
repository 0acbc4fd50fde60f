import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatDateTime } from '../i18n/format';
import { num } from '../insights/format';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { Heading } from '../ui/Heading';
import { Pagination } from '../ui/Pagination';
import { QueryState } from '../ui/QueryState';
import { duration } from './duration';
import { getEdgeCases, MINING_KEY } from './miningApi';
import type { EdgeCase, MiningFilters } from './types';

interface EdgeCasesProps {
  logId: string;
  filters: MiningFilters;
  edge: { from: string; to: string };
  onClose: () => void;
}

/** The cases in which `to` directly follows `from`; focus moves here when it opens. */
export function EdgeCases({ logId, filters, edge, onClose }: EdgeCasesProps) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    queryKey: [...MINING_KEY, logId, 'edge-cases', filters, edge, page],
    queryFn: () => getEdgeCases(logId, filters, edge, page),
  });
  useEffect(() => heading.current?.focus(), [edge]);
  return (
    <section className="bb-edge-cases" aria-labelledby="edge-cases-heading">
      <Heading level={3} id="edge-cases-heading" tabIndex={-1} ref={heading}>
        {t('mining.edge.casesOf', { from: edge.from, to: edge.to })}
      </Heading>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <>
          <DataTable<EdgeCase>
            caption={t('mining.edge.caption', { total: num(lang, query.data.total) })}
            rows={query.data.items}
            rowKey={(c) => c.caseId}
            columns={[
              { key: 'case', header: t('mining.col.case'), render: (c) => c.caseId, rowHeader: true },
              {
                key: 'occ',
                header: t('mining.col.occurrences'),
                numeric: true,
                render: (c) => num(lang, c.occurrences),
              },
              {
                key: 'edge',
                header: t('mining.col.edgeMean'),
                numeric: true,
                render: (c) => duration(lang, c.edgeMeanMs),
              },
              { key: 'start', header: t('mining.col.start'), render: (c) => formatDateTime(lang, c.start) },
              { key: 'end', header: t('mining.col.end'), render: (c) => formatDateTime(lang, c.end) },
              {
                key: 'tp',
                header: t('mining.col.throughput'),
                numeric: true,
                render: (c) => duration(lang, c.throughputMs),
              },
              {
                key: 'events',
                header: t('mining.col.events'),
                numeric: true,
                render: (c) => num(lang, c.events),
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
      <Button onClick={onClose}>{t('mining.edge.close')}</Button>
    </section>
  );
}
