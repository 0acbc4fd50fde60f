import { codeLabel } from '../../contacts/labels';
import type { Translate } from '../../i18n/I18nProvider';

export function channelLabel(t: Translate, code: string): string {
  return codeLabel(t, 'contacts.channel', code);
}
