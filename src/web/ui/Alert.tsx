import type { HTMLAttributes, Ref } from 'react';
import { cx } from './classNames';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type?: AlertType;
  ref?: Ref<HTMLDivElement>;
}

export function Alert({ type = 'info', className, children, ...rest }: AlertProps) {
  return (
    <div className={cx('utrecht-alert', `utrecht-alert--${type}`, 'bb-alert', className)} {...rest}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
