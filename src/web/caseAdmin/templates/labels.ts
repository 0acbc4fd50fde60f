import type { MessageKey } from '../../i18n/nl';

const EVENTS = [
  'received',
  'in_behandeling',
  'on_hold',
  'afgehandeld',
  'gesloten',
  'reopened',
  'kto',
] as const;
const CHANNELS = ['email', 'sms', 'whatsapp', 'letter'] as const;

export const eventKey = (event: string): MessageKey | null =>
  (EVENTS as readonly string[]).includes(event) ? (`caseAdmin.event.${event}` as MessageKey) : null;
export const channelKey = (channel: string): MessageKey | null =>
  (CHANNELS as readonly string[]).includes(channel) ? (`caseAdmin.channel.${channel}` as MessageKey) : null;
export const eventOrder = (event: string) => {
  const i = (EVENTS as readonly string[]).indexOf(event);
  return i < 0 ? EVENTS.length : i;
};
