import { startTransition, useEffect, useState } from 'react';

// Long enough for a click right after a page appears to be handled and painted first; short
// enough that what waits shows up without a noticeable delay on a busy machine.
const IDLE_TIMEOUT_MS = 500;

/**
 * False until `ready` is true and the browser has then had an idle moment (or IDLE_TIMEOUT_MS has
 * passed); true from then on. For work nobody is waiting for, such as what lies below the fold:
 * started only when no input, frame or other task is pending, so a click that comes at once is
 * handled and painted before it (issue 5: the panels below a journey map rendered in the same
 * tasks as the step editor opened right after the map appeared). Like useAfterPaint, the switch is
 * a transition, so React renders it in slices that input can interrupt.
 */
export function useWhenIdle(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    const show = () => startTransition(() => setIdle(true));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(show, 0);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(show, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }, [ready, idle]);
  return idle;
}
