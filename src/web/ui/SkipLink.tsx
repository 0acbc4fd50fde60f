import type { MouseEvent } from 'react';

interface SkipLinkProps {
  targetId: string;
  children: string;
}

// The router owns the URL, so rather than letting a "#inhoud" hash change reach it we move focus
// ourselves; the href stays for users who open the link in other ways.
export function SkipLink({ targetId, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView();
  };
  return (
    <a
      href={`#${targetId}`}
      className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
      onClick={onClick}
    >
      {children}
    </a>
  );
}
