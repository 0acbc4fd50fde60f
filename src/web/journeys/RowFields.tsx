import { EVIDENCE_LEVELS } from '../../shared/journeys/model';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nl';
import { SelectField, TextareaField, TextField } from '../ui/FormField';
import { ChannelSelect } from './ChannelSelect';
import { options } from './labels';
import { LANE_FIELDS, type ListLane, type Row, type SingleLane } from './stepForm';

interface RowFieldsProps {
  lane: ListLane | SingleLane;
  row: Row;
  idPrefix: string;
  onChange: (row: Row) => void;
}

/** The controls of one card: its own fields, then how well it is grounded (evidence level, source). */
export function RowFields({ lane, row, idPrefix, onChange }: RowFieldsProps) {
  const { t } = useI18n();
  const set = (key: string) => (value: string) => onChange({ ...row, [key]: value });
  return (
    <div className="bb-card-fields">
      {LANE_FIELDS[lane].map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const fieldLabel = t(`journeys.card.${field.key}` as MessageKey);
        if (lane === 'touchpoints' && field.key === 'channel')
          return (
            <ChannelSelect
              key={field.key}
              id={id}
              label={fieldLabel}
              value={row[field.key] ?? ''}
              onChange={set(field.key)}
            />
          );
        if (field.options)
          return (
            <SelectField
              key={field.key}
              id={id}
              label={fieldLabel}
              value={row[field.key] ?? ''}
              placeholder={field.options.allowEmpty ? t('journeys.card.none') : undefined}
              options={options(t, field.options.prefix, field.options.codes)}
              onChange={(e) => set(field.key)(e.target.value)}
            />
          );
        const Control = field.multiline ? TextareaField : TextField;
        return (
          <Control
            key={field.key}
            id={id}
            label={fieldLabel}
            value={row[field.key] ?? ''}
            rows={field.multiline ? 2 : undefined}
            onChange={(e: { target: { value: string } }) => set(field.key)(e.target.value)}
          />
        );
      })}
      <SelectField
        id={`${idPrefix}-level`}
        label={t('journeys.card.level')}
        value={row.level ?? 'aangenomen'}
        options={options(t, 'journeys.evidence', EVIDENCE_LEVELS)}
        onChange={(e) => set('level')(e.target.value)}
      />
      <TextField
        id={`${idPrefix}-source`}
        label={t('journeys.card.source')}
        optional
        value={row.source ?? ''}
        onChange={(e) => set('source')(e.target.value)}
      />
    </div>
  );
}
