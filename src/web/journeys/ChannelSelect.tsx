import { useCatalogue, useNames } from '../advice/useAdviceData';
import { useI18n } from '../i18n/I18nProvider';
import { SelectField } from '../ui/FormField';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (code: string) => void;
}

/**
 * A touchpoint's channel from the channel catalogue of Kanaaladvies, so maps and channel advice
 * speak of the same channels. A code the catalogue no longer has (an imported map, a removed
 * channel) stays selectable, marked, rather than being silently replaced.
 */
export function ChannelSelect({ id, label, value, onChange }: Props) {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const names = useNames(catalogue.data);
  const channels = catalogue.data?.channels ?? [];
  const options = channels.map((c) => ({ value: c.code, label: names.channel(c.code) }));
  if (value && !channels.some((c) => c.code === value))
    options.push({ value, label: t('journeys.card.channelUnknown', { code: value }) });
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      placeholder={t('journeys.card.channelPick')}
      options={options}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
