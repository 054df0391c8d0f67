import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeLimitRuleChangeResult, TimeLimitVersionView } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { unitCount } from '../deadlines/deadlineText';
import { formatDate, formatDateTime } from '../i18n/dates';
import { byEffectiveDate } from './versions';
import { WithdrawTimeLimitForm } from './WithdrawTimeLimitForm';

const columns = [
  'origin',
  'effectiveFrom',
  'length',
  'whose',
  'legalBasis',
  'source',
  'extension',
  'note',
] as const;

interface TimeLimitVersionsProps {
  /** The heading that names the table. */
  labelledBy: string;
  versions: TimeLimitVersionView[];
  canManage: boolean;
  onWithdrawn: (result: TimeLimitRuleChangeResult) => void;
  onConflict: () => void;
}

/** A time limit's versions, oldest first: the profile's and the authority's, unknown and withdrawn ones too. */
export function TimeLimitVersions({
  labelledBy,
  versions,
  canManage,
  onWithdrawn,
  onConflict,
}: TimeLimitVersionsProps) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const close = () => setWithdrawing(null);
  return (
    <div className="table-wrap">
      <table className="table table--compact time-limits__table" aria-labelledby={labelledBy}>
        {/* The same widths in every limit's table, so the panels line up down the page. */}
        <colgroup>
          {(canManage ? [...columns, 'actions' as const] : columns).map((column) => (
            <col key={column} className={`time-limits__col--${column}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {t(`timeLimits.column.${column}`)}
              </th>
            ))}
            {canManage && <th scope="col">{t('timeLimits.column.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {byEffectiveDate(versions).map((version, index) => (
            <VersionRow
              key={version.id ?? `profile-${index}`}
              version={version}
              canManage={canManage}
              open={version.id !== null && withdrawing === version.id}
              onToggle={() => setWithdrawing(withdrawing === version.id ? null : version.id)}
              onWithdrawn={(result) => {
                close();
                onWithdrawn(result);
              }}
              onConflict={() => {
                close();
                onConflict();
              }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface VersionRowProps {
  version: TimeLimitVersionView;
  canManage: boolean;
  open: boolean;
  onToggle: () => void;
  onWithdrawn: (result: TimeLimitRuleChangeResult) => void;
  onConflict: () => void;
}

function VersionRow({ version: v, canManage, open, onToggle, onWithdrawn, onConflict }: VersionRowProps) {
  const { t } = useTranslation();
  const span = canManage ? columns.length + 1 : columns.length;
  const formId = `time-limit-${v.id ?? 'profile'}-withdraw`;
  const rule =
    v.status === 'unknown' ? (
      <td colSpan={span - 1}>
        <span className="badge badge--warning">{t('timeLimits.unknown')}</span>
        {v.note && <p className="time-limits__note">{v.note}</p>}
      </td>
    ) : (
      <>
        <td className="table__nowrap">
          {v.effectiveFrom ? formatDate(v.effectiveFrom) : t('timeLimits.unknownDate')}
        </td>
        <td>
          {v.unit && v.length !== null && unitCount(t, v.unit, v.length)}
          {v.startsOn && v.metBy && (
            <p className="time-limits__events">
              {t('timeLimits.events', {
                from: t(`timeLimits.procedureEvents.${v.startsOn}`),
                to: t(`timeLimits.procedureEvents.${v.metBy}`),
              })}
            </p>
          )}
        </td>
        <td>{v.whose && t(`timeLimits.whose.${v.whose}`)}</td>
        <td>{v.legalBasis}</td>
        <td className="time-limits__source">{v.source}</td>
        <td>{v.extendable ? t('app.yes') : t('app.no')}</td>
        <td className="time-limits__note">{v.note}</td>
        {canManage && (
          <td>
            {v.origin === 'authority' && v.status === 'known' && (
              <button
                type="button"
                className={`button ${open ? 'button--primary' : 'button--secondary'}`}
                aria-expanded={open}
                aria-controls={open ? formId : undefined}
                onClick={onToggle}
              >
                {t('timeLimits.withdraw.open')}
              </button>
            )}
          </td>
        )}
      </>
    );
  return (
    <>
      <tr className={v.status === 'withdrawn' ? 'time-limits__row--withdrawn' : undefined}>
        <th scope="row">
          <Origin version={v} />
        </th>
        {rule}
      </tr>
      {open && v.id && (
        <tr className="table__detail" id={formId}>
          <td colSpan={span}>
            <WithdrawTimeLimitForm
              version={{ id: v.id, effectiveFrom: v.effectiveFrom ?? '' }}
              onSaved={onWithdrawn}
              onConflict={onConflict}
              onCancel={onToggle}
            />
          </td>
        </tr>
      )}
    </>
  );
}

/** Where the version comes from; who recorded it and when; whether and why it was withdrawn. */
function Origin({ version: v }: { version: TimeLimitVersionView }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  return (
    <>
      {t(`timeLimits.origins.${v.origin}`)}
      {v.recordedAt && (
        <span className="time-limits__by">
          {t('timeLimits.recordedBy', {
            name: v.recordedBy?.name ?? t('detail.system'),
            date: formatDateTime(v.recordedAt, profile.timeZone),
          })}
        </span>
      )}
      {v.status === 'withdrawn' && (
        <span className="time-limits__by time-limits__by--withdrawn">
          {v.withdrawnAt
            ? t('timeLimits.withdrawnOn', {
                date: formatDateTime(v.withdrawnAt, profile.timeZone),
                reason: v.withdrawalReason ?? '',
              })
            : t('timeLimits.withdrawn')}
        </span>
      )}
    </>
  );
}
