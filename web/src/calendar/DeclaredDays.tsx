import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclaredDayChangeResult, DeclaredDayView } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';
import { WithdrawDayForm } from './WithdrawDayForm';

interface DeclaredDaysProps {
  declared: DeclaredDayView[];
  canDeclare: boolean;
  onWithdrawn: (result: DeclaredDayChangeResult) => void;
  onConflict: () => void;
}

/** The days the authority declared non-working this year, in force or withdrawn, and who declared them. */
export function DeclaredDays({ declared, canDeclare, onWithdrawn, onConflict }: DeclaredDaysProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const columns = canDeclare ? 7 : 6;

  return (
    <section className="panel" aria-labelledby="calendar-declared-title">
      <h2 id="calendar-declared-title">{t('calendar.declared')}</h2>
      {declared.length === 0 ? (
        <p>{t('calendar.declaredEmpty')}</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('calendar.column.date')}</th>
              <th scope="col">{t('calendar.column.reason')}</th>
              <th scope="col">{t('calendar.column.legalBasis')}</th>
              <th scope="col">{t('calendar.column.source')}</th>
              <th scope="col">{t('calendar.column.status')}</th>
              <th scope="col">{t('calendar.column.declaredBy')}</th>
              {canDeclare && <th scope="col">{t('calendar.column.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {declared.map((day) => (
              <DeclaredDayRow
                key={day.id}
                day={day}
                columns={columns}
                canDeclare={canDeclare}
                open={withdrawing === day.id}
                onToggle={() => setWithdrawing(withdrawing === day.id ? null : day.id)}
                onWithdrawn={(result) => {
                  setWithdrawing(null);
                  onWithdrawn(result);
                }}
                onConflict={() => {
                  setWithdrawing(null);
                  onConflict();
                }}
                timeZone={profile.timeZone}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DeclaredDayRow(props: {
  day: DeclaredDayView;
  columns: number;
  canDeclare: boolean;
  open: boolean;
  onToggle: () => void;
  onWithdrawn: (result: DeclaredDayChangeResult) => void;
  onConflict: () => void;
  timeZone: string;
}) {
  const { day, columns, canDeclare, open, onToggle, onWithdrawn, onConflict, timeZone } = props;
  const { t } = useTranslation();
  const formId = `declared-${day.id}-withdraw`;
  return (
    <>
      <tr>
        <th scope="row" className="table__nowrap">
          {formatDate(day.date)}
        </th>
        <td>{day.reason}</td>
        <td>{day.legalBasis}</td>
        <td className="calendar__source">{day.source || t('calendar.declaredByAuthority')}</td>
        <td>
          <span className={day.status === 'in_force' ? 'badge badge--status' : 'badge'}>
            {t(`calendar.statuses.${day.status}`)}
          </span>
          {day.status === 'withdrawn' && day.withdrawnAt && (
            <p className="calendar__withdrawn">
              {t('calendar.withdrawnOn', {
                date: formatDateTime(day.withdrawnAt, timeZone),
                reason: day.withdrawalReason ?? '',
              })}
            </p>
          )}
        </td>
        <td>
          {day.createdBy?.name ?? t('detail.system')}
          <br />
          <span className="muted">{formatDateTime(day.createdAt, timeZone)}</span>
        </td>
        {canDeclare && (
          <td>
            {day.status === 'in_force' && (
              <button
                type="button"
                className={`button ${open ? 'button--primary' : 'button--secondary'}`}
                aria-expanded={open}
                aria-controls={open ? formId : undefined}
                onClick={onToggle}
              >
                {t('calendar.withdraw')}
              </button>
            )}
          </td>
        )}
      </tr>
      {open && (
        <tr className="table__detail" id={formId}>
          <td colSpan={columns}>
            <WithdrawDayForm day={day} onSaved={onWithdrawn} onConflict={onConflict} onCancel={onToggle} />
          </td>
        </tr>
      )}
    </>
  );
}
