import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { CalendarYearQuery } from '@refugio/contract';
import { getCalendar } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ClockChangeOutcome } from '../deadlines/ClockChangeOutcome';
import { useClockChange } from '../deadlines/useClockChange';
import { formatDate } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { DeclareDayForm } from './DeclareDayForm';
import { DeclaredDays } from './DeclaredDays';
import { NonWorkingDays } from './NonWorkingDays';

/** The year in `?year=`, or this year. */
function readYear(search: string, thisYear: number): number {
  const parsed = CalendarYearQuery.shape.year.safeParse(new URLSearchParams(search).get('year') ?? undefined);
  return parsed.success ? parsed.data : thisYear;
}

/** The official calendar of one year: non-working days and their sources, and the authority's declarations. */
export function CalendarPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  useDocumentTitle(t('calendar.title'));
  const thisYear = new Date().getFullYear();
  const year = readYear(search, thisYear);
  const calendar = useApi(`calendar:${year}`, (signal) => getCalendar(year, signal));
  const { change, conflict, changed, conflicted } = useClockChange(calendar.reload);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - 3 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);

  const c = calendar.data;

  return (
    <section className="page" aria-labelledby="calendar-title">
      <div className="page__heading">
        <h1 id="calendar-title">{t('calendar.title')}</h1>
        <SelectField
          id="calendar-year"
          label={t('calendar.year')}
          value={String(year)}
          onValueChange={(value) =>
            navigate(Number(value) === thisYear ? paths.calendar : `${paths.calendar}?year=${value}`)
          }
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          className="field--inline"
        />
      </div>
      <p className="page__intro">{t('calendar.intro')}</p>
      <ClockChangeOutcome conflict={conflict ? t('calendar.conflict') : null} change={change} />
      {calendar.error && <FailureNotice failure={calendar.error} onRetry={calendar.reload} />}
      {!c && calendar.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {c && (
        <div className="calendar" aria-busy={calendar.loading}>
          {c.canDeclare && (
            <section className="panel panel--form" aria-labelledby="declare-title">
              <h2 id="declare-title">{t('calendar.declare.title')}</h2>
              <DeclareDayForm
                onSaved={(result) =>
                  changed(
                    t('calendar.saved.declared', { date: formatDate(result.day.date) }),
                    result.recomputation,
                  )
                }
              />
            </section>
          )}
          <NonWorkingDays days={c.days} year={c.year} />
          <DeclaredDays
            declared={c.declared}
            canDeclare={c.canDeclare}
            onWithdrawn={(result) =>
              changed(
                t('calendar.saved.withdrawn', { date: formatDate(result.day.date) }),
                result.recomputation,
              )
            }
            onConflict={conflicted}
          />
        </div>
      )}
    </section>
  );
}
