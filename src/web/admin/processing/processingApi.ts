import { getJson, withQuery } from '../../api/http';
import type { PageOf, ProcessingRecord } from '../../api/types';
import { endOfDayIso, startOfDayIso } from '../dateRange';

export const PROCESSING_KEY = ['processing-records'] as const;
export const PROCESSING_FILTERS = ['from', 'to', 'activity'] as const;

export function listProcessingRecords(
  page: number,
  pageSize: number,
  filters: Record<string, string>,
): Promise<PageOf<ProcessingRecord>> {
  return getJson(
    withQuery('/api/v1/processing-records', {
      page,
      pageSize,
      from: startOfDayIso(filters.from ?? ''),
      to: endOfDayIso(filters.to ?? ''),
      activity: filters.activity?.trim(),
    }),
  );
}
