import { useTranslation } from 'react-i18next';
import type { AgendaView, UnavailabilityView } from '@refugio/contract';
import { formatDate } from '../i18n/dates';
import { AgendaDay, dayHasBookings } from './AgendaDay';
import { lanesOf, type Lens } from './lanes';
import { weekDates } from './week';

/** Monday to Friday, and Saturday or Sunday only when something is booked on it. */
export function AgendaWeek({
  view,
  monday,
  lens,
  busy,
  onRelease,
}: {
  view: AgendaView;
  monday: string;
  lens: Lens;
  busy: boolean;
  onRelease: (block: UnavailabilityView, name: string) => void;
}) {
  const { t } = useTranslation();
  const lanes = lanesOf(view, lens);
  const days = weekDates(monday).filter((day, i) => i < 5 || dayHasBookings(lanes, day));
  // The office's own interviews (an interpreter's elsewhere only show by interpreter).
  const count = view.interviews.filter((i) => i.officeId === view.office.id).length;
  return (
    <div className="agenda-week" aria-busy={busy}>
      <p className="agenda-week__title" aria-live="polite">
        <strong>
          {t('agenda.week', { from: formatDate(days[0]!), to: formatDate(days[days.length - 1]!) })}
        </strong>
        <span className="muted"> · {t('agenda.summary', { count })}</span>
      </p>
      {lanes.length === 0 ? (
        <p className="empty">{t(`agenda.noLanes.${lens}`)}</p>
      ) : (
        days.map((day) => <AgendaDay key={day} day={day} lanes={lanes} lens={lens} onRelease={onRelease} />)
      )}
    </div>
  );
}
