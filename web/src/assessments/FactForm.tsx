import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MaterialFactInput,
  rejectionGrounds,
  type AssessmentView,
  type MaterialFactView,
} from '@refugio/contract';
import { addFact, changeFact } from '../api/assessments';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';

/** A material fact, new or changed: accepted or rejected, with reasons; an inconsistency must have been put. */
export function FactForm({
  assessmentId,
  fact,
  onSaved,
  onConflict,
  onCancel,
}: {
  assessmentId: string;
  fact?: MaterialFactView;
  onSaved: (view: AssessmentView) => void;
  onConflict: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({
    onConflict,
    fieldPath: (path) => path.replace(/^fact\./, ''),
  });
  const [statement, setStatement] = useState(fact?.statement ?? '');
  const [finding, setFinding] = useState<string>(fact?.finding ?? 'accepted');
  const [reasons, setReasons] = useState(fact?.reasons ?? '');
  const [grounds, setGrounds] = useState<string[]>(fact?.rejectionGrounds ?? []);
  const [put, setPut] = useState(fact?.putToApplicant === true);
  const id = (name: string) => `fact-${fact?.id ?? 'new'}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rejected = finding === 'rejected';
    const parsed = MaterialFactInput.safeParse({
      statement,
      finding,
      reasons,
      rejectionGrounds: rejected ? grounds : [],
      putToApplicant: rejected && grounds.some((g) => g.endsWith('_inconsistency')) ? put : null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    const request = fact
      ? changeFact(assessmentId, fact.id, { version: fact.version, fact: parsed.data })
      : addFact(assessmentId, parsed.data);
    send(request, (view) => {
      if (!fact) {
        setStatement('');
        setReasons('');
        setGrounds([]);
        setPut(false);
      }
      onSaved(view);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextAreaField
        id={id('statement')}
        label={t('assessments.facts.statement')}
        value={statement}
        onValueChange={setStatement}
        error={error('statement')}
        required
      />
      <SelectField
        id={id('finding')}
        label={t('assessments.facts.finding')}
        value={finding}
        onValueChange={setFinding}
        options={[
          { value: 'accepted', label: t('assessments.facts.accepted') },
          { value: 'rejected', label: t('assessments.facts.rejected') },
        ]}
      />
      <TextAreaField
        id={id('reasons')}
        label={t('assessments.facts.reasons')}
        value={reasons}
        onValueChange={setReasons}
        error={error('reasons')}
        required
      />
      {finding === 'rejected' && (
        <fieldset className="fieldset">
          <legend>{t('assessments.facts.rejectionGrounds')}</legend>
          {rejectionGrounds.map((g) => (
            <CheckboxField
              key={g}
              id={id(g)}
              label={t(`assessments.facts.rejection.${g}`)}
              checked={grounds.includes(g)}
              onCheckedChange={(on) => setGrounds(on ? [...grounds, g] : grounds.filter((x) => x !== g))}
            />
          ))}
          {grounds.some((g) => g.endsWith('_inconsistency')) && (
            <>
              <CheckboxField
                id={id('put')}
                label={t('assessments.facts.putToApplicant')}
                checked={put}
                onCheckedChange={setPut}
              />
              <p className={error('putToApplicant') ? 'field__error' : 'field__hint'}>
                {t('assessments.facts.putToApplicantHint')}
              </p>
            </>
          )}
        </fieldset>
      )}
      <FormButtons
        label={fact ? t('assessments.facts.save') : t('assessments.facts.add')}
        saving={saving}
        onCancel={onCancel}
      />
    </form>
  );
}
