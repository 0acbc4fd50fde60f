// Strings of the caseAdmin screens (Dutch is the source language).
export const caseAdminNl = {
  'caseAdmin.placeholder': '',
} as const;
