import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/FormField';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { decimal, percent } from '../format';
import type { Catalogue } from '../types';
import { useNames } from '../useAdviceData';
import { fetchPlanComparison, PLANS_KEY, type Plan, type PlanComparison } from './plansApi';

type Row = PlanComparison['phases'][number];

/** Two plans side by side, phase by phase. */
export function PlanComparisonForm({
  plans,
  catalogue,
}: {
  plans: Plan[];
  catalogue: Catalogue | undefined;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ a: plans[0]?.id ?? '', b: plans[1]?.id ?? plans[0]?.id ?? '' });
  const [pair, setPair] = useState<{ a: string; b: string } | null>(null);
  const options = plans.map((p) => ({ value: p.id, label: p.name }));
  const query = useQuery({
    queryKey: [...PLANS_KEY, 'comparison', pair],
    queryFn: () => fetchPlanComparison(pair!.a, pair!.b),
    enabled: pair !== null,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setPair(draft);
  };

  return (
    <>
      <form className="utrecht-form bb-filters__form" noValidate onSubmit={onSubmit}>
        <div className="bb-filters__fields">
          <SelectField
            id="compare-plan-a"
            label={t('advice.plan.planA')}
            value={draft.a}
            options={options}
            onChange={(e) => setDraft((d) => ({ ...d, a: e.target.value }))}
          />
          <SelectField
            id="compare-plan-b"
            label={t('advice.plan.planB')}
            value={draft.b}
            options={options}
            onChange={(e) => setDraft((d) => ({ ...d, b: e.target.value }))}
          />
        </div>
        <Button type="submit" appearance="secondary">
          {t('advice.plan.compare')}
        </Button>
      </form>
      {pair && (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      )}
      <div role="status" aria-live="polite" className="bb-live-region">
        {pair && query.data && <CostSentence comparison={query.data} />}
      </div>
      {pair && query.data && <ComparisonTable comparison={query.data} catalogue={catalogue} />}
    </>
  );
}

function ComparisonTable({ comparison, catalogue }: { comparison: PlanComparison; catalogue?: Catalogue }) {
  const { t, lang } = useI18n();
  const names = useNames(catalogue);
  const { a, b } = comparison;
  const list = (codes: string[]) => (codes.length ? codes.map((c) => names.channel(c)).join(', ') : '–');
  const yesNo = (ok: boolean) => (ok ? t('advice.plan.feasibleShort') : t('advice.plan.infeasibleShort'));
  const reach = (r: number | null) => (r === null ? '–' : percent(lang, r));
  return (
    <DataTable<Row>
      caption={t('advice.plan.comparisonCaption', { a: a.name, b: b.name })}
      rowKey={(r) => String(r.phase)}
      rows={comparison.phases}
      columns={[
        {
          key: 'phase',
          header: t('advice.phase'),
          rowHeader: true,
          render: (r) => `${r.phase}. ${r.phaseName}`,
        },
        { key: 'both', header: t('advice.plan.both'), render: (r) => list(r.both) },
        { key: 'onlyA', header: t('advice.plan.onlyIn', { name: a.name }), render: (r) => list(r.onlyA) },
        { key: 'onlyB', header: t('advice.plan.onlyIn', { name: b.name }), render: (r) => list(r.onlyB) },
        {
          key: 'costA',
          header: t('advice.plan.costOf', { name: a.name }),
          numeric: true,
          render: (r) => decimal(lang, r.costA),
        },
        {
          key: 'costB',
          header: t('advice.plan.costOf', { name: b.name }),
          numeric: true,
          render: (r) => decimal(lang, r.costB),
        },
        {
          key: 'feasible',
          header: t('advice.plan.feasibleColumn'),
          render: (r) => `A: ${yesNo(r.feasibleA)}; B: ${yesNo(r.feasibleB)}`,
        },
        {
          key: 'reach',
          header: t('advice.plan.populationReach'),
          numeric: true,
          render: (r) => `A: ${reach(r.populationReachA)}; B: ${reach(r.populationReachB)}`,
        },
      ]}
    />
  );
}

function CostSentence({ comparison: { a, b, costDifference } }: { comparison: PlanComparison }) {
  const { t, lang } = useI18n();
  return (
    <Paragraph>
      {t('advice.plan.costDifference', {
        a: a.name,
        b: b.name,
        costA: decimal(lang, a.totalCost),
        costB: decimal(lang, b.totalCost),
        difference: decimal(lang, costDifference),
      })}
    </Paragraph>
  );
}
