import { useI18n } from '../i18n/I18nProvider';
import { Fieldset } from '../ui/Fieldset';
import { SelectField, TextField } from '../ui/FormField';
import type { LogPrivacy, ResourceHandling } from './types';

/**
 * What an import does with personal data: org:resource often names staff, so it can be dropped or
 * replaced by a pseudonym, and the log is deleted after its retention term (empty: the gemeente's
 * term for imported logs, set under beheer → bewaartermijnen).
 */
export function LogPrivacyFields({
  value,
  onChange,
}: {
  value: LogPrivacy;
  onChange: (v: LogPrivacy) => void;
}) {
  const { t } = useI18n();
  return (
    <Fieldset
      legend={t('mining.upload.privacy')}
      description={t('mining.upload.privacyHelp')}
      id="log-privacy"
    >
      <SelectField
        id="resource-handling"
        label={t('mining.upload.resourceHandling')}
        value={value.resourceHandling}
        onChange={(e) => onChange({ ...value, resourceHandling: e.target.value as ResourceHandling })}
        options={[
          { value: 'pseudonymise', label: t('mining.upload.resource.pseudonymise') },
          { value: 'drop', label: t('mining.upload.resource.drop') },
          { value: 'keep', label: t('mining.upload.resource.keep') },
        ]}
      />
      <TextField
        id="retention-months"
        type="number"
        inputMode="numeric"
        min={1}
        max={120}
        optional
        label={t('mining.upload.retentionMonths')}
        description={t('mining.upload.retentionHelp')}
        value={value.retentionMonths ?? ''}
        onChange={(e) =>
          onChange({ ...value, retentionMonths: e.target.value ? Number(e.target.value) : undefined })
        }
      />
    </Fieldset>
  );
}
