import type { Option } from '../i18n/useNames';
import { Field } from './Field';
import { OptionList } from './OptionList';

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly Option[];
  /** The text of the empty first option; none when omitted. */
  placeholder?: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
  autoFocus?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  onValueChange,
  options,
  placeholder,
  required,
  hint,
  error,
  className,
  autoFocus,
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          autoFocus={autoFocus}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          <OptionList options={options} />
        </select>
      )}
    </Field>
  );
}
