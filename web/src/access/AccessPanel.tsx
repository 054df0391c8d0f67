import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type CaseDetail } from '@refugio/contract';
import type { CasePanelProps } from '../app/feature-pages';
import { useReference } from '../app/ReferenceContext';
import { nameSupervisor, removeSupervisor } from '../api/access';
import { formatDate, formatDateTime } from '../i18n/dates';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { SelectField } from '../ui/SelectField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useCaseChange } from '../cases/useCaseChange';
import { LiftMarkForm } from './LiftMarkForm';
import { MarkSensitiveForm } from './MarkSensitiveForm';

/**
 * Who may see the case: its sensitivity marks (categories only for those the server sends them to),
 * its named supervisors, and the user's own emergency access while it lasts. Those who may mark the
 * case (the server says so) mark it, lift marks and name supervisors here.
 */
export function AccessPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { access } = detail;
  const change = useCaseChange(onReplace, onReload);
  const conflicted = () => change.conflicted(t('access.conflict'));
  const [marking, setMarking] = useState(false);
  const [lifting, setLifting] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');
  const { form, saving, failure, error, send } = useFormSubmission({ onConflict: conflicted });
  const person = (id: string | null) => detail.people.find((p) => p.id === id);

  if (!access.sensitive && !access.breakGlass && !access.canMark && access.supervisors.length === 0)
    return null;

  const done = (text: string) => (updated: CaseDetail) => {
    setMarking(false);
    setLifting(null);
    setChosen('');
    change.done(text, updated);
  };
  const name = (event: FormEvent) => {
    event.preventDefault();
    const user = access.supervisorCandidates.find((u) => u.id === chosen);
    if (!user) return;
    send(
      nameSupervisor(detail.id, { version: detail.version, userId: user.id }),
      done(t('access.name.done', { name: user.name })),
    );
  };
  const remove = (userId: string, userName: string) =>
    send(
      removeSupervisor(detail.id, userId, { version: detail.version }),
      done(t('access.name.removed', { name: userName })),
    );

  return (
    <section className="panel access-panel" aria-labelledby="access-title">
      <h2 id="access-title">
        {t('access.title')}{' '}
        {access.sensitive && <span className="badge badge--danger">{t('access.sensitive')}</span>}
      </h2>
      {access.breakGlass && (
        <Notice tone="warning">
          <p>
            {t('access.breakGlass.active', {
              until: formatDateTime(access.breakGlass.expiresAt, profile.timeZone),
            })}
          </p>
        </Notice>
      )}
      {access.sensitive && <p className="muted">{t('access.sensitiveHint')}</p>}
      {access.marks.length > 0 && (
        <ul className="access-marks">
          {access.marks.map((m) => (
            <li key={m.id}>
              <strong>{m.category ? t(`access.category.${m.category}`) : t('access.sensitive')}</strong> ·{' '}
              {t('access.markedOn', { date: formatDate(m.markedAt.slice(0, 10)) })}
              {m.markedBy && ` ${t('access.markedBy', { name: m.markedBy.name })}`}
              {m.personId && person(m.personId) && (
                <> · {t('access.aboutPerson', { name: fullName(person(m.personId)!) })}</>
              )}
              {access.canMark && lifting !== m.id && (
                <button type="button" className="button button--quiet" onClick={() => setLifting(m.id)}>
                  {t('access.lift.open')}
                </button>
              )}
              {lifting === m.id && (
                <LiftMarkForm
                  detail={detail}
                  markId={m.id}
                  onDone={done(t('access.lift.done'))}
                  onCancel={() => setLifting(null)}
                  onConflict={conflicted}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {(access.sensitive || access.supervisors.length > 0) && (
        <>
          <h3>{t('access.supervisors')}</h3>
          {access.supervisors.length === 0 ? (
            <p className="muted">{t('access.noSupervisors')}</p>
          ) : (
            <ul className="access-supervisors">
              {access.supervisors.map((s) => (
                <li key={s.id}>
                  {s.name}{' '}
                  {access.canMark && (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={saving}
                      onClick={() => remove(s.id, s.name)}
                    >
                      {t('access.name.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {access.canMark && access.supervisorCandidates.length > 0 && (
        <form ref={form} onSubmit={name} noValidate className="access-name" aria-busy={saving}>
          <SelectField
            id="access-supervisor"
            label={t('access.name.select')}
            value={chosen}
            onValueChange={setChosen}
            options={access.supervisorCandidates.map((u) => ({ value: u.id, label: u.name }))}
            placeholder="—"
            error={error('userId')}
            className="field--inline"
          />
          <button type="submit" className="button button--secondary" disabled={saving || chosen === ''}>
            {t('access.name.submit')}
          </button>
        </form>
      )}
      <FormFailure failure={failure} />
      {access.canMark && !marking && (
        <button type="button" className="button button--secondary" onClick={() => setMarking(true)}>
          {t('access.mark.open')}
        </button>
      )}
      {marking && (
        <MarkSensitiveForm
          detail={detail}
          onDone={done(t('access.mark.done'))}
          onCancel={() => setMarking(false)}
          onConflict={conflicted}
        />
      )}
      <OutcomeNotice outcome={change.outcome} />
    </section>
  );
}
