import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentView } from '@refugio/contract';
import { assessmentPath } from '../assessments/assessment-paths';
import { ReadinessSummary } from '../assessments/ReadinessSummary';

const reasonsOf = (content: Record<string, unknown>) =>
  typeof content.reasons === 'string' ? content.reasons.trim() : '';

/**
 * The assessment the decision's reasons are taken from, beside the draft: whether it is ready for the
 * outcome, the facts accepted and rejected, and the reasons written in each section. Read only: the
 * assessment is corrected on its own page.
 */
export function AssessmentSummary({ assessment }: { assessment: AssessmentView }) {
  const { t } = useTranslation();
  const sections = assessment.sections.filter(
    (s) => s.requirement !== 'hidden' && reasonsOf(s.content) !== '',
  );
  return (
    <section className="panel" aria-labelledby="decision-assessment-title">
      <h2 id="decision-assessment-title">{t('decisions.page.assessment')}</h2>
      <p>
        <Link href={assessmentPath(assessment.caseId)}>{t('decisions.page.openAssessment')}</Link>
      </p>
      <ReadinessSummary readiness={assessment.readiness} />
      <h3 className="panel__subheading">{t('assessments.facts.title')}</h3>
      {assessment.facts.length === 0 ? (
        <p>{t('assessments.facts.none')}</p>
      ) : (
        <ul className="decision-draft__facts">
          {assessment.facts.map((f) => (
            <li key={f.id}>
              <strong>{t(`assessments.facts.${f.finding}`)}:</strong> {f.statement}
              {f.reasons && <div className="muted">{f.reasons}</div>}
            </li>
          ))}
        </ul>
      )}
      {sections.map((s) => (
        <div key={s.id}>
          <h3 className="panel__subheading">{t(`assessments.section.${s.id}`)}</h3>
          <p>{reasonsOf(s.content)}</p>
        </div>
      ))}
    </section>
  );
}
