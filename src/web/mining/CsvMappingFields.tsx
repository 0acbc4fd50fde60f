import { useI18n } from '../i18n/I18nProvider';
import { Fieldset } from '../ui/Fieldset';
import { SelectField } from '../ui/FormField';
import type { CsvMapping } from './types';

interface CsvMappingFieldsProps {
  columns: string[];
  value: CsvMapping;
  onChange: (mapping: CsvMapping) => void;
}

/** Which CSV column holds the case, the activity, the timestamp and (optionally) the resource. */
export function CsvMappingFields({ columns, value, onChange }: CsvMappingFieldsProps) {
  const { t } = useI18n();
  const options = columns.map((c) => ({ value: c, label: c }));
  const pick = (key: 'case' | 'activity' | 'timestamp' | 'resource') => ({
    value: value[key] ?? '',
    onChange: (e: { target: { value: string } }) =>
      onChange({ ...value, [key]: e.target.value || undefined }),
  });
  return (
    <Fieldset
      legend={t('mining.upload.mapping')}
      description={t('mining.upload.mappingHelp')}
      id="csv-mapping"
    >
      <SelectField
        id="map-case"
        required
        label={t('mining.upload.case')}
        placeholder={t('mining.upload.choose')}
        options={options}
        {...pick('case')}
      />
      <SelectField
        id="map-activity"
        required
        label={t('mining.upload.activity')}
        placeholder={t('mining.upload.choose')}
        options={options}
        {...pick('activity')}
      />
      <SelectField
        id="map-timestamp"
        required
        label={t('mining.upload.timestamp')}
        placeholder={t('mining.upload.choose')}
        options={options}
        {...pick('timestamp')}
      />
      <SelectField
        id="map-resource"
        optional
        label={t('mining.upload.resource')}
        placeholder={t('mining.upload.none')}
        options={options}
        {...pick('resource')}
      />
      <SelectField
        id="map-delimiter"
        label={t('mining.upload.delimiter')}
        value={value.delimiter ?? ','}
        onChange={(e) => onChange({ ...value, delimiter: e.target.value as ',' | ';' })}
        options={[
          { value: ',', label: t('mining.upload.comma') },
          { value: ';', label: t('mining.upload.semicolon') },
        ]}
      />
    </Fieldset>
  );
}
