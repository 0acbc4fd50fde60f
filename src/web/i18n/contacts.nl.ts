// Strings of the contacts screens (Dutch is the source language).
export const contactsNl = {
  'contacts.placeholder': '',
} as const;
