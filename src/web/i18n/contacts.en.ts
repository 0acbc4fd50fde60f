import type { contactsNl } from './contacts.nl';

export const contactsEn: Record<keyof typeof contactsNl, string> = {
  'contacts.placeholder': '',
};
