import { useTranslation } from 'react-i18next';
import type { DisposalList, LegalHoldList } from '@refugio/contract';
import { formatDate, formatDateTime } from '../i18n/dates';
import { useReference } from '../app/ReferenceContext';
import { usePeriodText } from './SchedulesSection';

/** The tombstones: what was disposed of, when, under which period, by whom (no personal data). */
export function DisposalLog({ log }: { log: DisposalList }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const period = usePeriodText();
  return (
    <section className="panel" aria-labelledby="disposals-title">
      <h2 id="disposals-title">{t('retention.disposals.title')}</h2>
      {log.disposals.length === 0 ? (
        <p className="empty">{t('retention.disposals.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('retention.disposals.disposedAt')}</th>
                <th scope="col">{t('retention.disposals.subject')}</th>
                <th scope="col">{t('retention.disposals.recordType')}</th>
                <th scope="col">{t('retention.disposals.schedule')}</th>
                <th scope="col">{t('retention.disposals.counts')}</th>
                <th scope="col">{t('retention.disposals.by')}</th>
              </tr>
            </thead>
            <tbody>
              {log.disposals.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.disposedAt, profile.timeZone)}</td>
                  <td>{d.caseNumber ?? '—'}</td>
                  <td>{t(`retention.recordTypes.${d.recordType}`)}</td>
                  <td>
                    {period(d.periodMonths)}
                    {d.triggerDate && (
                      <>
                        {' '}
                        ({formatDate(d.triggerDate)} → {formatDate(d.dueOn)})
                      </>
                    )}
                  </td>
                  <td>{Object.values(d.counts).reduce((a, b) => a + b, 0)}</td>
                  <td>{d.disposedBy ?? t('retention.disposals.operator')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The legal holds in force across the authority. */
export function HoldsInForce({ holds }: { holds: LegalHoldList }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  return (
    <section className="panel" aria-labelledby="holds-title">
      <h2 id="holds-title">{t('retention.holds.title')}</h2>
      {holds.holds.length === 0 ? (
        <p className="empty">{t('retention.holds.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('retention.holds.caseNumber')}</th>
                <th scope="col">{t('retention.holds.reason')}</th>
                <th scope="col">{t('retention.holds.note')}</th>
                <th scope="col">{t('retention.holds.placedBy')}</th>
                <th scope="col">{t('retention.holds.placedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {holds.holds.map((h) => (
                <tr key={h.id}>
                  <td>{h.caseNumber}</td>
                  <td>{t(`retention.reasons.${h.reason}`)}</td>
                  <td>{h.note || '—'}</td>
                  <td>{h.placedBy}</td>
                  <td>{formatDateTime(h.placedAt, profile.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
