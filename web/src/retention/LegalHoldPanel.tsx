import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  legalHoldReasons,
  type LegalHoldView,
} from '@refugio/contract';
import type { CasePanelProps } from '../app/feature-pages';
import { getCaseLegalHolds, liftLegalHold, placeLegalHold } from '../api/retention';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDateTime } from '../i18n/dates';
import { useReference } from '../app/ReferenceContext';
import { FormButtons, SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/**
 * The legal holds of a case: in force and lifted, and for a supervisor of the office or an
 * administrator the forms to place and lift them. A held file is never disposed of.
 */
export function LegalHoldPanel({ detail }: CasePanelProps) {
  const { t } = useTranslation();
  const holds = useApi(`legal-holds:${detail.id}`, (signal) => getCaseLegalHolds(detail.id, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const done = (text: string) => {
    holds.reload();
    setOutcome({ tone: 'success', text });
  };
  const conflict = () => {
    holds.reload();
    setOutcome({ tone: 'error', text: t('retention.panel.conflict') });
  };

  return (
    <section className="panel" aria-labelledby="legal-hold-title">
      <h2 id="legal-hold-title">{t('retention.panel.title')}</h2>
      <p className="panel__intro">{t('retention.panel.intro')}</p>
      {holds.error && <FailureNotice failure={holds.error} onRetry={holds.reload} />}
      {!holds.data && holds.loading && <Progress label={t('app.loading')} />}
      <OutcomeNotice outcome={outcome} />
      {holds.data &&
        (holds.data.holds.length === 0 ? (
          <p className="empty">{t('retention.panel.none')}</p>
        ) : (
          <ul className="legal-holds">
            {holds.data.holds.map((hold) => (
              <HoldItem
                key={hold.id}
                hold={hold}
                caseId={detail.id}
                canManage={holds.data!.canManage}
                onLifted={() => done(t('retention.panel.liftedDone'))}
                onConflict={conflict}
              />
            ))}
          </ul>
        ))}
      {holds.data?.canManage && (
        <PlaceHoldForm caseId={detail.id} onPlaced={() => done(t('retention.panel.placed'))} />
      )}
    </section>
  );
}

function HoldItem(props: {
  hold: LegalHoldView;
  caseId: string;
  canManage: boolean;
  onLifted: () => void;
  onConflict: () => void;
}) {
  const { hold } = props;
  const { t } = useTranslation();
  const { profile } = useReference();
  const [lifting, setLifting] = useState(false);
  const when = (instant: string) => formatDateTime(instant, profile.timeZone);
  return (
    <li>
      <strong>{t(`retention.reasons.${hold.reason}`)}</strong>
      {hold.note && <> — {hold.note}</>}
      <br />
      {hold.liftedAt
        ? t('retention.panel.lifted', { date: when(hold.liftedAt), by: hold.liftedBy ?? '—' })
        : t('retention.panel.active', { date: when(hold.placedAt), by: hold.placedBy })}
      {hold.liftedAt && hold.liftNote && <> — {hold.liftNote}</>}
      {!hold.liftedAt && props.canManage && !lifting && (
        <div>
          <button type="button" className="button button--secondary" onClick={() => setLifting(true)}>
            {t('retention.panel.lift')}
          </button>
        </div>
      )}
      {lifting && (
        <LiftHoldForm
          caseId={props.caseId}
          hold={hold}
          onCancel={() => setLifting(false)}
          onLifted={() => {
            setLifting(false);
            props.onLifted();
          }}
          onConflict={() => {
            setLifting(false);
            props.onConflict();
          }}
        />
      )}
    </li>
  );
}

function PlaceHoldForm({ caseId, onPlaced }: { caseId: string; onPlaced: () => void }) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues({ reason: '', note: '' }, { idPrefix: 'legal-hold', error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PlaceLegalHoldInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(placeLegalHold(caseId, parsed.data), () => {
      reset();
      onPlaced();
    });
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('retention.panel.place')}</h3>
      <FormFailure failure={failure} />
      <SelectField
        {...field('reason')}
        label={t('retention.panel.reason')}
        placeholder="—"
        options={legalHoldReasons.map((r) => ({ value: r, label: t(`retention.reasons.${r}`) }))}
        required
      />
      <TextField {...field('note')} label={t('retention.panel.note')} maxLength={2000} />
      <SubmitButton label={t('retention.panel.submit')} saving={saving} />
    </form>
  );
}

function LiftHoldForm(props: {
  caseId: string;
  hold: LegalHoldView;
  onCancel: () => void;
  onLifted: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict: props.onConflict });
  const { values, field } = useFormValues({ note: '' }, { idPrefix: `lift-${props.hold.id}`, error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = LiftLegalHoldInput.safeParse({ note: values.note, version: props.hold.version });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(liftLegalHold(props.caseId, props.hold.id, parsed.data), props.onLifted);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField {...field('note')} label={t('retention.panel.liftNote')} maxLength={2000} required />
      <FormButtons label={t('retention.panel.liftSubmit')} saving={saving} onCancel={props.onCancel} />
    </form>
  );
}
