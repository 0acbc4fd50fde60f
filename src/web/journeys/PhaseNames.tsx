import type { JourneyDocument } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import { Fieldset } from '../ui/Fieldset';
import { TextField } from '../ui/FormField';
import { renamePhase } from './docEdit';

/** The five phases keep their order; their names are the gemeente's own words. */
export function PhaseNames({
  document,
  onChange,
}: {
  document: JourneyDocument;
  onChange: (next: JourneyDocument) => void;
}) {
  const { t } = useI18n();
  return (
    <details className="bb-phase-names">
      <summary>{t('journeys.phases.rename')}</summary>
      <Fieldset legend={t('journeys.phases.legend')}>
        <div className="bb-filters__fields">
          {document.phases.map((phase, i) => (
            <TextField
              key={phase.key}
              id={`phase-name-${phase.key}`}
              label={t('journeys.phases.name', { number: i + 1 })}
              value={phase.name}
              maxLength={200}
              onChange={(e) => onChange(renamePhase(document, phase.key, e.target.value))}
            />
          ))}
        </div>
      </Fieldset>
    </details>
  );
}
