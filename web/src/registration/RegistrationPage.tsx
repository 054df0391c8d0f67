import { Fragment, useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn, type RegisteredCase } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { registerApplication } from '../api/endpoints';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { can, useMe } from '../session/SessionContext';
import { Notice } from '../ui/Notice';
import { Progress } from '../ui/Progress';
import { CaseDataFields } from './CaseDataFields';
import {
  emptyDependant,
  newDraft,
  pathOf,
  type DependantDraft,
  type RegistrationDraft,
  type Who,
} from './draft';
import { ErrorSummary } from './ErrorSummary';
import { PersonFieldset } from './PersonFieldset';
import { RegistrationSuccess } from './RegistrationSuccess';
import { TriageIndicatorsFields } from './TriageIndicatorsFields';
import { useFilingWindow } from './useFilingWindow';
import { serverErrors as fromServer, validateRegistration } from './validateRegistration';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { IdentityCandidates } from '../identity/IdentityCandidates';
import { useIdentityDecisions } from '../identity/useIdentityDecisions';

/** Drops the server's errors for the fields just edited; the rest stay until fixed or resubmitted. */
function without(errors: FieldErrors, prefix: string, fields: string[]): FieldErrors {
  const stale = fields.map((f) => (prefix ? `${prefix}.${f}` : f));
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => !stale.some((s) => path === s || path.startsWith(`${s}.`))),
  );
}

const personName = (p: { givenNames: string; firstSurname: string }, fallback: string) =>
  [p.givenNames, p.firstSurname]
    .map((n) => n.trim())
    .filter(Boolean)
    .join(' ') || fallback;

