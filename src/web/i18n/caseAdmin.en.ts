import type { caseAdminNl } from './caseAdmin.nl';

export const caseAdminEn: Record<keyof typeof caseAdminNl, string> = {
  'caseAdmin.placeholder': '',
};
