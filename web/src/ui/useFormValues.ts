import { useState } from 'react';

/** What a field component needs from its form: `<TextField {...field('reason')} label={…} />`. */
export interface FieldBinding {
  id: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
}

export interface FormValuesOptions {
  /** Each field's DOM id is `${idPrefix}-${name}`. */
  idPrefix: string;
  /** A field's error, by its name (`useFormSubmission().error`). */
  error: (name: string) => string | undefined;
}

/** A form's values as typed, one string per field, and each field's binding to them. */
export function useFormValues<V extends Record<string, string>>(
  initial: V | (() => V),
  { idPrefix, error }: FormValuesOptions,
) {
  const [values, setValues] = useState<V>(initial);
  const set = (name: keyof V & string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const field = (name: keyof V & string): FieldBinding => ({
    id: `${idPrefix}-${name}`,
    // A Record of optional values (fields the form learns at run time) starts without them.
    value: values[name] ?? '',
    onValueChange: set(name),
    error: error(name),
  });
  return {
    values,
    set,
    field,
    /** Back to the values the form started with, e.g. after a save. */
    reset: () => setValues(initial),
  };
}
