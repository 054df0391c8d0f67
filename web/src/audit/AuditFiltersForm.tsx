import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilterOptions, AuditFilters } from '@refugio/contract';
import { DateField } from '../ui/DateField';
import { Filters } from '../ui/Filters';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export interface AuditFilterValues {
  userId: string;
  caseNumber: string;
  action: string;
  from: string;
  to: string;
}

export const noAuditFilters: AuditFilterValues = { userId: '', caseNumber: '', action: '', from: '', to: '' };

/** The form's values as the API's filters: empty fields left out. */
export function filtersOf(values: AuditFilterValues): AuditFilters {
  const trimmed = Object.entries(values).map(([key, value]) => [key, value.trim()] as const);
  return Object.fromEntries(trimmed.filter(([, value]) => value !== '')) as AuditFilters;
}

interface Props {
  options: AuditFilterOptions;
  applied: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}

/** Who, which case, what and when: applied on submit, so typing a case number sends no half searches. */
export function AuditFiltersForm({ options, applied, onApply }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(applied);
  const set = (key: keyof AuditFilterValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const filtered = Object.values(applied).some((v) => v !== '');
  return (
    <Filters
      label={t('audit.filters.label')}
      onSubmit={submit}
      filtered={filtered}
      clearLabel={t('audit.filters.clear')}
      onClear={() => {
        setValues(noAuditFilters);
        onApply(noAuditFilters);
      }}
    >
      <SelectField
        id="audit-user"
        label={t('audit.filters.user')}
        value={values.userId}
        onValueChange={set('userId')}
        placeholder={t('audit.filters.anyUser')}
        options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
      />
      <TextField
        id="audit-case"
        label={t('audit.filters.caseNumber')}
        value={values.caseNumber}
        onValueChange={set('caseNumber')}
        maxLength={60}
      />
      <SelectField
        id="audit-action"
        label={t('audit.filters.action')}
        value={values.action}
        onValueChange={set('action')}
        placeholder={t('audit.filters.anyAction')}
        options={options.actions.map((a) => ({ value: a, label: a }))}
      />
      <DateField
        id="audit-from"
        label={t('audit.filters.from')}
        value={values.from}
        onValueChange={set('from')}
        hint={t('audit.filters.timeZone', { timeZone: options.timeZone })}
      />
      <DateField id="audit-to" label={t('audit.filters.to')} value={values.to} onValueChange={set('to')} />
      <button type="submit" className="button">
        {t('audit.filters.search')}
      </button>
    </Filters>
  );
}
