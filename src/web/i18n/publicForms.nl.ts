// Strings of the publicForms screens (Dutch is the source language).
export const publicFormsNl = {
  'publicForms.placeholder': '',
} as const;
