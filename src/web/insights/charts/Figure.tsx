import { useCan } from '../../auth/SessionContext';
import { RouterLink } from '../../ui/Link';
import type { DrillDown } from '../types';
import { Suppressed } from './Suppressed';

export const RECORDS_PATH = '/inzichten/onderliggend';

/** The in-app address of the records behind a figure (see RecordsPage). */
export function drillHref(drill: DrillDown): string {
  const search = new URLSearchParams({ resource: drill.resource });
  for (const [key, value] of Object.entries(drill.query)) search.set(key, String(value));
  if (drill.ids?.length) search.set('ids', drill.ids.join(','));
  return `${RECORDS_PATH}?${search.toString()}`;
}

interface FigureProps {
  text: string;
  suppressed: boolean;
  min: number;
  drill?: DrillDown | null;
}

/**
 * One figure in a table: suppressed below the minimum group size, and a link to the records behind
 * it only for a user who may read those records (the server refuses them to anyone else anyway).
 */
export function Figure({ text, suppressed, min, drill }: FigureProps) {
  const can = useCan();
  if (suppressed) return <Suppressed min={min} />;
  if (drill && can(drill.resource === 'contacts' ? 'contacts:read' : 'cases:read')) {
    return <RouterLink to={drillHref(drill)}>{text}</RouterLink>;
  }
  return <>{text}</>;
}
