import type { MessageKey } from '../i18n/nl';

/**
 * The modules of the main navigation, in menu order. A module that has landed has its own routes
 * and says what it is for in `about`; `soon` modules show a placeholder page saying what will come.
 */
export interface Section {
  path: string;
  label: MessageKey;
  about?: MessageKey;
  soon?: MessageKey;
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'nav.start' },
  { path: '/kanaaladvies', label: 'nav.advice', about: 'advice.about' },
  { path: '/klantreizen', label: 'nav.journeys', soon: 'soon.journeys' },
  { path: '/klantcontact', label: 'nav.contacts', about: 'contacts.about' },
  { path: '/meldingen', label: 'nav.cases', about: 'contacts.casesAbout' },
  { path: '/inzichten', label: 'nav.insights', soon: 'soon.insights' },
];

export const ADMIN_PATH = '/beheer';
