import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { listPersonas, PERSONAS_KEY } from '../personas/personasApi';
import { Fieldset } from '../ui/Fieldset';
import { CheckboxField, TextareaField, TextField } from '../ui/FormField';
import type { JourneyMetaDraft } from './useJourneyEditor';

/** Title, life event and the linked personas; saved together with the map. */
export function MetaEditor({
  meta,
  onChange,
}: {
  meta: JourneyMetaDraft;
  onChange: (m: JourneyMetaDraft) => void;
}) {
  const { t } = useI18n();
  const personas = useQuery({ queryKey: [...PERSONAS_KEY, 'list', 'all'], queryFn: () => listPersonas() });
  return (
    <details className="bb-phase-names">
      <summary>{t('journeys.meta.edit')}</summary>
      <div className="bb-form">
        <TextField
          id="journey-meta-title"
          label={t('journeys.field.title')}
          required
          value={meta.title}
          onChange={(e) => onChange({ ...meta, title: e.target.value })}
        />
        <TextareaField
          id="journey-meta-description"
          label={t('journeys.field.description')}
          optional
          rows={2}
          value={meta.description ?? ''}
          onChange={(e) => onChange({ ...meta, description: e.target.value })}
        />
        <TextField
          id="journey-meta-life-event"
          label={t('journeys.field.lifeEvent')}
          required
          value={meta.lifeEvent}
          onChange={(e) => onChange({ ...meta, lifeEvent: e.target.value })}
        />
        <Fieldset legend={t('journeys.field.personaIds')} description={t('journeys.new.personasHelp')}>
          {(personas.data?.items ?? []).map((p) => (
            <CheckboxField
              key={p.id}
              id={`journey-meta-persona-${p.id}`}
              label={p.vulnerable ? `${p.name} (${t('personas.vulnerable')})` : p.name}
              checked={meta.personaIds.includes(p.id)}
              onChange={(e) =>
                onChange({
                  ...meta,
                  personaIds: e.target.checked
                    ? [...meta.personaIds, p.id]
                    : meta.personaIds.filter((id) => id !== p.id),
                })
              }
            />
          ))}
        </Fieldset>
      </div>
    </details>
  );
}
