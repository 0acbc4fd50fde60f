import type { ReactNode } from 'react';

interface FieldsetProps {
  legend: string;
  id?: string;
  description?: string;
  error?: string;
  children: ReactNode;
}

/** A group of related controls under one legend (read with each control by screen readers). */
export function Fieldset({ legend, id, description, error, children }: FieldsetProps) {
  const describedBy = [description && id && `${id}-description`, error && id && `${id}-error`].filter(
    Boolean,
  );
  return (
    <div className="utrecht-form-fieldset bb-fieldset">
      <fieldset
        id={id}
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
        </legend>
        {description && (
          <div className="utrecht-form-field-description" id={id && `${id}-description`}>
            {description}
          </div>
        )}
        {error && (
          <div className="utrecht-form-field-error-message" id={id && `${id}-error`}>
            {error}
          </div>
        )}
        {children}
      </fieldset>
    </div>
  );
}
