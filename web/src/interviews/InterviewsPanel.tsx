import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePanelProps } from '../app/feature-pages';
import { listCaseInterviews } from '../api/interviews';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDate } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { InterviewItem } from './InterviewItem';
import { ScheduleInterviewForm } from './ScheduleInterviewForm';

/** The case file's interviews: each with its status and actions, and the form that books one. */
export function InterviewsPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t } = useTranslation();
  const interviews = useApi(`interviews:${detail.id}`, (signal) => listCaseInterviews(detail.id, signal));
  const [scheduling, setScheduling] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = interviews.data;

  const conflicted = () => {
    setScheduling(false);
    setOutcome({ tone: 'error', text: t('interviews.panel.conflict') });
    interviews.reload();
    onReload();
  };

  return (
    <section className="panel" aria-labelledby="interviews-title">
      <h2 id="interviews-title">{t('interviews.panel.title')}</h2>
      <OutcomeNotice outcome={outcome} />
      {interviews.error && <FailureNotice failure={interviews.error} onRetry={interviews.reload} />}
      {!list && interviews.loading && <Progress label={t('app.loading')} />}
      {list && list.interviews.length === 0 && <p>{t('interviews.panel.none')}</p>}
      {list && list.interviews.length > 0 && (
        <ul className="interviews">
          {list.interviews.map((interview) => (
            <InterviewItem
              key={interview.id}
              interview={interview}
              caseVersion={detail.version}
              onCancelled={() => {
                setOutcome({ tone: 'success', text: t('interviews.panel.cancelledNotice') });
                interviews.reload();
              }}
              onNoShow={(result) => {
                setOutcome({ tone: 'success', text: t('interviews.panel.noShowNotice') });
                onReplace(result.case);
                interviews.reload();
              }}
              onConflict={conflicted}
            />
          ))}
        </ul>
      )}
      {list?.canSchedule && list.choices && !scheduling && (
        <button type="button" className="button button--primary" onClick={() => setScheduling(true)}>
          {t('interviews.panel.schedule')}
        </button>
      )}
      {list?.canSchedule && list.choices && scheduling && (
        <section aria-labelledby="schedule-title">
          <h3 id="schedule-title" className="panel__subheading">
            {t('interviews.panel.schedule')}
          </h3>
          <ScheduleInterviewForm
            detail={detail}
            list={list}
            onScheduled={(result) => {
              setScheduling(false);
              setOutcome({
                tone: 'success',
                text: t('interviews.panel.scheduled', { date: formatDate(result.interview.date) }),
              });
              onReplace(result.case);
              interviews.reload();
            }}
            onCancel={() => setScheduling(false)}
            onConflict={conflicted}
            onConsent={interviews.reload}
          />
        </section>
      )}
    </section>
  );
}
