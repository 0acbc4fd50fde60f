import type { publicFormsNl } from './publicForms.nl';

export const publicFormsEn: Record<keyof typeof publicFormsNl, string> = {
  'publicForms.placeholder': '',
};
