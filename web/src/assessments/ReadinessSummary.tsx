import { useTranslation } from 'react-i18next';
import type { AssessmentReadiness } from '@refugio/contract';
import { Notice } from '../ui/Notice';

const sectionOf = (path: string) => path.replace(/^sections\./, '');

/** Whether the assessment is complete for the outcome it proposes, and what each missing section lacks. */
export function ReadinessSummary({ readiness }: { readiness: AssessmentReadiness }) {
  const { t } = useTranslation();
  const outcome = readiness.outcome
    ? t(`assessments.choice.outcome.${readiness.outcome}` as 'assessments.choice.outcome.rejected')
    : '';
  if (readiness.ready && readiness.outcome)
    return (
      <Notice tone="success">
        <p>{t('assessments.readiness.ready', { outcome })}</p>
      </Notice>
    );
  return (
    <Notice tone="warning">
      <p>{t('assessments.readiness.incomplete')}</p>
      <ul>
        {readiness.missing.map((m) => (
          <li key={`${m.path}:${m.code}`}>
            {m.path.startsWith('sections.')
              ? t(`assessments.section.${sectionOf(m.path)}` as 'assessments.section.identity')
              : m.path}
            :{' '}
            {t(`assessments.readiness.code.${m.code}` as 'assessments.readiness.code.incomplete', {
              defaultValue: m.code,
            })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
