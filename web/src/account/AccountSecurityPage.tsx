import { useTranslation } from 'react-i18next';
import { getAccountSecurity, getOwnSignIns } from '../api/account';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Notice } from '../ui/Notice';
import { Progress } from '../ui/Progress';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MfaEnrolment } from './MfaEnrolment';
import { OwnSessions } from './OwnSessions';
import { SignInHistoryTable } from './SignInHistoryTable';
import './account.css';

/** Mi cuenta / Seguridad: password, two-step verification, sign-in history, open sessions. */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.security.title'));
  const { profile } = useReference();
  const security = useApi('account-security', (signal) => getAccountSecurity(signal));
  const history = useApi('own-sign-ins', (signal) => getOwnSignIns(signal));

  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.security.title')}</h1>
      <ChangePasswordForm />
      <section className="panel" aria-labelledby="mfa-section-title">
        <h2 id="mfa-section-title">{t('account.mfa.title')}</h2>
        {security.error && <FailureNotice failure={security.error} onRetry={security.reload} />}
        {security.loading && !security.data && <Progress label={t('app.loading')} />}
        {security.data?.mfaEnabled && (
          <Notice tone="success">{t('account.mfa.on', { count: security.data.recoveryCodesLeft })}</Notice>
        )}
        {security.data && !security.data.mfaEnabled && (
          <>
            <p>{t('account.mfa.off')}</p>
            {security.data.mfaRequired && <Notice tone="warning">{t('account.mfa.required')}</Notice>}
            <MfaEnrolment
              onDone={() => {
                security.reload();
                history.reload();
              }}
            />
          </>
        )}
      </section>
      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t('account.history.title')}</h2>
        {history.error && <FailureNotice failure={history.error} onRetry={history.reload} />}
        {history.data && (
          <SignInHistoryTable
            attempts={history.data.attempts}
            timeZone={profile.timeZone}
            caption={t('account.history.title')}
          />
        )}
      </section>
      <OwnSessions timeZone={profile.timeZone} />
    </section>
  );
}
