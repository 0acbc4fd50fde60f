import { useCallback, useRef } from 'react';
import { uuid } from '../api/uuid';

/**
 * One key per intended create: a retry of the same submission (double click, network hiccup)
 * reuses it so the server creates once; `renew` is called when the user edits the form or after
 * success, because then a new create is meant.
 */
export function useIdempotencyKey(): { key: () => string; renew: () => void } {
  const ref = useRef<string | null>(null);
  const key = useCallback(() => {
    ref.current ??= uuid();
    return ref.current;
  }, []);
  const renew = useCallback(() => {
    ref.current = null;
  }, []);
  return { key, renew };
}
