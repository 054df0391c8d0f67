import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewStepResult, InterviewView } from '@refugio/contract';
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
  const [rescheduling, setRescheduling] = useState<InterviewView | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = interviews.data;

  const conflicted = () => {
    setScheduling(false);
    setRescheduling(null);
    setOutcome({ tone: 'error', text: t('interviews.panel.conflict') });
    interviews.reload();
    onReload();
  };

  // The booking shows at once beside the notice (the interview it replaces as rescheduled), while the
  // list reloads.
  const booked = (result: InterviewStepResult, text: string) => {
    setScheduling(false);
    setRescheduling(null);
    setOutcome({ tone: 'success', text });
    if (list) {
      const moved = (i: InterviewView): InterviewView =>
        i.id === result.interview.replacesId ? { ...i, status: 'rescheduled', actions: [] } : i;
      interviews.replace({ ...list, interviews: [...list.interviews.map(moved), result.interview] });
    }
    onReplace(result.case);
    interviews.reload();
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
              onReschedule={(i) => {
                setScheduling(false);
                setOutcome(null);
                setRescheduling(i);
              }}
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
      {list?.choices && rescheduling && (
        <section aria-labelledby="reschedule-title">
          <h3 id="reschedule-title" className="panel__subheading">
            {t('interviews.panel.reschedule')}
          </h3>
          <ScheduleInterviewForm
            key={rescheduling.id}
            detail={detail}
            list={list}
            interview={rescheduling}
            onScheduled={(result) =>
              booked(result, t('interviews.panel.rescheduled', { date: formatDate(result.interview.date) }))
            }
            onCancel={() => setRescheduling(null)}
            onConflict={conflicted}
            onConsent={interviews.reload}
          />
        </section>
      )}
      {list?.canSchedule && list.choices && !scheduling && !rescheduling && (
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
            onScheduled={(result) =>
              booked(result, t('interviews.panel.scheduled', { date: formatDate(result.interview.date) }))
            }
            onCancel={() => setScheduling(false)}
            onConflict={conflicted}
            onConsent={interviews.reload}
          />
        </section>
      )}
    </section>
  );
}
