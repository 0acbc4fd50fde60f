import type { Grounding } from '../../shared/journeys/grounding';
import { useI18n } from '../i18n/I18nProvider';
import { Alert } from '../ui/Alert';
import { RouterLink } from '../ui/Link';
import { Paragraph } from '../ui/Paragraph';
import { label, percent } from './labels';
import type { Journey } from './types';

/** Meta of a journey, its personas, how much of it is grounded, and the server's warnings. */
export function JourneySummaryBlock({ journey, ground }: { journey: Journey; ground: Grounding }) {
  const { t } = useI18n();
  return (
    <>
      {journey.example && <Paragraph className="bb-example-label">{t('journeys.exampleNotice')}</Paragraph>}
      {journey.description && <Paragraph lead>{journey.description}</Paragraph>}
      <dl className="bb-meta">
        <dt>{t('journeys.field.trajectory')}</dt>
        <dd>{label(t, 'journeys.trajectory', journey.trajectory)}</dd>
        <dt>{t('journeys.field.lifeEvent')}</dt>
        <dd>{journey.lifeEvent}</dd>
        <dt>{t('journeys.field.state')}</dt>
        <dd>{label(t, 'journeys.state', journey.state)}</dd>
        <dt>{t('journeys.field.audience')}</dt>
        <dd>{label(t, 'journeys.audience', journey.audience)}</dd>
        <dt>{t('journeys.field.version')}</dt>
        <dd>{journey.version}</dd>
        <dt>{t('journeys.field.personas')}</dt>
        <dd>
          {journey.personas.length === 0
            ? t('journeys.noPersonas')
            : journey.personas.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <RouterLink to={`/klantreizen/personas/${p.id}`}>{p.name}</RouterLink>
                  {p.vulnerable && ` (${t('personas.vulnerable')})`}
                </span>
              ))}
        </dd>
      </dl>
      <p className="utrecht-paragraph bb-grounding" id="journey-grounding">
        <strong>
          {ground.share === null
            ? t('journeys.grounding.none')
            : t('journeys.grounding.share', { share: percent(ground.share) })}
        </strong>{' '}
        {t('journeys.grounding.detail', {
          grounded: ground.grounded,
          heartbeats: ground.heartbeats,
          steps: ground.steps,
          missing: ground.stepsWithoutHeartbeat.length,
        })}
      </p>
      {journey.warnings.map((warning) => (
        <Alert key={warning} type="warning">
          <Paragraph>{warning}</Paragraph>
        </Alert>
      ))}
    </>
  );
}
