import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { ChartPanel } from '../charts/ChartPanel';
import { seriesOption } from '../charts/options';
import { num, pct, seconds, weekday } from '../format';
import { getStaffing, INSIGHTS_KEY, type StaffingParams } from '../insightsApi';
import type { StaffingRow } from '../types';

// Percentages in the form, fractions in the API.
interface Draft {
  intervalMinutes: string;
  weeks: string;
  targetSeconds: string;
  serviceLevel: string;
  ahtSeconds: string;
  shrinkage: string;
  maxOccupancy: string;
}

const DEFAULTS: Draft = {
  intervalMinutes: '60',
  weeks: '8',
  targetSeconds: '30',
  serviceLevel: '70',
  ahtSeconds: '',
  shrinkage: '30',
  maxOccupancy: '85',
};

function paramsOf(d: Draft): StaffingParams {
  return {
    intervalMinutes: Number(d.intervalMinutes),
    weeks: Number(d.weeks),
    targetSeconds: Number(d.targetSeconds),
    serviceLevel: Number(d.serviceLevel) / 100,
    ahtSeconds: d.ahtSeconds ? Number(d.ahtSeconds) : undefined,
    shrinkage: Number(d.shrinkage) / 100,
    maxOccupancy: Number(d.maxOccupancy) / 100,
  };
}

/** Phone forecast per weekday and interval and the agents needed for the norm (Erlang C). */
export function StaffingPage() {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Draft>(DEFAULTS);
  const [params, setParams] = useState<StaffingParams>(() => paramsOf(DEFAULTS));
  const query = useQuery({
    queryKey: [...INSIGHTS_KEY, 'staffing', params],
    queryFn: () => getStaffing(params),
  });
  const rows = useMemo(() => (query.data?.rows ?? []).filter((r) => r.forecastCalls > 0), [query.data]);
  const option = useMemo(
    () =>
      seriesOption(
        rows.map((r) => `${weekday(lang, r.weekday).slice(0, 2)} ${r.start}`),
        [
          { name: t('insights.staffing.calls'), data: rows.map((r) => r.forecastCalls) },
          { name: t('insights.staffing.scheduled'), data: rows.map((r) => r.scheduled), type: 'line' },
        ],
      ),
    [rows, t, lang],
  );
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(paramsOf(draft));
  };
  return (
    <>
      <PageHeading>{t('insights.staffing.title')}</PageHeading>
      <Paragraph>{t('insights.staffing.intro')}</Paragraph>
      <form className="bb-filters" onSubmit={submit} aria-labelledby="staffing-params">
        <Heading level={2} id="staffing-params">
          {t('insights.staffing.params')}
        </Heading>
        <div className="bb-filters__fields">
          <SelectField
            id="s-interval"
            label={t('insights.staffing.interval')}
            {...field('intervalMinutes')}
            options={[
              { value: '30', label: '30 min' },
              { value: '60', label: '60 min' },
            ]}
          />
          <TextField
            id="s-weeks"
            type="number"
            min={1}
            max={26}
            label={t('insights.staffing.weeks')}
            {...field('weeks')}
          />
          <TextField
            id="s-target"
            type="number"
            min={1}
            max={600}
            label={t('insights.staffing.target')}
            {...field('targetSeconds')}
          />
          <TextField
            id="s-sl"
            type="number"
            min={1}
            max={99}
            label={t('insights.staffing.serviceLevel')}
            {...field('serviceLevel')}
          />
          <TextField
            id="s-aht"
            type="number"
            min={1}
            max={7200}
            optional
            label={t('insights.staffing.aht')}
            description={t('insights.staffing.ahtHelp')}
            {...field('ahtSeconds')}
          />
          <TextField
            id="s-shrinkage"
            type="number"
            min={0}
            max={90}
            label={t('insights.staffing.shrinkage')}
            {...field('shrinkage')}
          />
          <TextField
            id="s-occupancy"
            type="number"
            min={50}
            max={100}
            label={t('insights.staffing.occupancy')}
            {...field('maxOccupancy')}
          />
        </div>
        <Button type="submit" appearance="primary">
          {t('insights.staffing.calculate')}
        </Button>
      </form>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      {query.data && (
        <ChartPanel<StaffingRow>
          title={t('insights.staffing.result')}
          description={t('insights.staffing.resultAbout', {
            from: String(query.data.parameters.from ?? ''),
            to: String(query.data.parameters.to ?? ''),
          })}
          option={option}
          summary={t('insights.staffing.summary')}
          rows={rows}
          rowKey={(r) => `${r.weekday}|${r.start}`}
          columns={[
            {
              key: 'when',
              header: t('insights.staffing.when'),
              render: (r) => `${weekday(lang, r.weekday)} ${r.start}`,
              rowHeader: true,
            },
            {
              key: 'calls',
              header: t('insights.staffing.calls'),
              numeric: true,
              render: (r) => num(lang, r.forecastCalls, 1),
            },
            {
              key: 'aht',
              header: t('insights.staffing.ahtShort'),
              numeric: true,
              render: (r) => seconds(lang, r.ahtSeconds),
            },
            {
              key: 'agents',
              header: t('insights.staffing.agents'),
              numeric: true,
              render: (r) => num(lang, r.agents),
            },
            {
              key: 'scheduled',
              header: t('insights.staffing.scheduled'),
              numeric: true,
              render: (r) => num(lang, r.scheduled),
            },
            {
              key: 'sl',
              header: t('insights.staffing.slShort'),
              numeric: true,
              render: (r) => pct(lang, r.serviceLevel),
            },
            {
              key: 'asa',
              header: t('insights.staffing.asa'),
              numeric: true,
              render: (r) => seconds(lang, r.asaSeconds),
            },
            {
              key: 'occ',
              header: t('insights.staffing.occShort'),
              numeric: true,
              render: (r) => pct(lang, r.occupancy),
            },
          ]}
          csv={{
            filename: 'bezetting.csv',
            header: [
              'weekday',
              'start',
              'forecastCalls',
              'ahtSeconds',
              'agents',
              'scheduled',
              'serviceLevel',
              'asaSeconds',
              'occupancy',
            ],
            cells: (r) => [
              r.weekday,
              r.start,
              r.forecastCalls,
              r.ahtSeconds,
              r.agents,
              r.scheduled,
              r.serviceLevel,
              r.asaSeconds,
              r.occupancy,
            ],
          }}
          provenance={query.data.provenance}
        />
      )}
    </>
  );
}
