import { useTranslation } from 'react-i18next';
import type { AppealView } from '@refugio/contract';
import { formatDate } from '../i18n/dates';

/** One appeal on the case file: as filed, and the second instance's decision once taken. */
export function AppealRecord({ appeal }: { appeal: AppealView }) {
  const { t } = useTranslation();
  const facts: [string, string][] = [
    [t('appeals.facts.filedOn'), formatDate(appeal.filedOn)],
    [t('appeals.facts.timeliness'), t(`appeals.timeliness.${appeal.timeliness}`)],
  ];
  if (appeal.dueOn) facts.push([t('appeals.facts.dueOn'), formatDate(appeal.dueOn)]);
  if (appeal.receivedBy) facts.push([t('appeals.facts.receivedBy'), appeal.receivedBy.name]);
  if (appeal.representative) facts.push([t('appeals.facts.representative'), appeal.representative]);
  if (appeal.outcome) facts.push([t('appeals.facts.outcome'), t(`procedure.outcomes.${appeal.outcome}`)]);
  if (appeal.decidedOn) facts.push([t('appeals.facts.decidedOn'), formatDate(appeal.decidedOn)]);
  if (appeal.decidedBy) facts.push([t('appeals.facts.decidedBy'), appeal.decidedBy.name]);
  const { withdrawal } = appeal;
  if (withdrawal) {
    facts.push([t('appeals.facts.withdrawnOn'), formatDate(withdrawal.receivedOn)]);
    facts.push([t('appeals.facts.withdrawalMethod'), t(`appeals.withdrawalMethods.${withdrawal.method}`)]);
    if (withdrawal.recordedBy)
      facts.push([t('appeals.facts.withdrawalRecordedBy'), withdrawal.recordedBy.name]);
  }
  const texts: [string, string][] = [
    [t('appeals.facts.lateReason'), appeal.lateReason],
    [t('appeals.facts.grounds'), appeal.grounds],
    [t('appeals.facts.reasons'), appeal.reasons],
    [t('appeals.facts.withdrawalNote'), withdrawal?.note ?? ''],
  ];

  return (
    <article className="appeal" aria-label={t(`appeals.status.${appeal.status}`)}>
      <p>
        <span className={appeal.timeliness === 'late' ? 'badge badge--warning' : 'badge'}>
          {t(`appeals.timeliness.${appeal.timeliness}`)}
        </span>{' '}
        <span className="badge badge--status">{t(`appeals.status.${appeal.status}`)}</span>
      </p>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {withdrawal && <p className="muted">{t('appeals.withdrawnEffect')}</p>}
      {texts
        .filter(([, text]) => text !== '')
        .map(([heading, text]) => (
          <div key={heading}>
            <h3 className="panel__subheading">{heading}</h3>
            <p className="prewrap">{text}</p>
          </div>
        ))}
    </article>
  );
}
