import type { Permission } from '../../shared/roles';
import type { MessageKey } from '../i18n/nl';

export const INSIGHTS_PATH = '/inzichten';

export interface InsightsPage {
  path: string;
  label: MessageKey;
  permission: Permission;
}

/** Sub-pages of Inzichten, in menu order; each is listed only with its permission. */
export const INSIGHTS_PAGES: readonly InsightsPage[] = [
  { path: '', label: 'insights.nav.dashboard', permission: 'insights:read' },
  { path: 'normen', label: 'insights.nav.norms', permission: 'insights:read' },
  { path: 'bezetting', label: 'insights.nav.staffing', permission: 'insights:read' },
  { path: 'procesmining', label: 'insights.nav.mining', permission: 'mining:read' },
];
