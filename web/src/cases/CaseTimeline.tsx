import { useTranslation } from 'react-i18next';
import type { CaseEventView } from '@refugio/contract';
import { formatDateTime } from '../i18n/dates';
import { useTriageNames } from '../i18n/useTriageNames';
import { eventDetails } from './eventDetails';
import { eventLabel } from './eventLabel';

interface CaseTimelineProps {
  events: CaseEventView[];
  timeZone: string;
  /** Names of the users the case file mentions, by id (events such as an assignment record ids only). */
  users?: ReadonlyMap<string, string>;
}

const noUsers: ReadonlyMap<string, string> = new Map();

/** Every event of the case file, oldest first: who, what, when (on the authority's clock). */
export function CaseTimeline({ events, timeZone, users = noUsers }: CaseTimelineProps) {
  const { t } = useTranslation();
  const triageNames = useTriageNames();
  const context = { track: triageNames.track, user: (id: string) => users.get(id) };
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
              <EventDetails lines={eventDetails(t, event, context)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EventDetails({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="event-details">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
