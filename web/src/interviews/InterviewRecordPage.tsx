import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { OpenInterviewRecordInput, type InterviewRecordView } from '@refugio/contract';
import { getCase } from '../api/endpoints';
import {
  getInterviewRecord,
  interviewRecordPdfUrl,
  listCaseInterviews,
  openInterviewRecord,
} from '../api/interviews';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { InterviewRecordEditor } from './InterviewRecordEditor';
import { AddendumForm, ConfirmRecordForm } from './RecordConfirmForms';

/** The acta de entrevista of one interview: opened, written turn by turn, read back, confirmed, amended. */
export function InterviewRecordPage({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  useDocumentTitle(t('interviews.record.title'));
  const caseId = params.id ?? '';
  const interviewId = params.interviewId ?? '';
  const interviews = useApi(`interviews:${caseId}`, (signal) => listCaseInterviews(caseId, signal));
  const kase = useApi(`case:${caseId}`, (signal) => getCase(caseId, signal));
  const interview = interviews.data?.interviews.find((i) => i.id === interviewId);
  const recordId = interview?.record?.id ?? null;
  const record = useApi(recordId ? `record:${recordId}` : null, (signal) =>
    getInterviewRecord(recordId!, signal),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { profile } = useReference();
  const names = useNames();

  const conflicted = () => {
    setOutcome({ tone: 'error', text: t('interviews.record.conflict') });
    record.reload();
    kase.reload();
  };
  const r = record.data;

  return (
    <section className="page" aria-labelledby="record-title">
      <h1 id="record-title">{t('interviews.record.title')}</h1>
      <p>
        <Link href={paths.case(caseId)}>{t('interviews.record.back')}</Link>
      </p>
      <OutcomeNotice outcome={outcome} />
      {(interviews.error ?? record.error) && (
        <FailureNotice
          failure={(interviews.error ?? record.error)!}
          onRetry={() => (interviews.reload(), record.reload())}
        />
      )}
      {(interviews.loading || record.loading) && !r && (
        <Progress label={t('app.loading')} className="progress--page" />
      )}
      {interview &&
        !recordId &&
        (interview.actions.includes('open_record') ? (
          <OpenRecordForm
            interviewId={interview.id}
            version={interview.version}
            startTime={interview.startTime}
            onOpened={() => interviews.reload()}
          />
        ) : (
          <p>{t('interviews.record.notOpened')}</p>
        ))}
      {r && (
        <>
          <p>
            {t('interviews.panel.when', {
              date: formatDate(r.date),
              start: r.startTime,
              end: r.endTime ?? '…',
            })}{' '}
            · {r.officer.name}
            {r.interpreter ? ` · ${r.interpreter.fullName}` : ''}
          </p>
          {r.status === 'open' && r.canEdit && (
            <>
              <InterviewRecordEditor
                key={r.version}
                record={r}
                onSaved={(saved) => {
                  record.replace(saved);
                  setOutcome({ tone: 'success', text: t('interviews.record.saved') });
                }}
                onConflict={conflicted}
              />
              {kase.data && (
                <section className="panel panel--form" aria-labelledby="confirm-title">
                  <h2 id="confirm-title">{t('interviews.record.confirmTitle')}</h2>
                  <ConfirmRecordForm
                    record={r}
                    caseVersion={kase.data.version}
                    onConfirmed={(result) => {
                      record.replace(result.record);
                      kase.replace(result.case);
                      setOutcome({ tone: 'success', text: t('interviews.record.confirmedNotice') });
                    }}
                    onConflict={conflicted}
                  />
                </section>
              )}
            </>
          )}
          {r.status === 'confirmed' && (
            <>
              <p className="notice--info">
                {t('interviews.record.confirmed', {
                  date: formatDate(
                    new Intl.DateTimeFormat('en-CA', { timeZone: profile.timeZone }).format(
                      new Date(r.confirmedAt!),
                    ),
                  ),
                })}
              </p>
              <p>
                <a
                  className="button button--secondary"
                  href={interviewRecordPdfUrl(r.interviewId)}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t('interviews.record.pdf')}
                </a>
              </p>
              {r.readBackLanguage && r.applicantConfirmation && (
                <p>
                  {t(r.interpreter ? 'interviews.record.readBackWith' : 'interviews.record.readBackWithout', {
                    language: names.spokenLanguage(r.readBackLanguage),
                    interpreter: r.interpreter?.fullName,
                    answer: t(`interviews.record.confirmations.${r.applicantConfirmation}`),
                  })}
                  {r.applicantRemarks &&
                    ` ${t('interviews.record.remarksSaid', { remarks: r.applicantRemarks })}`}
                </p>
              )}
              <ol className="turns">
                {r.turns.map((turn) => (
                  <li key={turn.id}>
                    <strong>{t(`interviews.record.speakers.${turn.speaker}`)}:</strong> {turn.text}
                    {turn.duringReadBack && (
                      <span className="muted"> ({t('interviews.record.duringReadBack')})</span>
                    )}
                  </li>
                ))}
              </ol>
              <section aria-labelledby="addenda-title">
                <h2 id="addenda-title">{t('interviews.record.addenda')}</h2>
                {r.addenda.length === 0 && <p>{t('interviews.record.noAddenda')}</p>}
                <ol>
                  {r.addenda.map((a) => (
                    <li key={a.id}>
                      <strong>{t(`interviews.record.addendumKinds.${a.kind}`)}:</strong> {a.text}
                    </li>
                  ))}
                </ol>
                {r.canAddAddendum && <AddendumForm record={r} onSaved={record.replace} />}
              </section>
            </>
          )}
        </>
      )}
    </section>
  );
}

function OpenRecordForm({
  interviewId,
  version,
  startTime,
  onOpened,
}: {
  interviewId: string;
  version: number;
  startTime: string;
  onOpened: (record: InterviewRecordView) => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field } = useFormValues({ startTime }, { idPrefix: 'open-record', error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = OpenInterviewRecordInput.safeParse({ ...values, version });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(openInterviewRecord(interviewId, parsed.data), onOpened);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField {...field('startTime')} label={t('interviews.record.startTime')} maxLength={5} required />
      <FormButtons label={t('interviews.record.open')} saving={saving} />
    </form>
  );
}
