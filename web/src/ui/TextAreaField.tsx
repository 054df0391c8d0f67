import { Field } from './Field';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
}

export function TextAreaField({
  id,
  label,
  value,
  onValueChange,
  rows = 3,
  maxLength,
  required,
  hint,
  error,
  className,
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea
          {...control}
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
        />
      )}
    </Field>
  );
}
