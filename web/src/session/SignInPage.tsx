import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInInput, TOO_MANY_ATTEMPTS, type Me, type MfaChallenge } from '@refugio/contract';
import { signOut as deleteSession } from '../api/endpoints';
import { MfaEnrolment } from '../account/MfaEnrolment';
import { MfaCodeStep } from './MfaCodeStep';
import { asFailure, type ApiFailure } from '../api/client';
import { issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { Notice } from '../ui/Notice';
import { Progress } from '../ui/Progress';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { useSession } from './SessionContext';
import { useDocumentTitle } from '../app/useDocumentTitle';

export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { signIn, completeSignIn } = useSession();
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
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
        {expired && !failure && !challenge && <Notice tone="info">{t('session.expired')}</Notice>}
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
