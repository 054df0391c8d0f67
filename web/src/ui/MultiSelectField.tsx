import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../i18n/useNames';
import { Field } from './Field';
import { OptionList } from './OptionList';

export interface MultiSelectFieldProps {
  id: string;
  label: string;
  /** The text of the button that adds the chosen option. */
  addLabel: string;
  options: readonly Option[];
  values: readonly string[];
  onValuesChange: (values: string[]) => void;
  nameOf: (value: string) => string;
  placeholder: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
}

/**
 * Several values from a long list, by keyboard: choose in a native select (type-ahead works), add
 * with the button or Enter; each chosen value is a chip with its own remove button.
 */
export function MultiSelectField(props: MultiSelectFieldProps) {
  const {
    id,
    label,
    addLabel,
    options,
    values,
    onValuesChange,
    nameOf,
    placeholder,
    required,
    hint,
    error,
    className,
  } = props;
  const { t } = useTranslation();
  const [pending, setPending] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const available = useMemo(() => options.filter((o) => !values.includes(o.value)), [options, values]);

  const add = () => {
    if (pending === '' || values.includes(pending)) return;
    onValuesChange([...values, pending]);
    setPending('');
  };
  const remove = (value: string) => {
    onValuesChange(values.filter((v) => v !== value));
    // The chip's button disappears with it; keep the keyboard user in the field.
    select.current?.focus();
  };

  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} className={className}>
      {(control) => (
        <div className="multi">
          <div className="multi__picker">
            <select
              {...control}
              ref={select}
              value={pending}
              onChange={(e) => setPending(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            >
              <option value="">{placeholder}</option>
              <OptionList options={available} />
            </select>
            <button
              type="button"
              className="button button--secondary"
              onClick={add}
              disabled={pending === ''}
            >
              {addLabel}
            </button>
          </div>
          {values.length === 0 ? (
            <p className="multi__empty">{t('multiSelect.noneSelected')}</p>
          ) : (
            <ul className="chips">
              {values.map((value) => (
                <li key={value} className="chip">
                  <span>{nameOf(value)}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('multiSelect.remove', { name: nameOf(value) })}
                    onClick={() => remove(value)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
