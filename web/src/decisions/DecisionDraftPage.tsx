import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseDecisions, DecisionView } from '@refugio/contract';
import { getCaseAssessment } from '../api/assessments';
import { decisionLetterUrl, draftDecision, getCaseDecisions, saveDecisionDraft } from '../api/decisions';
import { getCase } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { AssessmentSummary } from './AssessmentSummary';
import { DraftDecisionForm } from './DraftDecisionForm';
import { LetterPreview } from './LetterPreview';
import './decisions.css';

/** The round's decision the officer may still write: the last one, while the server offers `edit`. */
const editable = (data: CaseDecisions) => {
  const last = data.decisions.at(-1);
  return last?.actions.includes('edit') ? last : undefined;
};

/**
 * Drafting a decision on its own page (docs/design/eligibility.md §6): room for the outcome, the
 * dependants and the individual explanation; the assessment the reasons come from beside it; and the
 * letter as the model resolution fills it, refreshed with each save (its PDF, marked PROYECTO, opens
 * from a link: the server never lets a document be framed).
 */
export function DecisionDraftPage({ params }: { params: Record<string, string | undefined> }) {
  const caseId = params.id ?? '';
  const { t } = useTranslation();
  useDocumentTitle(t('decisions.page.title'));
  const kase = useApi(`case:${caseId}`, (signal) => getCase(caseId, signal));
  const decisions = useApi(`case-decisions:${caseId}`, (signal) => getCaseDecisions(caseId, signal));
  // The assessment is context: if it cannot be read, the draft is still written.
  const assessment = useApi(`assessment:${caseId}`, (signal) =>
    getCaseAssessment(caseId, signal).catch(() => null),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const data = decisions.data;
  const detail = kase.data;
  const current = data ? editable(data) : undefined;
  const version = current?.versions.find((v) => v.number === current.currentVersion);

  const saved = (text: string, view: DecisionView) => {
    setOutcome({ tone: 'success', text });
    if (data) {
      const others = data.decisions.filter((d) => d.id !== view.id);
      decisions.replace({ decisions: [...others, view].sort((a, b) => a.round - b.round), canDraft: false });
    }
  };
  const conflicted = () => {
    setOutcome({ tone: 'error', text: t('decisions.panel.conflict') });
    decisions.reload();
    kase.reload();
  };
  const failure = kase.error ?? decisions.error;

  return (
    <section className="page decision-draft" aria-labelledby="decision-draft-page-title">
      <p>
        <Link href={paths.case(caseId)}>{t('decisions.page.back')}</Link>
      </p>
      <div className="page__heading">
        <h1 id="decision-draft-page-title">{t('decisions.page.title')}</h1>
      </div>
      {failure && (
        <FailureNotice
          failure={failure}
          onRetry={() => {
            kase.reload();
            decisions.reload();
          }}
        />
      )}
      {(!detail || !data) && !failure && <Progress label={t('app.loading')} className="progress--page" />}
      {detail && data && (
        <>
          <p className="page__intro">
            {t('decisions.page.meta', {
              caseNumber: detail.caseNumber,
              stage: t(`procedure.stages.${detail.stage}`),
            })}
          </p>
          <OutcomeNotice outcome={outcome} />
          <div className="decision-draft__layout">
            <div>
              <section className="panel" aria-labelledby="decision-draft-form-title">
                <h2 id="decision-draft-form-title">
                  {version
                    ? t('decisions.page.editing', { number: version.number })
                    : t('decisions.draft.title')}
                </h2>
                {current && version ? (
                  <DraftDecisionForm
                    // A fresh form for each version (a returned draft's next one starts from its text).
                    key={`${current.id}:${current.version}`}
                    idPrefix="decision-page"
                    people={detail.people}
                    from={version}
                    submitLabel={t('decisions.draft.save')}
                    save={(fields) => saveDecisionDraft(current.id, { ...fields, version: current.version })}
                    onSaved={(view) =>
                      saved(t('decisions.done.saved', { number: view.currentVersion }), view)
                    }
                    onConflict={conflicted}
                  />
                ) : data.canDraft ? (
                  <DraftDecisionForm
                    idPrefix="decision-page"
                    people={detail.people}
                    submitLabel={t('decisions.draft.submit')}
                    save={(fields) => draftDecision(caseId, fields)}
                    onSaved={(view) =>
                      saved(t('decisions.done.drafted', { number: view.currentVersion }), view)
                    }
                    onConflict={conflicted}
                  />
                ) : (
                  <p>{t('decisions.page.nothingToDraft')}</p>
                )}
                <p className="muted">{t('decisions.page.submitFromPanel')}</p>
              </section>
              <section className="panel" aria-labelledby="decision-preview-title">
                <h2 id="decision-preview-title">{t('decisions.page.preview')}</h2>
                {current && version ? (
                  <>
                    <p>
                      <a
                        href={decisionLetterUrl(current.id, version.number)}
                        target="_blank"
                        rel="noreferrer"
                      >
                        {t('decisions.panel.letter', { number: version.number })}
                      </a>
                    </p>
                    {version.letterPreview && <LetterPreview blocks={version.letterPreview} />}
                  </>
                ) : (
                  <p>{t('decisions.page.previewLater')}</p>
                )}
              </section>
            </div>
            <aside>
              {assessment.data?.assessment ? (
                <AssessmentSummary assessment={assessment.data.assessment} />
              ) : (
                assessment.data !== undefined && (
                  <section className="panel">
                    <p>{t('decisions.page.noAssessment')}</p>
                  </section>
                )
              )}
            </aside>
          </div>
        </>
      )}
    </section>
  );
}
