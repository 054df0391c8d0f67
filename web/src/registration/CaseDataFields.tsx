import { useTranslation } from 'react-i18next';
import { useReference } from '../app/ReferenceContext';
import { useMe } from '../session/SessionContext';
import { DateField } from '../ui/DateField';
import { fieldId } from '../ui/Field';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import type { RegistrationDraft } from './draft';
import { FilingWindowNotice } from './FilingWindowNotice';
import type { FilingWindowState } from './useFilingWindow';

type CaseData = Pick<
  RegistrationDraft,
  'officeId' | 'entryDate' | 'entryPlace' | 'applicationDate' | 'lateFilingJustification'
>;

interface CaseDataFieldsProps {
  draft: CaseData;
  onChange: (patch: Partial<CaseData>) => void;
  errorAt: (path: string) => string | undefined;
  filing: FilingWindowState;
}

export function CaseDataFields({ draft, onChange, errorAt, filing }: CaseDataFieldsProps) {
  const { t } = useTranslation();
  const { offices } = useReference();
  const me = useMe();
  // An officer registers in their own office; only users without one (administrators) choose.
  const own = offices.filter((o) => o.id === me.user.office?.id);
  const allowed = own.length > 0 ? own : offices;
  const field = (path: keyof CaseData) => ({ id: fieldId(path), error: errorAt(path) });
  // Shown when the check says late, and also when the server said so or text is already there.
  const showJustification =
    filing.check?.late === true ||
    errorAt('lateFilingJustification') !== undefined ||
    draft.lateFilingJustification !== '';

  return (
    <fieldset className="case-fieldset">
      <legend>{t('registration.caseData')}</legend>
      <div className="grid">
        <SelectField
          {...field('officeId')}
          label={t('registration.office')}
          value={draft.officeId}
          onValueChange={(officeId) => onChange({ officeId })}
          options={allowed.map((o) => ({ value: o.id, label: `${o.name} (${o.city})` }))}
          required
          className="span-2"
        />
        <TextField
          {...field('entryPlace')}
          label={t('registration.entryPlace')}
          value={draft.entryPlace}
          onValueChange={(entryPlace) => onChange({ entryPlace })}
          className="span-2"
        />
        <DateField
          {...field('entryDate')}
          label={t('registration.entryDate')}
          value={draft.entryDate}
          onValueChange={(entryDate) => onChange({ entryDate })}
          required
        />
        <DateField
          {...field('applicationDate')}
          label={t('registration.applicationDate')}
          value={draft.applicationDate}
          onValueChange={(applicationDate) => onChange({ applicationDate })}
          required
        />
        <FilingWindowNotice filing={filing} />
      </div>
      {showJustification && (
        <TextAreaField
          {...field('lateFilingJustification')}
          label={t('registration.justification')}
          hint={t('registration.justificationHint')}
          value={draft.lateFilingJustification}
          onValueChange={(lateFilingJustification) => onChange({ lateFilingJustification })}
          rows={3}
          required={filing.check?.late === true}
        />
      )}
    </fieldset>
  );
}
