import type { HTMLAttributes, Ref } from 'react';
import { cx } from './classNames';

type Level = 1 | 2 | 3 | 4;

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: Level;
  ref?: Ref<HTMLHeadingElement>;
}

export function Heading({ level, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={cx(`utrecht-heading-${level}`, className)} {...rest} />;
}
