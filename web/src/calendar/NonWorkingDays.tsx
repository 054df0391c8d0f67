import { useTranslation } from 'react-i18next';
import type { CalendarYearView } from '@refugio/contract';
import { currentLanguage } from '../i18n/i18n';
import { formatDate, weekdayName } from '../i18n/dates';

/** The year's non-working days other than weekends, each reason with its kind, basis and source. */
export function NonWorkingDays({ days, year }: { days: CalendarYearView['days']; year: number }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const shown = days
    .map((day) => ({ ...day, reasons: day.reasons.filter((r) => r.kind !== 'weekend') }))
    .filter((day) => day.reasons.length > 0);

  return (
    <section className="panel" aria-labelledby="calendar-days-title">
      <h2 id="calendar-days-title">{t('calendar.days', { year })}</h2>
      {shown.length === 0 ? (
        <p>{t('calendar.daysEmpty')}</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('calendar.column.date')}</th>
              <th scope="col">{t('calendar.column.reason')}</th>
              <th scope="col">{t('calendar.column.kind')}</th>
              <th scope="col">{t('calendar.column.legalBasis')}</th>
              <th scope="col">{t('calendar.column.source')}</th>
              <th scope="col">{t('calendar.column.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((day) =>
              day.reasons.map((reason, index) => (
                <tr key={`${day.date}-${index}`}>
                  {index === 0 && (
                    <th scope="row" rowSpan={day.reasons.length} className="table__nowrap">
                      {formatDate(day.date)} <span className="muted">{weekdayName(day.date, language)}</span>
                    </th>
                  )}
                  <td>{reason.reason}</td>
                  <td>
                    <span className={reason.kind === 'candidate' ? 'badge badge--warning' : 'badge'}>
                      {t(`calendar.kinds.${reason.kind}`)}
                    </span>
                  </td>
                  <td>{reason.legalBasis}</td>
                  <td className="calendar__source">{reason.source || t('calendar.declaredByAuthority')}</td>
                  <td>{t(`calendar.confidence.${reason.confidence}`)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
