import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { DataTable } from '../../ui/DataTable';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ProfileRights } from '../figures/ProfileRights';
import { ProvenanceLine } from '../figures/Provenance';
import { decimal, percent } from '../format';
import type { Catalogue } from '../types';
import { useNames } from '../useAdviceData';
import { exportHref, type GroupReach, type Plan, type PlanPhase } from './plansApi';

interface PlanResultProps {
  plan: Plan;
  catalogue: Catalogue | undefined;
  /** Focus the plan's heading when it appears (after creating or choosing it). */
  focus: boolean;
}

/** A solved plan: per phase the cheapest channels that meet the target, and why. */
export function PlanResult({ plan, catalogue, focus }: PlanResultProps) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, plan.id]);
  const { result } = plan;
  const names = useNames(catalogue);
  const groupName = (code: string) =>
    names.group(plan.scheme, code, result.groups.find((g) => g.code === code)?.name);

  return (
    <section aria-labelledby="plan-result-heading" className="bb-section">
      <Heading level={2} id="plan-result-heading" ref={heading} tabIndex={-1} className="bb-page-heading">
        {t('advice.plan.resultTitle', { name: plan.name })}
      </Heading>
      <Paragraph>
        {t(`advice.context.${plan.context}`)} · {t(`advice.plan.mode.${plan.targetMode}`)} ·{' '}
        {t('advice.plan.targetValue', { target: percent(lang, plan.target) })}
        {result.area && ` · ${t('advice.plan.areaValue', { area: result.area.name })}`}
      </Paragraph>
      <Paragraph>
        <strong>{t('advice.plan.totalCost', { cost: decimal(lang, result.totalCost) })}</strong>
      </Paragraph>
      <ul className="bb-inline-list bb-downloads">
        <li>
          <Link href={exportHref(plan.id, 'csv')} download={`kanaalplan-${plan.id}.csv`}>
            {t('advice.plan.exportCsv')}
          </Link>
        </li>
        <li>
          <Link href={exportHref(plan.id, 'pdf')} download={`kanaalplan-${plan.id}.pdf`}>
            {t('advice.plan.exportPdf')}
          </Link>
        </li>
      </ul>
      {result.missingGroups.length > 0 && (
        <Alert type="warning">
          <Paragraph>
            {t('advice.plan.missingGroups', { groups: result.missingGroups.map(groupName).join(', ') })}
          </Paragraph>
        </Alert>
      )}
      {result.phases.map((phase) => (
        <PhaseResult
          key={phase.phase}
          phase={phase}
          phaseName={names.phase(plan.context, phase.phase, phase.phaseName)}
          channelName={(code, i) => names.channel(code, phase.channelNames[i])}
          groupName={groupName}
        />
      ))}
      <ProvenanceLine provenance={result.provenance} />
      <ProfileRights catalogue={catalogue} scheme={plan.scheme} />
    </section>
  );
}

interface PhaseResultProps {
  phase: PlanPhase;
  phaseName: string;
  channelName: (code: string, index: number) => string;
  groupName: (code: string) => string;
}

function PhaseResult({ phase, phaseName, channelName, groupName }: PhaseResultProps) {
  const { t, lang } = useI18n();
  const best = phase.bestReach?.groups;
  const least = phase.leastServedGroup;
  const columns = [
    {
      key: 'group',
      header: t('advice.group'),
      render: (r: GroupReach) => groupName(r.group),
      rowHeader: true,
    },
    {
      key: 'reach',
      header: t('advice.plan.reach'),
      numeric: true,
      render: (r: GroupReach) => percent(lang, r.reach),
    },
    ...(best
      ? [
          {
            key: 'best',
            header: t('advice.plan.bestReach'),
            numeric: true,
            render: (r: GroupReach) => percent(lang, best.find((b) => b.group === r.group)?.reach ?? 0),
          },
        ]
      : []),
    {
      key: 'least',
      header: t('advice.plan.leastServedColumn'),
      render: (r: GroupReach) => (least?.group === r.group ? t('advice.plan.leastServedMark') : ''),
    },
  ];
  return (
    <section aria-labelledby={`plan-phase-${phase.phase}`} className="bb-plan-phase">
      <Heading level={3} id={`plan-phase-${phase.phase}`}>
        {t('advice.phaseTitle', { phase: phase.phase, phaseName })}
      </Heading>
      {phase.feasible ? (
        <Paragraph>
          <strong>{t('advice.plan.feasible')}</strong>
        </Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('advice.plan.infeasible')}</strong> {phase.message}
          </Paragraph>
          {phase.bestReach?.population != null && (
            <Paragraph>
              {t('advice.plan.bestPopulation', { reach: percent(lang, phase.bestReach.population) })}
            </Paragraph>
          )}
        </Alert>
      )}
      <dl className="bb-facts">
        <dt>{t('advice.plan.chosen')}</dt>
        <dd>
          {phase.channelCodes.length
            ? phase.channelCodes.map((code, i) => channelName(code, i)).join(', ')
            : t('advice.none')}
        </dd>
        <dt>{t('advice.plan.cost.phase')}</dt>
        <dd>{decimal(lang, phase.totalCost)}</dd>
        <dt>{t('advice.plan.leastServed')}</dt>
        <dd>{least ? `${groupName(least.group)} (${percent(lang, least.reach)})` : '–'}</dd>
        {phase.populationReach !== null && (
          <>
            <dt>{t('advice.plan.populationReach')}</dt>
            <dd>{percent(lang, phase.populationReach)}</dd>
          </>
        )}
      </dl>
      <DataTable
        caption={t('advice.plan.reachCaption', { phase: phase.phase, phaseName })}
        columns={columns}
        rows={phase.reach}
        rowKey={(r) => r.group}
      />
      {phase.reasons.length > 0 && (
        <>
          <Heading level={4}>{t('advice.plan.reasons')}</Heading>
          <ul className="utrecht-unordered-list">
            {phase.reasons.map((reason, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
