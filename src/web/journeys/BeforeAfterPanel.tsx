import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { JourneyDocument } from '../../shared/journeys/model';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DataTable } from '../ui/DataTable';
import { TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { QueryState } from '../ui/QueryState';
import { findStep } from './docEdit';
import { JOURNEYS_KEY } from './journeysApi';
import { getBeforeAfter, setLive, type BeforeAfter } from './klantcontactApi';
import { decimal } from './labels';
import { pct, pText } from './klantcontactFormat';
import { ProvenanceNote } from './KlantcontactPanel';
import type { Journey } from './types';

type Row = BeforeAfter['steps'][number];
const WINDOW_DAYS = 91;

/** A desired journey once live: when it went live, and the measured steps before versus after. */
export function BeforeAfterPanel({
  journey,
  document,
  editable,
  onLive,
}: {
  journey: Journey;
  document: JourneyDocument;
  editable: boolean;
  onLive: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(journey.liveOn ?? '');
  const query = useQuery({
    queryKey: [...JOURNEYS_KEY, 'before-after', journey.id, journey.liveOn],
    queryFn: () => getBeforeAfter(journey.id, WINDOW_DAYS),
    enabled: !!journey.liveOn,
  });
  const save = useMutation({
    mutationFn: () => setLive(journey.id, day),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'before-after', journey.id] });
      onLive();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (day) save.mutate();
  };
  const perWeek = (c: { perWeek: number } | null | undefined) => (c ? decimal(c.perWeek) : '—');
  return (
    <section aria-labelledby="before-after-heading" className="bb-section bb-no-print">
      <Heading level={2} id="before-after-heading">
        {t('journeys.ba.heading')}
      </Heading>
      <Paragraph small>
        {journey.liveOn
          ? t('journeys.ba.liveSince', { day: journey.liveOn, version: journey.liveVersion ?? '—' })
          : t('journeys.ba.notLive')}
      </Paragraph>
      {editable && (
        <form className="utrecht-form bb-form bb-inline-form" noValidate onSubmit={submit}>
          <TextField
            id="live-on"
            type="date"
            label={t('journeys.ba.liveOn')}
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
          <Button type="submit" busy={save.isPending}>
            {t('journeys.ba.record')}
          </Button>
          {save.isError && (
            <Alert type="error" role="alert">
              <Paragraph>
                {isApiError(save.error)
                  ? (save.error.problem.errors?.[0]?.detail ?? save.error.problem.detail)
                  : t('app.error')}
              </Paragraph>
            </Alert>
          )}
        </form>
      )}
      {journey.liveOn && !query.data && (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.data && (
        <>
          <Paragraph small>
            {t('journeys.ba.periods', {
              before: `${query.data.periods.before.from} – ${query.data.periods.before.to}`,
              after: query.data.periods.after
                ? `${query.data.periods.after.from} – ${query.data.periods.after.to}`
                : t('journeys.ba.noAfter'),
            })}
          </Paragraph>
          <DataTable<Row>
            caption={t('journeys.ba.caption')}
            rows={query.data.steps}
            rowKey={(r) => r.stepId}
            columns={[
              {
                key: 'step',
                header: t('journeys.table.step'),
                rowHeader: true,
                render: (r) => findStep(document, r.stepId)?.step.title ?? r.stepId,
              },
              {
                key: 'ktoBefore',
                header: t('journeys.ba.satisfiedBefore'),
                render: (r) => (r.kto ? pct(r.kto.satisfied.before) : '—'),
              },
              {
                key: 'ktoAfter',
                header: t('journeys.ba.satisfiedAfter'),
                render: (r) => (r.kto ? pct(r.kto.satisfied.after) : '—'),
              },
              {
                key: 'ktoTest',
                header: t('journeys.ba.test'),
                render: (r) => (r.kto ? pText(t, r.kto.satisfied.test) : '—'),
              },
              {
                key: 'cBefore',
                header: t('journeys.ba.perWeekBefore'),
                numeric: true,
                render: (r) => perWeek(r.contacts?.before),
              },
              {
                key: 'cAfter',
                header: t('journeys.ba.perWeekAfter'),
                numeric: true,
                render: (r) => perWeek(r.contacts?.after),
              },
              {
                key: 'avoidable',
                header: t('journeys.ba.avoidable'),
                render: (r) =>
                  r.contacts
                    ? `${pct(r.contacts.avoidable.before)} → ${pct(r.contacts.avoidable.after)}; ${pText(t, r.contacts.avoidable.test)}`
                    : '—',
              },
            ]}
          />
          <ProvenanceNote provenance={query.data.provenance} />
        </>
      )}
    </section>
  );
}
