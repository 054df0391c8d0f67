import { useTranslation } from 'react-i18next';
import type { SignInAttemptView } from '@refugio/contract';
import { formatDateTime } from '../i18n/dates';

/** Sign-in attempts, newest first, dd/mm/yyyy hh:mm on the authority's clock. */
export function SignInHistoryTable({
  attempts,
  timeZone,
  caption,
}: {
  attempts: readonly SignInAttemptView[];
  timeZone: string;
  caption: string;
}) {
  const { t } = useTranslation();
  if (attempts.length === 0) return <p>{t('account.history.empty')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('account.history.when')}</th>
          <th scope="col">{t('account.history.outcome')}</th>
          <th scope="col">{t('account.history.method')}</th>
          <th scope="col">{t('account.history.address')}</th>
          <th scope="col">{t('account.history.agent')}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.id} className={a.outcome === 'success' ? undefined : 'table__row--warning'}>
            <td className="table__nowrap">
              <time dateTime={a.occurredAt}>{formatDateTime(a.occurredAt, timeZone)}</time>
            </td>
            <td>{t(`account.history.outcomes.${a.outcome}`)}</td>
            <td>{t(`account.history.methods.${a.method}`)}</td>
            <td>{a.clientAddress}</td>
            <td className="table__clip">{a.userAgent}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
