import { getJson, withQuery } from '../../api/http';
import type { AuditEvent, PageOf } from '../../api/types';
import { endOfDayIso, startOfDayIso } from '../dateRange';

export const AUDIT_KEY = ['audit-events'] as const;
export const AUDIT_FILTERS = ['from', 'to', 'action', 'actor'] as const;

export function listAuditEvents(
  page: number,
  pageSize: number,
  filters: Record<string, string>,
): Promise<PageOf<AuditEvent>> {
  return getJson(
    withQuery('/api/v1/audit-events', {
      page,
      pageSize,
      from: startOfDayIso(filters.from ?? ''),
      to: endOfDayIso(filters.to ?? ''),
      action: filters.action?.trim(),
      actor: filters.actor?.trim(),
    }),
  );
}
