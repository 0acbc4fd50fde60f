import { useI18n } from '../../i18n/I18nProvider';
import { Fieldset } from '../../ui/Fieldset';
import { CheckboxField, TextField } from '../../ui/FormField';
import type { CatalogueChannel } from '../types';

export interface ChannelChoice {
  offered: boolean;
  cost: string;
}

interface PlanChannelsFieldProps {
  prefix: string;
  channels: CatalogueChannel[];
  values: Record<string, ChannelChoice>;
  name: (code: string) => string;
  error?: string;
  costErrors: Record<string, string>;
  onChange: (code: string, choice: ChannelChoice) => void;
}

export const channelControlId = (prefix: string, code: string) => `${prefix}-offer-${code}`;
export const costControlId = (prefix: string, code: string) => `${prefix}-cost-${code}`;

/** Per channel: offer it or not, and what offering it costs (in any unit the gemeente likes). */
export function PlanChannelsField(props: PlanChannelsFieldProps) {
  const { prefix, channels, values, name, error, costErrors, onChange } = props;
  const { t } = useI18n();
  return (
    <Fieldset
      id={`${prefix}-channels`}
      legend={t('advice.plan.channels')}
      description={t('advice.plan.channelsHelp')}
      error={error}
    >
      <ul className="bb-channel-choices">
        {channels.map((channel) => {
          const value = values[channel.code] ?? { offered: false, cost: '' };
          const channelName = name(channel.code);
          return (
            <li key={channel.code} className="bb-channel-choices__item">
              <CheckboxField
                id={channelControlId(prefix, channel.code)}
                label={t('advice.plan.offer', { channel: channelName })}
                checked={value.offered}
                onChange={(e) => onChange(channel.code, { ...value, offered: e.target.checked })}
              />
              <TextField
                id={costControlId(prefix, channel.code)}
                label={t('advice.plan.cost', { channel: channelName })}
                inputMode="decimal"
                autoComplete="off"
                error={costErrors[channel.code]}
                value={value.cost}
                onChange={(e) => onChange(channel.code, { ...value, cost: e.target.value })}
              />
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
