import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { catalogueQuery } from '../advice/useAdviceData';
import { useAfterPaint } from '../ui/useAfterPaint';

/**
 * What lies below the map and its table (measurements, klantcontact, experiments, versions,
 * publishing, deleting) renders once the map has been painted, not in the same frame: about a
 * tenth of the page's elements, their own API calls and a date format, none of it in view when a
 * map opens (issue 5). Then, for editors, the channel catalogue the step editor's touchpoints
 * need is fetched, so opening a step does not wait for it.
 */
export function BelowTheMap({ editable, children }: { editable: boolean; children: ReactNode }) {
  const painted = useAfterPaint();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (painted && editable) void queryClient.prefetchQuery(catalogueQuery);
  }, [painted, editable, queryClient]);
  return painted ? children : null;
}
