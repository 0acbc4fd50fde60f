import type { MiningFilters } from './types';

export const MINING_FILTER_KEYS = [
  'from',
  'to',
  'timeMode',
  'activity',
  'variant',
  'startActivity',
  'endActivity',
  'attrKey',
  'attrValue',
] as const;

/** Filters live in the address, so a filtered map can be shared and the Back button undoes one. */
export function miningFiltersFrom(params: URLSearchParams): MiningFilters {
  const filters: Record<string, string> = {};
  for (const key of MINING_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (filters.timeMode && !['contained', 'intersecting'].includes(filters.timeMode)) delete filters.timeMode;
  return filters as MiningFilters;
}

export function searchOf(filters: MiningFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of MINING_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** "2026-11-01" from a date input to the start of that day in UTC, as the API wants date-times. */
export function dayToIso(day: string | undefined): string | undefined {
  return day ? `${day}T00:00:00.000Z` : undefined;
}

export function isoToDay(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}
