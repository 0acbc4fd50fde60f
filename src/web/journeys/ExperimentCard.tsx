import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextareaField, TextField } from '../ui/FormField';
import { Heading } from '../ui/Heading';
import { Paragraph } from '../ui/Paragraph';
import { analyseExperiment, concludeExperiment, JOURNEYS_KEY, recordResults } from './journeysApi';
import { decimal, percent } from './labels';
import type { Experiment, ExperimentAnalysis } from './types';

interface Props {
  journeyId: string;
  experiment: Experiment;
  stepTitle: string;
  editable: boolean;
  onConcluded: () => void;
}

const num = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : NaN);

/** One experiment: its design, results, the analysis (with the peeking warning) and the conclusion. */
export function ExperimentCard({ journeyId, experiment, stepTitle, editable, onConcluded }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const prefix = `exp-${experiment.id.slice(0, 8)}`;
  const r = experiment.results;
  const [counts, setCounts] = useState({
    as: String(r?.a.successes ?? ''),
    an: String(r?.a.n ?? ''),
    bs: String(r?.b.successes ?? ''),
    bn: String(r?.b.n ?? ''),
  });
  const [summary, setSummary] = useState('');
  const [analysis, setAnalysis] = useState<ExperimentAnalysis | null>(experiment.lastAnalysis);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: [...JOURNEYS_KEY, 'experiments', journeyId] });
  const save = useMutation({
    mutationFn: () =>
      recordResults(journeyId, experiment, {
        a: { successes: num(counts.as), n: num(counts.an) },
        b: { successes: num(counts.bs), n: num(counts.bn) },
      }),
    onSuccess: () => void refresh(),
  });
  const analyse = useMutation({
    mutationFn: () => analyseExperiment(journeyId, experiment.id),
    onSuccess: (result) => {
      setAnalysis(result);
      void refresh();
    },
  });
  const conclude = useMutation({
    mutationFn: () => concludeExperiment(journeyId, experiment, summary.trim()),
    onSuccess: () => {
      void refresh();
      onConcluded();
    },
  });
  const concluded = experiment.status === 'concluded';
  const failure = [save, analyse, conclude].find((m) => m.isError)?.error;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const count = (key: keyof typeof counts, labelKey: 'successesA' | 'nA' | 'successesB' | 'nB') => (
    <TextField
      id={`${prefix}-${key}`}
      label={t(`journeys.experiment.${labelKey}`)}
      inputMode="numeric"
      value={counts[key]}
      readOnly={concluded}
      onChange={(e) => setCounts({ ...counts, [key]: e.target.value })}
    />
  );

  return (
    <article className="bb-experiment" aria-labelledby={`${prefix}-title`}>
      <Heading level={3} id={`${prefix}-title`}>
        {experiment.title}
      </Heading>
      <Paragraph small>
        {t('journeys.experiment.summary', {
          step: stepTitle,
          a: experiment.variantA,
          b: experiment.variantB,
          metric: experiment.metric,
          baseline: percent(experiment.design.baseline),
          expected: percent(experiment.design.expected),
          n: Math.ceil(experiment.design.nPerGroup),
        })}
      </Paragraph>
      {editable && !concluded && (
        <form className="utrecht-form bb-form bb-filters__fields" noValidate onSubmit={onSubmit}>
          {count('as', 'successesA')}
          {count('an', 'nA')}
          {count('bs', 'successesB')}
          {count('bn', 'nB')}
          <Button type="submit" busy={save.isPending}>
            {t('journeys.experiment.saveResults')}
          </Button>
        </form>
      )}
      {editable && experiment.results && (
        <Button busy={analyse.isPending} onClick={() => analyse.mutate()}>
          {t('journeys.experiment.analyse')}
        </Button>
      )}
      {analysis && <AnalysisView analysis={analysis} />}
      {editable && analysis && !concluded && (
        <div className="bb-form">
          <TextareaField
            id={`${prefix}-conclusion`}
            label={t('journeys.experiment.conclusion')}
            rows={2}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Button
            appearance="primary"
            busy={conclude.isPending}
            onClick={() => summary.trim() && conclude.mutate()}
          >
            {t('journeys.experiment.conclude')}
          </Button>
        </div>
      )}
      {concluded && <Paragraph>{t('journeys.experiment.concluded')}</Paragraph>}
      {failure !== undefined && failure !== null && (
        <Alert type="error" role="alert">
          <Paragraph>
            {isApiError(failure)
              ? [
                  failure.problem.detail,
                  ...(failure.problem.errors ?? []).map((e) => `${e.pointer}: ${e.detail}`),
                ]
                  .filter(Boolean)
                  .join(' ')
              : t('app.error')}
          </Paragraph>
        </Alert>
      )}
    </article>
  );
}

function AnalysisView({ analysis }: { analysis: ExperimentAnalysis }) {
  const { t } = useI18n();
  const arm = (name: string, p: ExperimentAnalysis['a']) =>
    p
      ? t('journeys.experiment.arm', {
          name,
          p: percent(p.proportion),
          low: percent(p.low),
          high: percent(p.high),
          n: p.n,
        })
      : '';
  return (
    <div className="bb-analysis" aria-live="polite">
      {analysis.warnings.map((w) => (
        <Alert key={w} type="warning">
          <Paragraph>{w}</Paragraph>
        </Alert>
      ))}
      <Paragraph>
        {t('journeys.experiment.result', {
          method:
            analysis.method === 'fisher' ? t('journeys.experiment.fisher') : t('journeys.experiment.ztest'),
          p: decimal(analysis.pValue, 4),
          verdict: analysis.significant
            ? t('journeys.experiment.significant')
            : t('journeys.experiment.notSignificant'),
          winner: analysis.winner,
        })}
      </Paragraph>
      <Paragraph small>
        {arm('A', analysis.a)} {arm('B', analysis.b)}
      </Paragraph>
    </div>
  );
}
