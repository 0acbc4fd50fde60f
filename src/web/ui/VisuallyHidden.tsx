import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. to make repeated "Wijzigen" links unique. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="bb-visually-hidden">{children}</span>;
}
