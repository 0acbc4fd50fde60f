import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation the browser keeps focus on the link that was activated, so
 * screen-reader users hear nothing. Move focus to the new page's h1 instead (not on the first
 * load: then the browser's own start position, with the skip link first, is the right one).
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus();
  }, [pathname]);

  return null;
}
