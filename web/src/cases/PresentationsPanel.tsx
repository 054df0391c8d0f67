import { useTranslation } from 'react-i18next';
import type { CaseDetail, PresentationView } from '@refugio/contract';
import { formatDate } from '../i18n/dates';
import { Notice } from '../ui/Notice';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { RecordPresentationForm } from './RecordPresentationForm';
import { useCaseChange } from './useCaseChange';

interface PresentationsPanelProps {
  detail: CaseDetail;
  presentation: PresentationView;
  /** Shows the case the server answered after a change. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/**
 * The applicant's periodic presentations (Mexico: the weekly signature): what was recorded, which weeks
 * were missed, and whether the law's abandonment rule applies. The supervisor closes the case, not this.
 */
export function PresentationsPanel({
  detail,
  presentation: p,
  onReplace,
  onReload,
}: PresentationsPanelProps) {
  const { t } = useTranslation();
  const change = useCaseChange(onReplace, onReload);
  const recorded = [...p.recorded].sort((a, b) => b.date.localeCompare(a.date));
  const facts: [string, string][] = [
    [t('presentations.consecutive'), String(p.consecutiveMissed)],
    [
      t('presentations.threshold'),
      p.threshold === null
        ? t('presentations.thresholdUnknownShort')
        : t('presentations.thresholdWeeks', { count: p.threshold }),
    ],
    [t('presentations.noShows'), String(p.noShows)],
  ];

  return (
    <>
      <OutcomeNotice outcome={change.outcome} />
      {p.abandonmentIndicated && (
        <Notice tone="warning">
          <p>{t('presentations.abandonment')}</p>
        </Notice>
      )}
      <p className="muted">{t('presentations.legalBasis', { basis: p.legalBasis })}</p>
      {p.endedBy && <p>{t(`presentations.endedBy.${p.endedBy}`)}</p>}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {p.threshold === null && <p className="presentations__note">{t('presentations.thresholdUnknown')}</p>}
      {p.canRecord && (
        <RecordPresentationForm
          caseId={detail.id}
          version={detail.version}
          onConflict={() => change.conflicted(t('presentations.record.conflict'))}
          onRecorded={(updated, date) =>
            change.done(t('presentations.record.done', { date: formatDate(date) }), updated)
          }
        />
      )}
      <h3 className="panel__subheading">{t('presentations.recorded', { count: recorded.length })}</h3>
      {recorded.length === 0 ? (
        <p className="muted">{t('presentations.recordedNone')}</p>
      ) : (
        <ul className="date-list">
          {recorded.map((r) => (
            <li key={r.date}>
              {r.by
                ? t('presentations.recordedBy', { date: formatDate(r.date), name: r.by.name })
                : formatDate(r.date)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="panel__subheading">{t('presentations.missed', { count: p.missedWeeks.length })}</h3>
      {p.missedWeeks.length === 0 ? (
        <p className="muted">{t('presentations.missedNone')}</p>
      ) : (
        <ul className="date-list">
          {p.missedWeeks.map((monday) => (
            <li key={monday}>{t('presentations.week', { date: formatDate(monday) })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
