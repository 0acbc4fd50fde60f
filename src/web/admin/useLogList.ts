import { useMemo, useState } from 'react';
import type { PageOf } from '../api/types';
import { NO_ERRORS, problemToFormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';
import { usePagedList } from './usePagedList';

/**
 * State of a filtered, paginated log: the applied filters, the page, and the query. A 400 on the
 * filters (e.g. a bad date) is shown on the filter form rather than as a broken table.
 */
export function useLogList<T>(
  baseKey: readonly string[],
  filterNames: readonly string[],
  fetchPage: (page: number, pageSize: number, filters: Record<string, string>) => Promise<PageOf<T>>,
) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Record<string, string>>(() =>
    Object.fromEntries(filterNames.map((name) => [name, ''])),
  );
  const list = usePagedList(baseKey, fetchPage, filters);
  const apply = (values: Record<string, string>) => {
    setFilters(values);
    list.setPage(1);
  };
  const error = list.query.error;
  const isBadRequest = (error as { status?: number } | null)?.status === 400;
  const filterErrors = useMemo(
    () => (isBadRequest ? problemToFormErrors(error, filterNames, t('form.genericError')) : NO_ERRORS),
    [error, isBadRequest, filterNames, t],
  );
  return { ...list, filters, apply, filterErrors, loadError: isBadRequest ? null : error };
}