export function RegistrationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { profile, offices } = useReference();
  const defaultOffice = offices.find((o) => o.id === me.user.office?.id)?.id ?? offices[0]?.id ?? '';
  const fresh = () => newDraft(defaultOffice, todayIn(profile.timeZone));
  const [draft, setDraft] = useState<RegistrationDraft>(fresh);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const [registered, setRegistered] = useState<RegisteredCase | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [addedDependant, setAddedDependant] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const addDependantButton = useRef<HTMLButtonElement>(null);
  const filing = useFilingWindow(draft.entryDate, draft.applicationDate);
  const identity = useIdentityDecisions();
  const identityNotice = useRef<HTMLDivElement>(null);
  useDocumentTitle(registered ? t('registration.success.title') : t('registration.title'));

  // After a failed submit: the first invalid field, or the summary when the field is not on screen.
  useEffect(() => {
    if (focusRequest === 0) return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>('.error-summary');
    target?.focus();
  }, [focusRequest]);

  const changePerson = useCallback((who: Who, patch: Partial<DependantDraft>) => {
    setDraft((d) =>
      who === 'principal'
        ? { ...d, principal: { ...d.principal, ...patch } }
        : { ...d, dependants: d.dependants.map((p, i) => (i === who ? { ...p, ...patch } : p)) },
    );
    setServerErrors((e) => without(e, pathOf(who), Object.keys(patch)));
  }, []);
  const removeDependant = useCallback((who: Who) => {
    setDraft((d) => ({ ...d, dependants: d.dependants.filter((_, i) => i !== who) }));
    setServerErrors((e) => without(e, '', ['dependants']));
    // The removed fieldset took the focus with it; keep the keyboard user near where they were.
    addDependantButton.current?.focus();
  }, []);

  if (!can(me, 'case.register')) return <Notice tone="error">{t('registration.noPermission')}</Notice>;
  if (registered) {
    return (
      <RegistrationSuccess
        registered={registered}
        onAnother={() => {
          setDraft(fresh());
          identity.reset();
          setAttempted(false);
          setServerErrors({});
          setRegistered(null);
        }}
      />
    );
  }

  // Once the officer has tried to submit, errors follow their corrections live.
  const errors: FieldErrors = attempted
    ? { ...validateRegistration(draft, filing.check).errors, ...serverErrors }
    : serverErrors;
  const errorAt = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);

  const changeCase = (patch: Partial<RegistrationDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors((e) => without(e, '', Object.keys(patch)));
  };
  const addDependant = () => {
    const dependant = emptyDependant();
    setAddedDependant(dependant.key);
    setDraft((d) => ({ ...d, dependants: [...d.dependants, dependant] }));
  };
  const errorsOf = (who: Who) => {
    const prefix = `${pathOf(who)}.`;
    return Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(prefix)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    setServerErrors({});
    const validation = validateRegistration(draft, filing.check);
    if (!validation.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    const people = [draft.principal, ...draft.dependants];
    const undecided = identity.firstUndecided(people);
    if (undecided) {
      identity.setProblem(
        t('identity.candidates.undecided', {
          name: [undecided.person.givenNames, undecided.person.firstSurname].join(' '),
          caseNumber: undecided.candidate.caseNumber,
        }),
      );
      setTimeout(() => identityNotice.current?.focus(), 0);
      return;
    }
    identity.setProblem(null);
    setSaving(true);
    registerApplication({ ...validation.input, identityChecks: identity.checksOf(people) })
      .then(setRegistered, (error: unknown) => {
        const f = asFailure(error);
        if (f.code === 'validation_failed' && f.fields.length > 0) {
          setServerErrors(fromServer(f.fields));
          setFocusRequest((n) => n + 1);
        } else {
          setFailure(f);
        }
      })
      .finally(() => setSaving(false));
  };

  return (
    <section className="page" aria-labelledby="register-title">
      <h1 id="register-title">{t('registration.title')}</h1>
      <p className="page__intro">{t('registration.intro')}</p>
      <form ref={form} onSubmit={submit} noValidate className="registration" aria-busy={saving}>
        <ErrorSummary errors={errors} />
        <CaseDataFields draft={draft} onChange={changeCase} errorAt={errorAt} filing={filing} />
        <TriageIndicatorsFields
          selected={draft.triageIndicators}
          onChange={(triageIndicators) => changeCase({ triageIndicators })}
          error={errorAt('triageIndicators')}
        />
        <PersonFieldset
          who="principal"
          legend={t('registration.principal')}
          person={draft.principal}
          errors={errorsOf('principal')}
          onChange={changePerson}
        />
        <IdentityCandidates
          person={draft.principal}
          name={personName(draft.principal, t('registration.principal'))}
          decisions={identity.decisionsOf(draft.principal.key)}
          onDecide={(id, decision) => identity.decide(draft.principal.key, id, decision)}
          onCandidates={identity.candidatesReporter(draft.principal.key)}
        />
        {draft.dependants.map((dependant, index) => (
          <Fragment key={dependant.key}>
            <PersonFieldset
              key={dependant.key}
              who={index}
              legend={t('registration.dependant', { n: index + 1 })}
              person={dependant}
              errors={errorsOf(index)}
              onChange={changePerson}
              onRemove={removeDependant}
              removeLabel={t('registration.removeDependant', { n: index + 1 })}
              autoFocus={dependant.key === addedDependant}
            />
            <IdentityCandidates
              person={dependant}
              name={personName(dependant, t('registration.dependant', { n: index + 1 }))}
              decisions={identity.decisionsOf(dependant.key)}
              onDecide={(id, decision) => identity.decide(dependant.key, id, decision)}
              onCandidates={identity.candidatesReporter(dependant.key)}
            />
          </Fragment>
        ))}
        <div className="form-actions">
          <button
            ref={addDependantButton}
            type="button"
            className="button button--secondary"
            onClick={addDependant}
          >
            <span aria-hidden="true">+ </span>
            {t('registration.addDependant')}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('registration.submit')}
          </button>
          {saving && <Progress label={t('registration.saving')} />}
        </div>
        {identity.problem && (
          <div ref={identityNotice} tabIndex={-1}>
            <Notice tone="error">{identity.problem}</Notice>
          </div>
        )}
        {failure && <FailureNotice failure={failure} />}
      </form>
    </section>
  );
}
