import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { assignCase } from '../api/endpoints';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { SelectField } from '../ui/SelectField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useCaseChange } from './useCaseChange';

interface CaseAssignmentProps {
  detail: CaseDetail;
  /** Shows the case the server answered after a change. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/**
 * Who is in charge of the case and, for a user the server lets assign it (it sends candidates), the
 * choice of another officer of the office or nobody.
 */
export function CaseAssignment({ detail, onReplace, onReload }: CaseAssignmentProps) {
  const { t } = useTranslation();
  const { officer, candidates } = detail.assignment;
  const current = officer?.id ?? '';
  const [chosen, setChosen] = useState(current);
  const [seen, setSeen] = useState(current);
  // Someone else changed who is in charge (seen after a reload): start again from who it is now.
  if (current !== seen) {
    setSeen(current);
    setChosen(current);
  }
  const change = useCaseChange(onReplace, onReload);
  const { form, saving, failure, error, send, clearErrors } = useFormSubmission({
    onConflict: () => change.conflicted(t('assignment.conflict')),
  });
  // The officer in charge stays choosable even if no longer among the candidates (e.g. moved office).
  const people =
    officer && !candidates.some((c) => c.id === officer.id) ? [officer, ...candidates] : candidates;
  const unchanged = chosen === current;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.clear();
    const officerId = chosen === '' ? null : chosen;
    send(assignCase(detail.id, { version: detail.version, officerId }), (updated) => {
      const name = people.find((c) => c.id === officerId)?.name;
      change.done(name ? t('assignment.done', { name }) : t('assignment.doneNobody'), updated);
    });
  };

  return (
    <div className="case-assignment">
      <p className="case-assignment__officer">
        {officer ? t('assignment.officer', { name: officer.name }) : t('assignment.unassigned')}
      </p>
      {candidates.length > 0 && (
        <form
          ref={form}
          className="case-assignment__form"
          onSubmit={submit}
          noValidate
          aria-busy={saving}
          aria-label={t('assignment.label')}
        >
          <SelectField
            id="case-assignment-officer"
            label={t('assignment.select')}
            value={chosen}
            onValueChange={(value) => {
              setChosen(value);
              clearErrors();
            }}
            options={people.map((c) => ({ value: c.id, label: c.name }))}
            placeholder={t('assignment.nobody')}
            error={error('officerId')}
            className="field--inline"
          />
          <button type="submit" className="button button--secondary" disabled={saving || unchanged}>
            {t('assignment.submit')}
          </button>
        </form>
      )}
      <FormFailure failure={failure} />
      <OutcomeNotice outcome={change.outcome} />
    </div>
  );
}
