import { useI18n } from '../i18n/I18nProvider';
import { cx } from '../ui/classNames';
import { groupTree, type TreeNode } from './tree';

interface TreeSelectProps {
  id: string;
  label: string;
  placeholder: string;
  nodes: TreeNode[];
  value: string;
  required?: boolean;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * A topic or category from a tree as a native select with an optgroup per top-level item. Native
 * on purpose: type-ahead, screen-reader support and mobile pickers come for free. (The shared
 * SelectField renders flat options only, so the field markup is repeated here.)
 */
export function TreeSelect({
  id,
  label,
  placeholder,
  nodes,
  value,
  required,
  error,
  onChange,
}: TreeSelectProps) {
  const { t, lang } = useI18n();
  const groups = groupTree(nodes, lang);
  const renderOptions = (options: { value: string; label: string }[]) =>
    options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--distanced',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          <span className="bb-required-mark"> {t(required ? 'form.required' : 'form.optional')}</span>
        </label>
      </div>
      {error && (
        <div
          className="utrecht-form-field-error-message utrecht-form-field__error-message"
          id={`${id}-error`}
        >
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-required={required || undefined}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{placeholder}</option>
          {groups.map((group) =>
            group.label === null ? (
              renderOptions(group.options)
            ) : (
              <optgroup key={group.key} label={group.label}>
                {renderOptions(group.options)}
              </optgroup>
            ),
          )}
        </select>
      </div>
    </div>
  );
}
