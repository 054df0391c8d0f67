import { useTranslation } from 'react-i18next';
import { stageIds } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { withinOptions } from '../deadlines/deadlineText';
import { SelectField } from '../ui/SelectField';

/** What the case list's query and the deadline dashboard's have in common. */
interface SharedQuery {
  officeId: string;
  stage: string;
  within: number;
}

interface FilterFieldProps {
  id: string;
  label: string;
  query: SharedQuery;
  onChange: (change: Partial<SharedQuery>) => void;
}

/** The case's office, or all of them. */
export function OfficeFilter({ id, label, query, onChange }: FilterFieldProps) {
  const { t } = useTranslation();
  const { offices } = useReference();
  return (
    <SelectField
      id={id}
      label={label}
      value={query.officeId}
      onValueChange={(officeId) => onChange({ officeId })}
      options={offices.map((o) => ({ value: o.id, label: o.name }))}
      placeholder={t('cases.all')}
    />
  );
}

/** The case's procedure stage, or all of them. */
export function StageFilter({ id, label, query, onChange }: FilterFieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={query.stage}
      onValueChange={(stage) => onChange({ stage })}
      options={stageIds.map((s) => ({ value: s, label: t(`procedure.stages.${s}`) }))}
      placeholder={t('cases.all')}
    />
  );
}

/** How many working days ahead a time limit counts as due soon. */
export function WithinFilter({ id, label, query, onChange }: FilterFieldProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      value={String(query.within)}
      onValueChange={(within) => onChange({ within: Number(within) })}
      options={withinOptions(t, query.within)}
    />
  );
}
