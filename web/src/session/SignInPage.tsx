import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SignInInput,
  SingleSignOnFailure,
  SingleSignOnStep,
  TOO_MANY_ATTEMPTS,
  type Me,
  type MfaChallenge,
} from '@refugio/contract';
import { signOut as deleteSession } from '../api/endpoints';
import { MfaEnrolment } from '../account/MfaEnrolment';
import { MfaCodeStep } from './MfaCodeStep';
import { asFailure, type ApiFailure } from '../api/client';
import { getSingleSignOnStatus, singleSignOnStartUrl } from '../api/singleSignOn';
import { useApi } from '../api/useApi';
import { issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { Notice } from '../ui/Notice';
import { Progress } from '../ui/Progress';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useSession } from './SessionContext';
import { useDocumentTitle } from '../app/useDocumentTitle';

/** What the single sign-on callback said in the address (`?sso_error=…` or `?sso_step=…`), checked. */
function singleSignOnReturn(): { failure?: SingleSignOnFailure; step?: SingleSignOnStep } {
  const query = new URLSearchParams(window.location.search);
  const failure = SingleSignOnFailure.safeParse(query.get('sso_error'));
  const step = SingleSignOnStep.safeParse(query.get('sso_step'));
  return { failure: failure.success ? failure.data : undefined, step: step.success ? step.data : undefined };
}

export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { signIn, completeSignIn } = useSession();
  const [ssoReturn] = useState(singleSignOnReturn);
  const [ssoFailure, setSsoFailure] = useState(ssoReturn.failure);
  const sso = useApi('sso-status', (signal) => getSingleSignOnStatus(signal));
  const [challenge, setChallenge] = useState<MfaChallenge | null>(
    ssoReturn.step ? { mfaRequired: true, step: ssoReturn.step } : null,
  );
  // The callback's answer is read once; a reload or a bookmark must not show it again.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has('sso_error') && !url.searchParams.has('sso_step')) return;
    url.searchParams.delete('sso_error');
    url.searchParams.delete('sso_step');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }, []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  useDocumentTitle(t('session.title'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSsoFailure(undefined);
    const parsed = SignInInput.safeParse({ email, password });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSubmitting(true);
    signIn(parsed.data).then(
      (next) => {
        setPassword('');
        setSubmitting(false);
        setChallenge(next);
      },
      (error: unknown) => {
        setFailure(asFailure(error));
        // A rejected password is not left on screen for the next try.
        setPassword('');
        setSubmitting(false);
      },
    );
  };

  const signedIn = (me: Me | undefined) => {
    if (me) completeSignIn?.(me);
  };
  /** Back to the password: the pending session is signed out (it would expire in minutes anyway). */
  const restart = (why?: ApiFailure) => {
    setChallenge(null);
    setSsoFailure(undefined);
    setFailure(why ?? null);
    void deleteSession().catch(() => undefined);
  };
  const locked = failure?.fields.some((f) => f.code === TOO_MANY_ATTEMPTS) ?? false;

  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);

  return (
    <div className="sign-in">
      <div className="sign-in__language">
        <LanguageToggle />
      </div>
      <main className="sign-in__card" id="main">
        <p className="sign-in__product">{t('app.name')}</p>
        <h1>{t('session.title')}</h1>
        <p className="sign-in__intro">{t('session.intro')}</p>
        {expired && !failure && !ssoFailure && !challenge && (
          <Notice tone="info">{t('session.expired')}</Notice>
        )}
        {ssoFailure && !failure && <Notice tone="error">{t(`singleSignOn.failures.${ssoFailure}`)}</Notice>}
        {challenge && ssoReturn.step && <p>{t('singleSignOn.stepIntro')}</p>}
        {failure && (
          <Notice tone="error">
            {locked ? t('account.signIn.tooManyAttempts') : t(`errors.api.${failure.code}`)}
          </Notice>
        )}
        {challenge?.step === 'code' && <MfaCodeStep onSignedIn={signedIn} onCancel={restart} />}
        {challenge?.step === 'enrolment' && (
          <section aria-labelledby="enrol-title">
            <h2 id="enrol-title">{t('account.signIn.enrolTitle')}</h2>
            <p>{t('account.signIn.enrolIntro')}</p>
            <MfaEnrolment onDone={signedIn} />
          </section>
        )}
        {!challenge && sso.data?.enabled && sso.data.label && (
          <div>
            <a className="button button--secondary button--wide" href={singleSignOnStartUrl}>
              {t('singleSignOn.button', { label: sso.data.label })}
            </a>
            <p className="sign-in__intro">{t('singleSignOn.or')}</p>
          </div>
        )}
        {!challenge && (
          <form ref={form} onSubmit={submit} noValidate>
            <TextField
              id="sign-in-email"
              label={t('session.email')}
              type="email"
              autoComplete="username"
              value={email}
              onValueChange={setEmail}
              error={error('email')}
              required
            />
            <TextField
              id="sign-in-password"
              label={t('session.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onValueChange={setPassword}
              error={error('password')}
              required
            />
            <button type="submit" className="button button--primary button--wide" disabled={submitting}>
              {submitting ? t('session.submitting') : t('session.submit')}
            </button>
            {submitting && <Progress label={t('session.submitting')} className="visually-hidden" />}
          </form>
        )}
      </main>
    </div>
  );
}
