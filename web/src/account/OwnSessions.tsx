import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endOwnSession, getOwnSessions } from '../api/account';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDateTime } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';

/** The user's open sessions, this one marked; any other can be ended. Also says when sessions time out. */
export function OwnSessions({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const list = useApi('own-sessions', (signal) => getOwnSessions(signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const end = (id: string) => {
    setOutcome(null);
    endOwnSession(id).then(
      () => {
        setOutcome({ tone: 'success', text: t('account.sessions.ended') });
        list.reload();
      },
      (error: unknown) => setOutcome({ tone: 'error', text: t(`errors.api.${asFailure(error).code}`) }),
    );
  };
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.sessions.title')}</h2>
      {list.data && (
        <p>
          {t('account.security.timeouts', { idle: list.data.idleMinutes, hours: list.data.absoluteHours })}
        </p>
      )}
      <OutcomeNotice outcome={outcome} />
      {list.error && <FailureNotice failure={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Progress label={t('app.loading')} />}
      {list.data && (
        <table className="table">
          <caption className="visually-hidden">{t('account.sessions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.sessions.started')}</th>
              <th scope="col">{t('account.sessions.lastSeen')}</th>
              <th scope="col">{t('account.history.address')}</th>
              <th scope="col">{t('account.history.agent')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('account.users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.sessions.map((s) => (
              <tr key={s.id}>
                <td className="table__nowrap">{formatDateTime(s.createdAt, timeZone)}</td>
                <td className="table__nowrap">{formatDateTime(s.lastSeenAt, timeZone)}</td>
                <td>{s.clientAddress}</td>
                <td className="table__clip">{s.userAgent}</td>
                <td>
                  {s.current ? (
                    <strong>{t('account.sessions.current')}</strong>
                  ) : (
                    <button type="button" className="button button--secondary" onClick={() => end(s.id)}>
                      {t('account.sessions.end')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
