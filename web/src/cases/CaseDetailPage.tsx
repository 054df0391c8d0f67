import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseDetail } from '@refugio/contract';
import { getCase } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { CaseAssignment } from './CaseAssignment';
import { CaseDeadlines } from './CaseDeadlines';
import { ProcedureActions } from './ProcedureActions';
import { CaseTimeline } from './CaseTimeline';
import { FilingWindowSummary } from './FilingWindowSummary';
import { PersonSection } from './PersonSection';
import { PresentationsPanel } from './PresentationsPanel';
import { InterviewsPanel } from '../interviews/InterviewsPanel';
import { AssessmentPanel } from '../assessments/AssessmentPanel';
import { DecisionPanel } from '../decisions/DecisionPanel';
import { AppealPanel } from '../appeals/AppealPanel';
import { TrackPanel } from './TrackPanel';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { SharingPanel } from '../data-protection/SharingPanel';
import { LegalHoldPanel } from '../retention/LegalHoldPanel';
import { AccessPanel } from '../access/AccessPanel';
import { IdentityPanel } from '../identity/IdentityPanel';
import { CaseNotFound } from '../access/CaseNotFound';
import { useDocumentTitle } from '../app/useDocumentTitle';

/** The names of the users the case file mentions, for timeline events that record only ids. */
function usersOf(c: CaseDetail): ReadonlyMap<string, string> {
  const users = [
    c.registeredBy,
    c.assignment.officer,
    ...c.assignment.candidates,
    ...c.events.map((e) => e.actor),
  ].filter((u) => u !== null);
  return new Map(users.map((u) => [u.id, u.name]));
}

export function CaseDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const detail = useApi(`case:${id}`, (signal) => getCase(id, signal));
  useDocumentTitle(detail.data ? t('detail.title', { caseNumber: detail.data.caseNumber }) : undefined);

  if (detail.error?.code === 'not_found') return <CaseNotFound onGranted={detail.reload} />;
  if (detail.error) return <FailureNotice failure={detail.error} onRetry={detail.reload} />;
  const c = detail.data;
  if (!c) return <Progress label={t('app.loading')} className="progress--page" />;

  const facts: [string, string][] = [
    [t('detail.office'), `${c.office.name} (${c.office.city})`],
    [t('detail.entryDate'), formatDate(c.entryDate)],
    [t('detail.entryPlace'), c.entryPlace || t('detail.none')],
    [t('detail.applicationDate'), formatDate(c.applicationDate)],
    [t('detail.registeredAt'), formatDateTime(c.registeredAt, profile.timeZone)],
    [t('detail.registeredBy'), c.registeredBy?.name ?? t('detail.system')],
  ];
  const canPrint = c.actions.includes('print_proof_of_registration');

  return (
    <article className="page" aria-labelledby="case-title">
      <p className="breadcrumb">
        <Link href={paths.cases}>← {t('detail.back')}</Link>
      </p>
      <div className="page__heading">
        <h1 id="case-title">{t('detail.title', { caseNumber: c.caseNumber })}</h1>
        <span className="badge badge--status">{t(`procedure.stages.${c.stage}`)}</span>
        {c.filingWindow.late && <span className="badge badge--warning">{t('cases.late')}</span>}
      </div>
      <CaseAssignment detail={c} onReplace={detail.replace} onReload={detail.reload} />
      <AccessPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
      <div className="detail-grid">
        <div className="detail-grid__column">
          <section className="panel" aria-labelledby="case-data-title">
            <h2 id="case-data-title">{t('detail.caseData')}</h2>
            <dl className="facts">
              {facts.map(([term, value]) => (
                <div key={term} className="facts__row">
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <h3 className="panel__subheading">{t('detail.filingWindow')}</h3>
            <FilingWindowSummary check={c.filingWindow} rule={profile.filingWindow} />
            {c.lateFilingJustification && (
              <>
                <h3 className="panel__subheading">{t('detail.justification')}</h3>
                <p className="prewrap">{c.lateFilingJustification}</p>
              </>
            )}
          </section>
          <section className="panel" aria-labelledby="track-title">
            <h2 id="track-title">{t('triage.title')}</h2>
            <TrackPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          </section>
          {c.presentation && (
            <section className="panel" aria-labelledby="presentations-title">
              <h2 id="presentations-title">{t('presentations.title')}</h2>
              <PresentationsPanel
                detail={c}
                presentation={c.presentation}
                onReplace={detail.replace}
                onReload={detail.reload}
              />
            </section>
          )}
        </div>
        <div className="detail-grid__column">
          <section className="panel" aria-labelledby="procedure-title">
            <h2 id="procedure-title">{t('procedure.title')}</h2>
            <ProcedureActions detail={c} onReplace={detail.replace} onReload={detail.reload} />
          </section>
          {/* The eligibility panels render their own sections, or nothing where they do not apply. */}
          <InterviewsPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <AssessmentPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <DecisionPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <AppealPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <AttachmentsPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <SharingPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <LegalHoldPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <IdentityPanel detail={c} onReplace={detail.replace} onReload={detail.reload} />
          <section className="panel" aria-labelledby="deadlines-title">
            <h2 id="deadlines-title">{t('deadlines.title')}</h2>
            <CaseDeadlines detail={c} onReplace={detail.replace} onReload={detail.reload} />
          </section>
          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('detail.timeline')}</h2>
            <CaseTimeline events={c.events} timeZone={profile.timeZone} users={usersOf(c)} />
          </section>
        </div>
      </div>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('detail.people', { count: c.people.length })}</h2>
        <div className="people">
          {c.people.map((person) => (
            <PersonSection
              restricted={c.access.restricted}
              key={person.id}
              caseId={c.id}
              person={person}
              canPrint={canPrint}
            />
          ))}
        </div>
      </section>
    </article>
  );
}
