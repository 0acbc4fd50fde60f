import type { AnchorHTMLAttributes } from 'react';
import { Link as RouterLinkBase, type LinkProps } from 'react-router';
import { cx } from './classNames';

/** An in-app link: client-side navigation, NL Design System look. */
export function RouterLink({ className, ...rest }: LinkProps) {
  return <RouterLinkBase className={cx('utrecht-link', 'utrecht-link--html-a', className)} {...rest} />;
}

/** A link that leaves the single-page app (e.g. the OIDC redirect), so a full page load. */
export function Link({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={cx('utrecht-link', 'utrecht-link--html-a', className)} {...rest} />;
}
