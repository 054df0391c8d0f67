import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { assignCase } from '../api/endpoints';
import { issuesFromApi, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  // The officer in charge stays choosable even if no longer among the candidates (e.g. moved office).
  const people =
    officer && !candidates.some((c) => c.id === officer.id) ? [officer, ...candidates] : candidates;
  const unchanged = chosen === current;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setNotice(null);
    setSaving(true);
    const officerId = chosen === '' ? null : chosen;
    assignCase(detail.id, { version: detail.version, officerId }).then(
      (updated) => {
        setSaving(false);
        setErrors({});
        const name = people.find((c) => c.id === officerId)?.name;
        setNotice({
          tone: 'success',
          text: name ? t('assignment.done', { name }) : t('assignment.doneNobody'),
        });
        onReplace(updated);
      },
      (e: unknown) => {
        const f = asFailure(e);
        setSaving(false);
        if (f.code === 'conflict') {
          setNotice({ tone: 'error', text: t('assignment.conflict') });
          return onReload();
        }
        setFailure(f);
        setErrors(issuesFromApi(f.fields));
        setAttempts((n) => n + 1);
      },
    );
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
              setErrors({});
            }}
            options={people.map((c) => ({ value: c.id, label: c.name }))}
            placeholder={t('assignment.nobody')}
            error={errors.officerId ? translateIssue(t, errors.officerId) : undefined}
            className="field--inline"
          />
          <button type="submit" className="button button--secondary" disabled={saving || unchanged}>
            {t('assignment.submit')}
          </button>
        </form>
      )}
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      {notice && (
        <Notice tone={notice.tone}>
          <p>{notice.text}</p>
        </Notice>
      )}
    </div>
  );
}
