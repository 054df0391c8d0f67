import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
}

export interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  /** Already translated. */
  error?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label above a control, the hint and the error below it, wired with aria-describedby. */
export function Field({ id, label, required, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      {/* The asterisk stays outside the label so the field's name is exactly its label; aria-required says it. */}
      <span className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {required && (
          <span className="field__required" aria-hidden="true">
            *
          </span>
        )}
      </span>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A DOM id for a dotted form path: `dependants.0.givenNames` → `f-dependants-0-givenNames`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\./g, '-')}`;
}
