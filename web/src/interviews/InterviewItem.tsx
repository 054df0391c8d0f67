import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { InterviewStepResult, InterviewView } from '@refugio/contract';
import { interviewNoticeUrl } from '../api/interviews';
import { useReference } from '../app/ReferenceContext';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { CancelInterviewForm, NoShowForm } from './InterviewActionForms';
import { JustifyNoShowForm } from './JustifyNoShowForm';
import './interviews.css';

interface Props {
  interview: InterviewView;
  caseVersion: number;
  /** Opens the panel's form that moves this interview to a new slot. */
  onReschedule: (interview: InterviewView) => void;
  onCancelled: (interview: InterviewView) => void;
  onNoShow: (result: InterviewStepResult) => void;
  onConflict: () => void;
}

/** One interview of the case: when, who, where, its status, and what the user may do with it. */
export function InterviewItem(props: Props) {
  const { interview: i, caseVersion, onReschedule, onCancelled, onNoShow, onConflict } = props;
  const { t } = useTranslation();
  const names = useNames();
  const [open, setOpen] = useState<'cancel' | 'no_show' | 'justify' | null>(null);
  const titleId = `interview-${i.id}`;
  const { profile } = useReference();
  // The office's clock, whatever the browser's time zone.
  const localTime = (iso: string) =>
    new Intl.DateTimeFormat('es-MX', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: profile.timeZone,
    }).format(new Date(iso));

  return (
    <li className="interview" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>
          {t('interviews.panel.when', { date: formatDate(i.date), start: i.startTime, end: i.endTime })}
        </strong>
        {' · '}
        {t(`interviews.purpose.${i.purpose}`)} · {i.person.name} ·{' '}
        <span>{t(`interviews.status.${i.status}`)}</span>
      </p>
      <dl className="facts">
        <dt>{t('interviews.panel.officer')}</dt>
        <dd>{i.officer.name}</dd>
        <dt>{t('interviews.panel.interpreter')}</dt>
        <dd>
          {i.interpreter
            ? `${i.interpreter.fullName} (${names.spokenLanguage(i.language)}, ${t(`sex.${i.interpreter.sex}`)})${
                i.interpreterRemote ? ` · ${t('interviews.panel.interpreterRemote')}` : ''
              }`
            : `${t('interviews.panel.noInterpreter')} (${names.spokenLanguage(i.language)})`}
        </dd>
        <dt>{t('interviews.panel.room')}</dt>
        <dd>
          {i.room ? `${i.room.name} · ${t(`interviews.mode.${i.mode}`)}` : t(`interviews.mode.${i.mode}`)}
        </dd>
      </dl>
      {i.sameSexRequested && <p>{t('interviews.panel.sameSexRequested')}</p>}
      {i.sameSexUnmet.length > 0 && (
        <p className="notice--warning">
          {t('interviews.panel.sameSexUnmet', {
            who: i.sameSexUnmet.map((w) => t(`interviews.panel.unmetWho.${w}`)).join(', '),
            reason: i.unmetReason,
          })}
        </p>
      )}
      {i.status === 'cancelled' && <p>{t('interviews.panel.cancelled', { reason: i.cancelReason })}</p>}
      {i.noShow && (
        <p>
          {t('interviews.panel.noShowRecorded', {
            time: localTime(i.noShow.waitedUntil),
            count: i.noShow.contactAttempts,
          })}
        </p>
      )}
      {i.noShow?.justification && (
        <p>
          {t('interviews.justify.recorded', {
            reason: t(`interviews.justify.reasons.${i.noShow.justification.reason}`),
            date: formatDate(i.noShow.justification.receivedOn),
          })}
          {i.noShow.justification.details !== null && (
            <>
              <br />
              {i.noShow.justification.details}
            </>
          )}
        </p>
      )}
      <div className="form-buttons interview__actions">
        {i.actions.includes('print_notice') && (
          <a
            className="button button--secondary"
            href={interviewNoticeUrl(i.id)}
            target="_blank"
            rel="noreferrer"
          >
            {t('interviews.panel.notice')}
          </a>
        )}
        {(i.actions.includes('open_record') || i.actions.includes('view_record')) && (
          <Link
            className="button button--secondary"
            href={`/cases/${encodeURIComponent(i.caseId)}/interviews/${encodeURIComponent(i.id)}/record`}
          >
            {t('interviews.panel.openRecord')}
          </Link>
        )}
        {i.actions.includes('reschedule') && open === null && (
          <button type="button" className="button button--secondary" onClick={() => onReschedule(i)}>
            {t('interviews.panel.reschedule')}
          </button>
        )}
        {i.actions.includes('cancel') && open === null && (
          <button type="button" className="button button--secondary" onClick={() => setOpen('cancel')}>
            {t('interviews.panel.cancel')}
          </button>
        )}
        {i.actions.includes('record_no_show') && open === null && (
          <button type="button" className="button button--secondary" onClick={() => setOpen('no_show')}>
            {t('interviews.panel.noShow')}
          </button>
        )}
        {i.actions.includes('justify_no_show') && open === null && (
          <button type="button" className="button button--secondary" onClick={() => setOpen('justify')}>
            {t('interviews.justify.open')}
          </button>
        )}
      </div>
      {open === 'justify' && (
        <JustifyNoShowForm
          interview={i}
          caseVersion={caseVersion}
          onDone={(result) => {
            setOpen(null);
            onNoShow(result);
          }}
          onClose={() => setOpen(null)}
          onConflict={onConflict}
        />
      )}
      {open === 'cancel' && (
        <CancelInterviewForm
          interview={i}
          onDone={(result) => {
            setOpen(null);
            onCancelled(result);
          }}
          onClose={() => setOpen(null)}
          onConflict={onConflict}
        />
      )}
      {open === 'no_show' && (
        <NoShowForm
          interview={i}
          caseVersion={caseVersion}
          onDone={(result) => {
            setOpen(null);
            onNoShow(result);
          }}
          onClose={() => setOpen(null)}
          onConflict={onConflict}
        />
      )}
    </li>
  );
}
