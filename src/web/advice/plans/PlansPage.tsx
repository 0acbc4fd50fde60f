import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../auth/SessionContext';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { DataTable, type Column } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { PageHeading } from '../../ui/PageHeading';
import { Paragraph } from '../../ui/Paragraph';
import { QueryState } from '../../ui/QueryState';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { decimal, percent } from '../format';
import { ResultNotice } from '../ResultNotice';
import { useAreas, useCatalogue, useDatasets } from '../useAdviceData';
import { DeletePlanButton } from './DeletePlanButton';
import { PlanComparisonForm } from './PlanComparisonForm';
import { PlanForm } from './PlanForm';
import { PlanResult } from './PlanResult';
import { fetchPlans, PLANS_KEY, type Plan } from './plansApi';

export function PlansPage() {
  const { t, lang } = useI18n();
  const can = useCan();
  const canPlan = can('advice:plan');
  const [params, setParams] = useSearchParams();
  const plans = useQuery({ queryKey: PLANS_KEY, queryFn: fetchPlans });
  const catalogue = useCatalogue();
  const datasets = useDatasets();
  const areas = useAreas();
  const [focusResult, setFocusResult] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const selectedId = params.get('plan');
  const selected = plans.data?.find((p) => p.id === selectedId);

  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('plan', id);
    else next.delete('plan');
    setParams(next);
  };
  const linkTo = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('plan', id);
    return `?${next.toString()}`;
  };

  const columns: Column<Plan>[] = [
    { key: 'name', header: t('advice.plan.name'), render: (p) => p.name, rowHeader: true },
    { key: 'context', header: t('advice.plan.context'), render: (p) => t(`advice.context.${p.context}`) },
    {
      key: 'target',
      header: t('advice.plan.target'),
      render: (p) => `${percent(lang, p.target)} ${t(`advice.plan.mode.${p.targetMode}`)}`,
    },
    {
      key: 'cost',
      header: t('advice.plan.totalCostColumn'),
      numeric: true,
      render: (p) => decimal(lang, p.result.totalCost),
    },
    { key: 'updated', header: t('advice.plan.updatedAt'), render: (p) => formatDateTime(lang, p.updatedAt) },
    {
      key: 'actions',
      header: t('table.actions'),
      render: (p) => (
        <span className="bb-actions">
          <RouterLink
            to={linkTo(p.id)}
            onClick={() => setFocusResult(true)}
            aria-current={p.id === selectedId || undefined}
          >
            {t('advice.plan.view')}
            <VisuallyHidden>{` ${p.name}`}</VisuallyHidden>
          </RouterLink>
          {canPlan && (
            <DeletePlanButton
              plan={p}
              onDeleted={() => {
                setNotice(t('advice.plan.deleted', { name: p.name }));
                // The row and its buttons are gone: continue from the top of the page.
                document.querySelector<HTMLElement>('main h1')?.focus();
                if (p.id === selectedId) show(null);
              }}
            />
          )}
        </span>
      ),
    },
  ];

  return (
    <>
      <PageHeading>{t('advice.nav.plans')}</PageHeading>
      <Paragraph>{t('advice.plan.intro')}</Paragraph>
      <ResultNotice message={notice} />
      <QueryState isPending={plans.isPending} error={plans.error} onRetry={() => void plans.refetch()} />
      {plans.data && (
        <DataTable
          caption={t('advice.plan.caption')}
          columns={columns}
          rows={plans.data}
          rowKey={(p) => p.id}
          busy={plans.isFetching}
        />
      )}
      {selected && (
        <PlanResult key={selected.id} plan={selected} catalogue={catalogue.data} focus={focusResult} />
      )}
      {plans.data && plans.data.length > 1 && (
        <section aria-labelledby="compare-plans-heading" className="bb-section">
          <Heading level={2} id="compare-plans-heading">
            {t('advice.plan.compareTitle')}
          </Heading>
          <PlanComparisonForm plans={plans.data} catalogue={catalogue.data} />
        </section>
      )}
      {canPlan && (
        <section aria-labelledby="new-plan-heading" className="bb-section">
          <Heading level={2} id="new-plan-heading">
            {t('advice.plan.new')}
          </Heading>
          <QueryState
            isPending={catalogue.isPending || datasets.isPending || areas.isPending}
            error={catalogue.error ?? datasets.error ?? areas.error}
            onRetry={() => {
              void catalogue.refetch();
              void datasets.refetch();
              void areas.refetch();
            }}
          />
          {catalogue.data && datasets.data && areas.data && (
            <PlanForm
              catalogue={catalogue.data}
              datasets={datasets.data}
              areas={areas.data}
              onCreated={(plan) => {
                setNotice(null);
                setFocusResult(true);
                show(plan.id);
              }}
            />
          )}
        </section>
      )}
    </>
  );
}
