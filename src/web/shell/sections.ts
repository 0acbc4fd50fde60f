import type { MessageKey } from '../i18n/nl';

/**
 * The modules of the main navigation, in menu order; each has its own routes and says what it is
 * for in `about`.
 */
export interface Section {
  path: string;
  label: MessageKey;
  about?: MessageKey;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'nav.start' },
  { path: '/kanaaladvies', label: 'nav.advice', about: 'advice.about' },
  { path: '/klantreizen', label: 'nav.journeys', about: 'journeys.about' },
  { path: '/klantcontact', label: 'nav.contacts', about: 'contacts.about' },
  { path: '/meldingen', label: 'nav.cases', about: 'contacts.casesAbout' },
  { path: '/inzichten', label: 'nav.insights', about: 'insights.about' },
];

export const ADMIN_PATH = '/beheer';
