import type { DashboardFilters } from '../types';

export const FILTER_KEYS = [
  'from',
  'to',
  'interval',
  'channel',
  'topic',
  'category',
  'team',
  'area',
] as const;

/** The dashboard's filters live in the address, so a filtered view can be shared and reloaded. */
export function filtersFromSearch(params: URLSearchParams): DashboardFilters {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const interval = filters.interval;
  if (interval && !['day', 'week', 'month'].includes(interval)) delete filters.interval;
  if (filters.area && !/^\d{1,4}$/.test(filters.area)) delete filters.area;
  return filters as DashboardFilters;
}

export function searchFromFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
