import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { catalogueQuery } from '../advice/useAdviceData';
import { useAfterPaint } from '../ui/useAfterPaint';
import { useWhenIdle } from '../ui/useWhenIdle';

/**
 * What lies below the map and its table (measurements, klantcontact, experiments, versions,
 * publishing, deleting) renders once the map has been painted and the browser is then idle, not in
 * the same frame: about a tenth of the page's elements, their own API calls and a date format, none
 * of it in view when a map opens (issue 5). Waiting for an idle moment after the paint keeps that
 * work out of the way of a step editor opened at once (docs/benchmarks.md, 2026-12-06). Right
 * after the paint, for editors, the channel catalogue the step editor's touchpoints need is
 * fetched, so opening a step does not wait for it.
 */
export function BelowTheMap({ editable, children }: { editable: boolean; children: ReactNode }) {
  const painted = useAfterPaint();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (painted && editable) void queryClient.prefetchQuery(catalogueQuery);
  }, [painted, editable, queryClient]);
  const idle = useWhenIdle(painted);
  return idle ? children : null;
}
