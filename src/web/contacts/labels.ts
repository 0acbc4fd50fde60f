import type { Translate } from '../i18n/I18nProvider';
import { nl, type MessageKey } from '../i18n/nl';
import { CHANNELS, FEEDBACK_CHANNELS, OUTCOMES } from './types';

type Prefix =
  | 'contacts.channel'
  | 'contacts.outcome'
  | 'contacts.status'
  | 'contacts.direction'
  | 'contacts.taskKind'
  | 'contacts.taskStatus'
  | 'contacts.messageStatus';

/**
 * The label of a code the server sends (channel, status, ...). A code this app version does not
 * know yet is shown as is rather than as a missing-key placeholder.
 */
export function codeLabel(t: Translate, prefix: Prefix, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return key in nl ? t(key as MessageKey) : code;
}

export function channelOptions(t: Translate) {
  return CHANNELS.map((value) => ({ value, label: codeLabel(t, 'contacts.channel', value) }));
}

export function feedbackChannelOptions(t: Translate) {
  return FEEDBACK_CHANNELS.map((value) => ({ value, label: codeLabel(t, 'contacts.channel', value) }));
}

export function outcomeOptions(t: Translate) {
  return OUTCOMES.map((value) => ({ value, label: codeLabel(t, 'contacts.outcome', value) }));
}
