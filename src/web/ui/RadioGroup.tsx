import { Fieldset } from './Fieldset';

interface RadioGroupProps {
  id: string;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** Native radio buttons in a fieldset: arrow keys move between the options. */
export function RadioGroup({ id, name, legend, options, value, error, onChange }: RadioGroupProps) {
  return (
    <Fieldset id={id} legend={legend} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio bb-radio">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
            />
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </Fieldset>
  );
}
