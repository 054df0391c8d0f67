import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { relationships, sexes } from '@refugio/contract';
import { translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { useNames } from '../i18n/useNames';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { fieldId } from '../ui/Field';
import { MultiSelectField } from '../ui/MultiSelectField';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { DocumentsFields } from './DocumentsFields';
import { pathOf, type DependantDraft, type PersonDraft, type Who } from './draft';
import { SpecificNeedsFields } from './SpecificNeedsFields';

interface PersonFieldsetProps {
  who: Who;
  legend: string;
  person: PersonDraft | DependantDraft;
  /** This person's errors only (paths under `principal.` or `dependants.N.`). */
  errors: FieldErrors;
  onChange: (who: Who, patch: Partial<DependantDraft>) => void;
  onRemove?: (who: Who) => void;
  removeLabel?: string;
  /** Focus the first field on mount (a dependant the officer just added). */
  autoFocus?: boolean;
}

/** One person's fields, in a fieldset named after them so every label is unique within it. */
function PersonFieldsetFields(props: PersonFieldsetProps) {
  const { who, legend, person, errors, onRemove, removeLabel, autoFocus } = props;
  const { t } = useTranslation();
  const names = useNames();
  const path = pathOf(who);
  const onChange = (patch: Partial<DependantDraft>) => props.onChange(who, patch);
  const errorAt = (p: string) => (errors[p] ? translateIssue(t, errors[p]) : undefined);
  const at = (field: string) => `${path}.${field}`;
  const common = (field: keyof DependantDraft) => ({ id: fieldId(at(field)), error: errorAt(at(field)) });
  const choose = t('person.choose');

  return (
    <fieldset className="person-fieldset">
      <legend>{legend}</legend>
      {onRemove && (
        <button
          type="button"
          className="button button--quiet person-fieldset__remove"
          onClick={() => onRemove(who)}
        >
          {removeLabel}
        </button>
      )}
      {'relationship' in person && (
        <div className="grid">
          <SelectField
            {...common('relationship')}
            label={t('person.relationship')}
            value={person.relationship}
            onValueChange={(relationship) => onChange({ relationship })}
            options={relationships.map((r) => ({ value: r, label: t(`relationship.${r}`) }))}
            placeholder={choose}
            required
            autoFocus={autoFocus}
            className="span-2"
          />
        </div>
      )}
      <div className="grid">
        <TextField
          {...common('givenNames')}
          label={t('person.givenNames')}
          value={person.givenNames}
          onValueChange={(givenNames) => onChange({ givenNames })}
          required
          autoComplete="off"
        />
        <TextField
          {...common('firstSurname')}
          label={t('person.firstSurname')}
          value={person.firstSurname}
          onValueChange={(firstSurname) => onChange({ firstSurname })}
          required
          autoComplete="off"
        />
        <TextField
          {...common('secondSurname')}
          label={t('person.secondSurname')}
          value={person.secondSurname}
          onValueChange={(secondSurname) => onChange({ secondSurname })}
          autoComplete="off"
        />
        <SelectField
          {...common('sex')}
          label={t('person.sex')}
          value={person.sex}
          onValueChange={(sex) => onChange({ sex })}
          options={sexes.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          placeholder={choose}
          required
        />
        <div className="grid__group">
          <DateField
            {...common('birthDate')}
            label={t('person.birthDate')}
            value={person.birthDate}
            onValueChange={(birthDate) => onChange({ birthDate })}
            required
          />
          <CheckboxField
            id={fieldId(at('birthDateEstimated'))}
            label={t('person.birthDateEstimated')}
            checked={person.birthDateEstimated}
            onCheckedChange={(birthDateEstimated) => onChange({ birthDateEstimated })}
          />
        </div>
        <SelectField
          {...common('countryOfBirth')}
          label={t('person.countryOfBirth')}
          value={person.countryOfBirth}
          onValueChange={(countryOfBirth) => onChange({ countryOfBirth })}
          options={names.countryOptions}
          placeholder={choose}
          required
        />
        <SelectField
          {...common('countryOfOrigin')}
          label={t('person.countryOfOrigin')}
          value={person.countryOfOrigin}
          onValueChange={(countryOfOrigin) => onChange({ countryOfOrigin })}
          options={names.countryOptions}
          placeholder={choose}
          required
        />
        <TextField
          {...common('phone')}
          label={t('person.phone')}
          type="tel"
          value={person.phone}
          onValueChange={(phone) => onChange({ phone })}
          autoComplete="off"
        />
        <MultiSelectField
          {...common('nationalities')}
          label={t('person.nationalities')}
          addLabel={t('person.addNationality')}
          options={names.countryOptions}
          values={person.nationalities}
          onValuesChange={(nationalities) => onChange({ nationalities })}
          nameOf={names.country}
          placeholder={choose}
          className="span-2"
        />
        <div className="grid__group span-2">
          <MultiSelectField
            {...common('languages')}
            label={t('person.languages')}
            addLabel={t('person.addLanguage')}
            options={names.languageOptions}
            values={person.languages}
            onValuesChange={(languages) => onChange({ languages })}
            nameOf={names.spokenLanguage}
            placeholder={choose}
            required
          />
          <CheckboxField
            id={fieldId(at('needsInterpreter'))}
            label={t('person.needsInterpreter')}
            checked={person.needsInterpreter}
            onCheckedChange={(needsInterpreter) => onChange({ needsInterpreter })}
          />
        </div>
        <TextAreaField
          {...common('address')}
          label={t('person.address')}
          value={person.address}
          onValueChange={(address) => onChange({ address })}
          rows={2}
          className="span-2"
        />
        <TextAreaField
          {...common('otherNames')}
          label={t('person.otherNames')}
          hint={t('person.otherNamesHint')}
          value={person.otherNames}
          onValueChange={(otherNames) => onChange({ otherNames })}
          rows={2}
          className="span-2"
        />
      </div>
      <DocumentsFields
        path={at('documents')}
        documents={person.documents}
        onChange={(documents) => onChange({ documents })}
        errorAt={errorAt}
      />
      <SpecificNeedsFields
        path={at('specificNeeds')}
        selected={person.specificNeeds}
        onChange={(specificNeeds) => onChange({ specificNeeds })}
        error={errorAt(at('specificNeeds'))}
      />
    </fieldset>
  );
}

function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => a[k]?.code === b[k]?.code && a[k]?.message === b[k]?.message)
  );
}

/**
 * Re-rendered only when this person, their errors or a callback changes: a family of several people
 * has thousands of form elements, and typing in one person must not redraw the others.
 */
export const PersonFieldset = memo(PersonFieldsetFields, (previous, next) => {
  const { errors: previousErrors, ...previousRest } = previous;
  const { errors: nextErrors, ...nextRest } = next;
  const keys = Object.keys({ ...previousRest, ...nextRest }) as (keyof typeof previousRest)[];
  return keys.every((k) => Object.is(previousRest[k], nextRest[k])) && sameErrors(previousErrors, nextErrors);
});
