import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseUserDate } from '../i18n/dates';
import { Field } from './Field';

export interface DateFieldProps {
  id: string;
  label: string;
  /** `YYYY-MM-DD` when what was typed is a date, otherwise the text as typed (the schema reports it). */
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
}

const display = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);

/**
 * A date typed as dd/mm/yyyy whatever the browser's locale (a native date input shows mm/dd/yyyy
 * on an English browser, which officers would misread).
 */
export function DateField({
  id,
  label,
  value,
  onValueChange,
  required,
  hint,
  error,
  className,
}: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => display(value));
  const [seen, setSeen] = useState(value);
  // The value changed from outside (a reset, a default): show it.
  if (value !== seen) {
    setSeen(value);
    if (parseUserDate(text) !== value) setText(display(value));
  }
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          type="text"
          {...control}
          className="input--date"
          autoComplete="off"
          placeholder={t('date.placeholder')}
          value={text}
          onChange={(e) => {
            const parsed = parseUserDate(e.target.value);
            setText(e.target.value);
            setSeen(parsed);
            onValueChange(parsed);
          }}
          onBlur={() => setText(display(parseUserDate(text)))}
        />
      )}
    </Field>
  );
}
