import { useTranslation } from 'react-i18next';
import type { TimeLimitId, TimeLimitRuleChangeResult } from '@refugio/contract';
import { getTimeLimitRules } from '../api/timeLimits';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { ClockChangeOutcome } from '../deadlines/ClockChangeOutcome';
import { useClockChange } from '../deadlines/useClockChange';
import { formatDate } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { TimeLimitSection } from './TimeLimitSection';
import './time-limits.css';

/**
 * The procedure's legal time limits, each with its versions: the country profile's, and those the
 * authority recorded (a rule the law leaves unknown, or a reform). Recording or withdrawing one
 * recomputes the running cases' deadlines; the page follows that recomputation.
 */
export function TimeLimitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('timeLimits.title'));
  const rules = useApi('time-limit-rules', getTimeLimitRules);
  const { change, conflict, changed, conflicted } = useClockChange(rules.reload);
  const view = rules.data;

  const saved =
    (kind: 'recorded' | 'withdrawn', limit: TimeLimitId) =>
    ({ rule, recomputation }: TimeLimitRuleChangeResult) =>
      changed(
        t(`timeLimits.saved.${kind}`, {
          limit: t(`deadlines.limits.${limit}`),
          date: rule.effectiveFrom ? formatDate(rule.effectiveFrom) : '',
        }),
        recomputation,
      );

  return (
    <section className="page" aria-labelledby="time-limits-title">
      <h1 id="time-limits-title">{t('timeLimits.title')}</h1>
      <p className="page__intro">{t('timeLimits.intro')}</p>
      <ClockChangeOutcome conflict={conflict ? t('timeLimits.conflict') : null} change={change} />
      {rules.error && <FailureNotice failure={rules.error} onRetry={rules.reload} />}
      {!view && rules.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {view && (
        <div className="time-limits" aria-busy={rules.loading}>
          {view.limits.map((limit) => (
            <TimeLimitSection
              key={limit.id}
              limit={limit}
              canManage={view.canManage}
              onRecorded={saved('recorded', limit.id)}
              onWithdrawn={saved('withdrawn', limit.id)}
              onConflict={conflicted}
            />
          ))}
        </div>
      )}
    </section>
  );
}
