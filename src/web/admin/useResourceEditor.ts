import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiResponse } from '../api/http';
import { isApiError } from '../api/problem';
import { NO_ERRORS, problemToFormErrors, type FormErrors } from '../forms/formErrors';
import { useI18n } from '../i18n/I18nProvider';

interface EditorOptions<T, Patch> {
  /** e.g. ['users']: the detail lives under [...base, 'detail', id], lists under [...base, 'list']. */
  baseKey: readonly string[];
  id: string;
  fetch: (id: string) => Promise<ApiResponse<T>>;
  update: (id: string, etag: string, patch: Patch) => Promise<ApiResponse<T>>;
  fields: readonly string[];
}

/**
 * Load-edit-save with optimistic concurrency: the ETag from the GET goes back as If-Match, and a
 * 412 flips `stale` so the page can offer to reload instead of silently overwriting someone.
 */
export function useResourceEditor<T, Patch>({ baseKey, id, fetch, update, fields }: EditorOptions<T, Patch>) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const detailKey = [...baseKey, 'detail', id];
  const query = useQuery({ queryKey: detailKey, queryFn: () => fetch(id) });
  const [stale, setStale] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // Bumped on reload only: forms key on it to take the fresh values. Not the ETag, because a
  // successful save also changes the ETag and remounting then would throw away keyboard focus.
  const [version, setVersion] = useState(0);

  const save = useMutation({
    mutationFn: (patch: Patch) => update(id, query.data?.etag ?? '', patch),
    onMutate: () => {
      setSaved(false);
      setErrors(NO_ERRORS);
    },
    onSuccess: (response) => {
      queryClient.setQueryData(detailKey, response);
      void queryClient.invalidateQueries({ queryKey: [...baseKey, 'list'] });
      setSaved(true);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) setStale(true);
      else setErrors(problemToFormErrors(error, fields, t('form.genericError')));
    },
  });

  const reload = async () => {
    await query.refetch();
    setVersion((v) => v + 1);
    setStale(false);
    setSaved(false);
    setErrors(NO_ERRORS);
  };

  return { query, save, stale, saved, setSaved, errors, setErrors, reload, version };
}
