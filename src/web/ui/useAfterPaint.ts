import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the frame that showed it has been painted. A page renders
 * what is below the fold only then, so its first frame costs less script, style and layout (issue
 * 5: a map page's panels below a 60-step table). The switch is a transition: React renders the
 * deferred part in slices and lets a click in between go first, so a user who acts at once waits
 * for their own update, not for the panels.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // requestAnimationFrame runs just before the next frame is drawn; a task queued from it runs
    // after that frame.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
