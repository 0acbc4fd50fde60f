import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/nl';

const LABELS: Record<string, MessageKey> = {
  gemeld: 'publicForms.status.gemeld',
  in_behandeling: 'publicForms.status.in_behandeling',
  on_hold: 'publicForms.status.on_hold',
  afgehandeld: 'publicForms.status.afgehandeld',
  gesloten: 'publicForms.status.gesloten',
  heropend: 'publicForms.status.heropend',
  reopened: 'publicForms.status.heropend',
  kto: 'publicForms.status.kto',
};

/** Status and activity codes in words a resident understands; an unknown code is shown as is. */
export function useStatusLabel(): (code: string) => string {
  const { t } = useI18n();
  return (code) => {
    const key = LABELS[code];
    return key ? t(key) : code;
  };
}
