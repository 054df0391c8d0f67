import { useTranslation } from 'react-i18next';
import type { CaseEventView } from '@refugio/contract';
import { formatDateTime } from '../i18n/dates';
import { eventLabel } from './eventLabel';

/** Every event of the case file, oldest first: who, what, when (on the authority's clock). */
export function CaseTimeline({ events, timeZone }: { events: CaseEventView[]; timeZone: string }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p>{t('detail.timelineEmpty')}</p>;
  const ordered = [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">{t('detail.when')}</th>
          <th scope="col">{t('detail.who')}</th>
          <th scope="col">{t('detail.what')}</th>
        </tr>
      </thead>
      <tbody>
        {ordered.map((event) => (
          <tr key={event.id}>
            <td className="table__nowrap">
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, timeZone)}</time>
            </td>
            <td>{event.actor?.name ?? t('detail.system')}</td>
            <td>
              {eventLabel(t, event.type)}
              {typeof event.data.people === 'number' &&
                ` · ${t('detail.peopleCount', { count: event.data.people })}`}
              {event.data.lateFiling === true && (
                <span className="badge badge--warning">{t('cases.late')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
