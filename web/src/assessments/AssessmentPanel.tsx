import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { getCaseAssessment, startAssessment } from '../api/assessments';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { useMe } from '../session/SessionContext';
import { readsClaim } from '../app/feature-pages';
import type { CasePanelProps } from '../app/feature-pages';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { assessmentPath } from './assessment-paths';

/**
 * The case file's "Evaluación" panel: the assessment's status and readiness, the start button where
 * the user may start it, and the way to the assessment page. Nothing for those who may not read the claim.
 */
export function AssessmentPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi(readsClaim(me) ? `case-assessment:${detail.id}:${detail.version}` : null, (signal) =>
    getCaseAssessment(detail.id, signal),
  );
  const [starting, setStarting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const data = state.data;
  if (!data) return null;
  const a = data.assessment;
  const missing = a?.readiness.missing.length ?? 0;

  const start = () => {
    setStarting(true);
    setOutcome(null);
    startAssessment(detail.id, detail.version).then(
      (result) => {
        setStarting(false);
        onReplace(result.case);
      },
      (error: unknown) => {
        setStarting(false);
        const failure = asFailure(error);
        if (failure.code === 'conflict') {
          setOutcome({ tone: 'error', text: t('assessments.panel.conflict') });
          onReload();
        } else setOutcome({ tone: 'error', text: t(`errors.api.${failure.code}`) });
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="assessment-panel-title">
      <h2 id="assessment-panel-title">{t('assessments.panel.title')}</h2>
      <OutcomeNotice outcome={outcome} />
      {a ? (
        <>
          <p>
            {t('assessments.panel.round', { round: a.round, person: a.person.name })} ·{' '}
            {t(`assessments.status.${a.status}`)}
          </p>
          <p>
            {a.readiness.ready && a.readiness.outcome
              ? t('assessments.panel.ready', {
                  outcome: t(
                    `assessments.choice.outcome.${a.readiness.outcome}` as 'assessments.choice.outcome.rejected',
                  ),
                })
              : t('assessments.panel.missing', { count: missing })}
          </p>
          <p>
            <Link href={assessmentPath(detail.id)}>{t('assessments.panel.open')}</Link>
          </p>
        </>
      ) : (
        <p>{t('assessments.panel.none')}</p>
      )}
      {data.canStart && (
        <button type="button" className="button button--primary" onClick={start} disabled={starting}>
          {starting ? t('app.saving') : t('assessments.panel.start')}
        </button>
      )}
    </section>
  );
}
