import { useQuery } from '@tanstack/react-query';
import { getChart, INSIGHTS_KEY, type ChartPath } from '../insightsApi';
import type { DashboardFilters } from '../types';

/** One dashboard chart for the current filters; the charts load independently of each other. */
export function useChart<R>(path: ChartPath, filters: DashboardFilters) {
  return useQuery({
    queryKey: [...INSIGHTS_KEY, path, filters],
    queryFn: ({ signal }) => getChart<R>(path, filters, signal),
  });
}
