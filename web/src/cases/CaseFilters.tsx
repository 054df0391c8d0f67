import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNames } from '../i18n/useNames';
import { Filters } from '../ui/Filters';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { OfficeFilter, StageFilter, WithinFilter } from './CaseFilterFields';
import { defaultListQuery, type ListQuery } from './caseListQuery';

interface CaseFiltersProps {
  query: ListQuery;
  onChange: (change: Partial<ListQuery>) => void;
}

/** Search on Enter or the button; each filter applies as soon as it is chosen. */
export function CaseFilters({ query, onChange }: CaseFiltersProps) {
  const { t } = useTranslation();
  const names = useNames();
  const [text, setText] = useState(query.q);
  const [shownQ, setShownQ] = useState(query.q);
  // The search in the URL changed (Back, "clear filters"): show it.
  if (query.q !== shownQ) {
    setShownQ(query.q);
    setText(query.q);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: text.trim() });
  };
  const filtered = query.q || query.nationality || query.officeId || query.stage || query.deadline;
  const deadlineOptions = (['overdue', 'due_soon', 'suspended'] as const).map((value) => ({
    value,
    label: t(`cases.deadlineOptions.${value}`, { count: query.within }),
  }));

  return (
    <Filters
      onSubmit={submit}
      filtered={Boolean(filtered)}
      clearLabel={t('cases.clearFilters')}
      onClear={() =>
        onChange({
          q: defaultListQuery.q,
          nationality: defaultListQuery.nationality,
          officeId: defaultListQuery.officeId,
          stage: defaultListQuery.stage,
          deadline: defaultListQuery.deadline,
          within: defaultListQuery.within,
        })
      }
    >
      <div className="filters__search">
        <TextField
          id="cases-q"
          label={t('cases.search')}
          type="search"
          placeholder={t('cases.searchPlaceholder')}
          value={text}
          onValueChange={setText}
        />
        <button type="submit" className="button button--primary">
          {t('cases.search')}
        </button>
      </div>
      <SelectField
        id="cases-nationality"
        label={t('cases.nationality')}
        value={query.nationality}
        onValueChange={(nationality) => onChange({ nationality })}
        options={names.countryOptions}
        placeholder={t('cases.all')}
      />
      <OfficeFilter id="cases-office" label={t('cases.office')} query={query} onChange={onChange} />
      <StageFilter id="cases-status" label={t('cases.status')} query={query} onChange={onChange} />
      <SelectField
        id="cases-deadline"
        label={t('cases.deadline')}
        value={query.deadline}
        onValueChange={(deadline) => onChange({ deadline, within: defaultListQuery.within })}
        options={deadlineOptions}
        placeholder={t('app.allOptions')}
      />
      {query.deadline === 'due_soon' && (
        <WithinFilter id="cases-within" label={t('cases.within')} query={query} onChange={onChange} />
      )}
    </Filters>
  );
}
