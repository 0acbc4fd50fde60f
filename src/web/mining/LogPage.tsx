import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { num } from '../insights/format';
import { Link, RouterLink } from '../ui/Link';
import { PageHeading } from '../ui/PageHeading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { BottlenecksSection, ThroughputSection } from './AnalysisSections';
import { miningFiltersFrom, searchOf } from './filters';
import { LogSource } from './LogSource';
import { MINING_PATH } from './LogsPage';
import { MapPanel } from './map/MapPanel';
import { exportHref, getDfg, getLog, getVariants, MINING_KEY } from './miningApi';
import { MiningFilterForm } from './MiningFilterForm';
import { VariantsSection } from './VariantsSection';
import './mining.css';

/** One event log: filters, process map, variants, throughput, bottlenecks and export. */
export function LogPage() {
  const { t, lang } = useI18n();
  const logId = useParams().logId ?? '';
  const [params, setParams] = useSearchParams();
  const filters = miningFiltersFrom(params);
  const log = useQuery({ queryKey: [...MINING_KEY, logId], queryFn: () => getLog(logId) });
  const dfg = useQuery({
    queryKey: [...MINING_KEY, logId, 'dfg', filters],
    queryFn: () => getDfg(logId, filters, {}),
  });
  // Variant choices come from the whole log, so choosing one does not empty the list of choices.
  const allVariants = useQuery({
    queryKey: [...MINING_KEY, logId, 'variants-all'],
    queryFn: () => getVariants(logId, {}, 1),
  });
  const apply = (next: typeof filters) => setParams(searchOf(next));

  return (
    <>
      <PageHeading>
        {log.data ? t('mining.log.title', { name: log.data.name }) : t('mining.title')}
      </PageHeading>
      <Paragraph>
        <RouterLink to={MINING_PATH}>{t('mining.log.back')}</RouterLink>
      </Paragraph>
      {log.data && (
        <Paragraph small>
          <LogSource log={log.data} />
        </Paragraph>
      )}
      <QueryState
        isPending={dfg.isPending}
        error={log.error ?? dfg.error}
        onRetry={() => void dfg.refetch()}
      />
      {dfg.data && (
        <>
          <MiningFilterForm
            key={params.toString()}
            value={filters}
            activities={dfg.data.activities.map((a) => a.name).sort()}
            variants={allVariants.data?.items ?? []}
            onApply={apply}
          />
          <Paragraph role="status">
            {t('mining.log.filtered', {
              filtered: num(lang, dfg.data.filteredCases),
              total: num(lang, dfg.data.totalCases),
              events: num(lang, dfg.data.events),
            })}
          </Paragraph>
          <Paragraph>
            <Link href={exportHref(logId, 'xes', filters)} download>
              {t('mining.export.xes')}
            </Link>
            {' · '}
            <Link href={exportHref(logId, 'csv', filters)} download>
              {t('mining.export.csv')}
            </Link>
          </Paragraph>
          <MapPanel key={params.toString()} logId={logId} dfg={dfg.data} filters={filters} />
          <VariantsSection
            logId={logId}
            filters={filters}
            onFilter={(variant) => apply({ ...filters, variant })}
          />
          <ThroughputSection logId={logId} filters={filters} />
          <BottlenecksSection logId={logId} filters={filters} />
        </>
      )}
    </>
  );
}
