import type { Permission } from '../../shared/roles';
import type { MessageKey } from '../i18n/nl';

export const ADVICE_PATH = '/kanaaladvies';

export interface AdvicePage {
  /** Relative to /kanaaladvies; '' is the advice itself. */
  path: string;
  label: MessageKey;
  permission: Permission;
}

/** Sub-pages of Kanaaladvies, in menu order; each is listed only with its permission. */
export const ADVICE_PAGES: readonly AdvicePage[] = [
  { path: '', label: 'advice.nav.advice', permission: 'advice:read' },
  { path: 'groepen', label: 'advice.nav.matrix', permission: 'advice:read' },
  { path: 'fasen', label: 'advice.nav.journey', permission: 'advice:read' },
  { path: 'gebied', label: 'advice.nav.areas', permission: 'advice:read' },
  { path: 'kanaalplan', label: 'advice.nav.plans', permission: 'advice:read' },
  { path: 'enquete', label: 'advice.nav.survey', permission: 'advice:import' },
  { path: 'vergelijk-datasets', label: 'advice.nav.compare', permission: 'advice:read' },
];
