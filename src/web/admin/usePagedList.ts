import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PageOf } from '../api/types';

export const PAGE_SIZE = 20;

/** A paginated list query; the previous page stays on screen while the next one loads. */
export function usePagedList<T, F = undefined>(
  baseKey: readonly string[],
  fetchPage: (page: number, pageSize: number, filters: F) => Promise<PageOf<T>>,
  filters: F,
) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: [...baseKey, 'list', { page, pageSize: PAGE_SIZE, filters }],
    queryFn: () => fetchPage(page, PAGE_SIZE, filters),
    placeholderData: keepPreviousData,
  });
  return { query, page, setPage, pageSize: PAGE_SIZE };
}
