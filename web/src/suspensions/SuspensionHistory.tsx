import { useTranslation } from 'react-i18next';
import type { SuspensionView } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';

/** Every change to a suspension, oldest first, as the server keeps them: nothing is overwritten. */
export function SuspensionHistory({ suspension, id }: { suspension: SuspensionView; id: string }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  return (
    <section
      id={id}
      className="history"
      aria-label={t('suspensions.historyOf', { date: formatDate(suspension.startsOn) })}
    >
      <ol className="history__list">
        {suspension.history.map((change, index) => (
          <li key={`${change.at}-${index}`} className="history__entry">
            <p>
              <strong>{t(`suspensions.historyKinds.${change.kind}`)}</strong> ·{' '}
              <time dateTime={change.at}>{formatDateTime(change.at, profile.timeZone)}</time> ·{' '}
              {change.actor?.name ?? t('detail.system')}
            </p>
            <p>
              {change.endsOn
                ? t('suspensions.historyPeriod', {
                    from: formatDate(change.startsOn),
                    to: formatDate(change.endsOn),
                    legalBasis: change.legalBasis,
                  })
                : t('suspensions.historyPeriodOpen', {
                    from: formatDate(change.startsOn),
                    legalBasis: change.legalBasis,
                  })}
            </p>
            {change.reason && <p className="prewrap">{change.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
