import type { ButtonHTMLAttributes, HTMLAttributes, MouseEvent, Ref } from 'react';
import { cx } from './classNames';

type Appearance = 'primary' | 'secondary' | 'subtle';

const APPEARANCE_CLASS: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

// A busy button stays enabled and focusable (a disabled button would drop keyboard focus to
// <body>); it announces itself with aria-disabled and swallows clicks instead.
export function Button({
  appearance = 'secondary',
  busy = false,
  type = 'button',
  className,
  onClick,
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={cx(
        'utrecht-button',
        APPEARANCE_CLASS[appearance],
        type === 'submit' && 'utrecht-button--submit',
        busy && 'utrecht-button--busy',
        className,
      )}
      aria-disabled={busy || undefined}
      onClick={handleClick}
      {...rest}
    />
  );
}

export function ButtonGroup({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx('utrecht-button-group', 'bb-button-group', className)} {...rest} />;
}
