import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@refugio/contract';
import { formatDateTime } from '../i18n/dates';

/** The entries found, newest first; details as the compact JSON the server keeps (ids and codes). */
export function AuditEntryTable({ entries, timeZone }: { entries: AuditEntryView[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('audit.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.table.time')}</th>
            <th scope="col">{t('audit.table.user')}</th>
            <th scope="col">{t('audit.table.action')}</th>
            <th scope="col">{t('audit.table.caseNumber')}</th>
            <th scope="col">{t('audit.table.address')}</th>
            <th scope="col">{t('audit.table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="table__nowrap">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, timeZone)}</time>
              </td>
              <td>{entry.user ? `${entry.user.name} (${entry.user.email})` : t('audit.table.system')}</td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td className="table__nowrap">{entry.caseNumber ?? ''}</td>
              <td>{entry.clientAddress}</td>
              <td>
                <code className="audit-details">{JSON.stringify(entry.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
