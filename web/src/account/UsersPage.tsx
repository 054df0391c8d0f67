import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUserView } from '@refugio/contract';
import { endUserSessions, getUserSignIns, listUsers, resetUserMfa, unlockUser } from '../api/account';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { getExternalIdentities, getSingleSignOnStatus, unlinkExternalIdentities } from '../api/singleSignOn';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDateTime } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { MfaPolicyForm } from './MfaPolicyForm';
import { SignInHistoryTable } from './SignInHistoryTable';
import './account.css';

/** Usuarios (administrators): accounts with MFA, locks, last sign-in, sessions; the MFA policy. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.users.title'));
  const { profile } = useReference();
  const list = useApi('admin-users', (signal) => listUsers(signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [historyOf, setHistoryOf] = useState<AdminUserView | null>(null);
  const history = useApi(historyOf ? `sign-ins-${historyOf.id}` : null, (signal) =>
    getUserSignIns(historyOf!.id, signal),
  );
  const when = (iso: string) => formatDateTime(iso, profile.timeZone);
  // Single sign-on: who is linked to the provider (a column only where the provider is or was in use).
  const sso = useApi('sso-status', (signal) => getSingleSignOnStatus(signal));
  const identities = useApi('external-identities', (signal) => getExternalIdentities(signal));
  const linkOf = new Map((identities.data?.identities ?? []).map((i) => [i.userId, i]));
  const showLinks = sso.data?.enabled === true || linkOf.size > 0;

  const act = (action: Promise<string>) => {
    setOutcome(null);
    action.then(
      (text) => {
        setOutcome({ tone: 'success', text });
        list.reload();
      },
      (error: unknown) => setOutcome({ tone: 'error', text: t(`errors.api.${asFailure(error).code}`) }),
    );
  };
  const unlock = (u: AdminUserView) =>
    act(unlockUser(u.id).then(() => t('account.users.unlocked', { name: u.name })));
  const resetMfa = (u: AdminUserView) => {
    if (!window.confirm(t('account.users.confirmResetMfa', { name: u.name }))) return;
    act(resetUserMfa(u.id).then(() => t('account.users.mfaReset', { name: u.name })));
  };
  const endSessions = (u: AdminUserView) => {
    if (!window.confirm(t('account.users.confirmEndSessions', { name: u.name }))) return;
    act(
      endUserSessions(u.id).then(({ ended }) =>
        t('account.users.sessionsEnded', { count: ended, name: u.name }),
      ),
    );
  };

  const unlink = (u: AdminUserView) => {
    if (!window.confirm(t('singleSignOn.admin.confirm', { name: u.name }))) return;
    act(
      unlinkExternalIdentities(u.id).then(() => {
        identities.reload();
        return t('singleSignOn.admin.unlinked', { name: u.name });
      }),
    );
  };

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t('account.users.title')}</h1>
      <OutcomeNotice outcome={outcome} />
      {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Progress label={t('app.loading')} />}
      {list.data && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('account.users.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.users.name')}</th>
                <th scope="col">{t('account.users.role')}</th>
                <th scope="col">{t('account.users.office')}</th>
                <th scope="col">{t('account.users.mfa')}</th>
                <th scope="col">{t('account.users.lock')}</th>
                <th scope="col">{t('account.users.lastSignIn')}</th>
                <th scope="col">{t('account.users.sessions')}</th>
                {showLinks && <th scope="col">{t('singleSignOn.admin.column')}</th>}
                <th scope="col">{t('account.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.name}
                    <br />
                    <small>{u.email}</small>
                  </th>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>{u.office ?? '—'}</td>
                  <td>{u.mfaEnabled ? t('account.users.yes') : t('account.users.no')}</td>
                  <td>
                    {u.lockedUntil
                      ? t('account.users.lockedUntil', { date: when(u.lockedUntil) })
                      : t('account.users.notLocked')}
                  </td>
                  <td className="table__nowrap">
                    {u.lastSignInAt ? when(u.lastSignInAt) : t('account.users.never')}
                  </td>
                  <td>{u.activeSessions}</td>
                  {showLinks && (
                    <td>
                      {linkOf.has(u.id) ? (
                        <>
                          {t('singleSignOn.admin.linked')}{' '}
                          <small>{t(`singleSignOn.admin.linkedBy.${linkOf.get(u.id)!.linkedBy}`)}</small>{' '}
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-label={t('singleSignOn.admin.unlinkLabel', { name: u.name })}
                            onClick={() => unlink(u)}
                          >
                            {t('singleSignOn.admin.unlink')}
                          </button>
                        </>
                      ) : (
                        t('singleSignOn.admin.notLinked')
                      )}
                    </td>
                  )}
                  <td>
                    <div className="button-row">
                      {u.lockedUntil && (
                        <button type="button" className="button button--secondary" onClick={() => unlock(u)}>
                          {t('account.users.unlock')}
                        </button>
                      )}
                      {u.mfaEnabled && (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => resetMfa(u)}
                        >
                          {t('account.users.resetMfa')}
                        </button>
                      )}
                      {u.activeSessions > 0 && (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => endSessions(u)}
                        >
                          {t('account.users.endSessions')}
                        </button>
                      )}
                      <button type="button" className="button button--quiet" onClick={() => setHistoryOf(u)}>
                        {t('account.users.history')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {historyOf && (
        <section className="panel" aria-labelledby="user-history-title">
          <div className="page__heading">
            <h2 id="user-history-title">{t('account.users.historyOf', { name: historyOf.name })}</h2>
            <button type="button" className="button button--quiet" onClick={() => setHistoryOf(null)}>
              {t('account.users.close')}
            </button>
          </div>
          {history.error && <FailureNotice failure={history.error} onRetry={history.reload} />}
          {history.data && (
            <SignInHistoryTable
              attempts={history.data.attempts}
              timeZone={profile.timeZone}
              caption={t('account.users.historyOf', { name: historyOf.name })}
            />
          )}
        </section>
      )}
      <MfaPolicyForm />
    </section>
  );
}
