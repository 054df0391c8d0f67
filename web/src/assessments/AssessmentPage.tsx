import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentView } from '@refugio/contract';
import { getCaseAssessment } from '../api/assessments';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Notice } from '../ui/Notice';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { CitationForm } from './CitationForm';
import { CitationList } from './CitationList';
import { FactsEditor } from './FactsEditor';
import { ReadinessSummary } from './ReadinessSummary';
import { SectionForm } from './SectionForm';
import './assessments.css';

/** The eligibility assessment of a case, section by section in the order of the UNHCR form. */
export function AssessmentPage({ params }: { params: Record<string, string | undefined> }) {
  const caseId = params.id ?? '';
  const { t } = useTranslation();
  useDocumentTitle(t('assessments.page.title'));
  const data = useApi(`assessment:${caseId}`, (signal) => getCaseAssessment(caseId, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const a = data.data?.assessment ?? null;

  const saved = (view: AssessmentView) => {
    if (data.data) data.replace({ ...data.data, assessment: view });
    setOutcome({ tone: 'success', text: t('assessments.page.saved') });
  };
  const conflicted = () => {
    setOutcome({ tone: 'error', text: t('assessments.page.conflict') });
    data.reload();
  };
  const editable = a?.actions.includes('edit') ?? false;

  return (
    <section className="page assessment" aria-labelledby="assessment-title">
      <p>
        <Link href={paths.case(caseId)}>{t('assessments.page.back')}</Link>
      </p>
      <div className="page__heading">
        <h1 id="assessment-title">{t('assessments.page.title')}</h1>
      </div>
      {data.error && <FailureNotice failure={data.error} onRetry={data.reload} />}
      {!data.data && data.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {data.data && !a && <p>{t('assessments.panel.none')}</p>}
      {a && (
        <>
          <p className="page__intro">
            {t('assessments.page.meta', {
              caseNumber: a.caseNumber,
              person: a.person.name,
              round: a.round,
              author: a.author.name,
            })}
          </p>
          {!editable && a.status !== 'draft' && (
            <Notice tone="info">
              <p>{t('assessments.page.readOnly', { status: t(`assessments.status.${a.status}`) })}</p>
            </Notice>
          )}
          <ReadinessSummary readiness={a.readiness} />
          <OutcomeNotice outcome={outcome} />
          {a.sections
            .filter((s) => s.requirement !== 'hidden')
            .map((s, index) => (
              <section key={s.id} className="panel assessment__section" aria-labelledby={`section-${s.id}`}>
                <h2 id={`section-${s.id}`}>
                  {index + 1}. {t(`assessments.section.${s.id}`)}{' '}
                  <span className="muted">
                    ({t(`assessments.requirement.${s.requirement === 'required' ? 'required' : 'optional'}`)}
                    {s.complete ? ` · ${t('assessments.complete')}` : ''})
                  </span>
                </h2>
                {s.id === 'material_facts' && (
                  <FactsEditor assessment={a} editable={editable} onSaved={saved} onConflict={conflicted} />
                )}
                <SectionForm
                  key={`${s.id}:${s.version}`}
                  assessment={a}
                  section={s}
                  readOnly={!editable}
                  onSaved={saved}
                  onConflict={conflicted}
                />
                <h3 className="panel__subheading">{t('assessments.citations.title')}</h3>
                <CitationList
                  assessment={a}
                  citations={a.citations.filter((c) => c.section === s.id && c.factId === null)}
                  editable={editable}
                  onSaved={saved}
                  onFailed={conflicted}
                />
                {editable && (
                  <details>
                    <summary>{t('assessments.citations.add')}</summary>
                    <CitationForm assessment={a} section={s.id} onSaved={saved} />
                  </details>
                )}
              </section>
            ))}
        </>
      )}
    </section>
  );
}
