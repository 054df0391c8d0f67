import { useTranslation } from 'react-i18next';
import type { FilingWindow, FilingWindowCheck } from '@refugio/contract';
import { formatDate } from '../i18n/dates';

/** The law's rule, as the country profile states it. */
export function FilingWindowRule({ rule }: { rule: FilingWindow }) {
  const { t } = useTranslation();
  switch (rule.status) {
    case 'known':
      return (
        <p className="filing__rule">
          {t('filingWindow.rule', {
            length: rule.length,
            unit: t(`filingWindow.unit.${rule.unit}`),
            basis: rule.legalBasis,
          })}
        </p>
      );
    case 'unknown':
      return <p className="filing__rule">{t('filingWindow.ruleUnknown', { note: rule.note })}</p>;
  }
}

/** Whether an application was in time, and how the days were counted, so no approximation is hidden. */
export function FilingWindowSummary({ check, rule }: { check: FilingWindowCheck; rule: FilingWindow }) {
  const { t } = useTranslation();
  // Applications registered before the calendars counted weekdays only.
  const approximated = check.method === 'weekdays_without_holidays';
  let verdict: string;
  if (check.method === 'unknown' || (!check.late && check.deadline === null))
    verdict = t('filingWindow.unknown');
  else if (check.late)
    verdict = check.deadline
      ? t('filingWindow.late', { deadline: formatDate(check.deadline) })
      : t('filingWindow.lateNoDeadline');
  else verdict = t('filingWindow.inTime', { deadline: formatDate(check.deadline ?? '') });

  return (
    <div className={`filing ${check.late ? 'filing--late' : 'filing--ok'}`}>
      <p className="filing__verdict">
        <strong>{verdict}</strong>
      </p>
      <p className="filing__method">{t(`filingWindow.method.${check.method}`)}</p>
      {approximated && <p className="filing__method">{t('filingWindow.approximation')}</p>}
      <FilingWindowRule rule={rule} />
    </div>
  );
}
