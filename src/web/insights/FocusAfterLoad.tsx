import { useEffect } from 'react';

/**
 * The shell's RouteFocus moves focus to the new h1 right after navigating, but a lazily loaded
 * page has no h1 yet at that moment. Rendered beside the page inside <Suspense>, this runs when
 * the page has arrived and does the same. After a fresh load focus is on <body>, which stays put,
 * so the skip link is still the first stop.
 */
export function FocusAfterLoad() {
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);
  return null;
}
