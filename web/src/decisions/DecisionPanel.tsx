import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseDecisions, DecisionStepResult, DecisionView } from '@refugio/contract';
import {
  approveDecision,
  draftDecision,
  getCaseDecisions,
  saveDecisionDraft,
  submitDecision,
} from '../api/decisions';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { useMe } from '../session/SessionContext';
import { readsClaim } from '../app/feature-pages';
import type { CasePanelProps } from '../app/feature-pages';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { BodyResolutionForm } from './BodyResolutionForm';
import { CorrectNotificationForm } from './CorrectNotificationForm';
import { DecisionHistory } from './DecisionHistory';
import { decisionDraftPath } from './decision-paths';
import { DraftDecisionForm } from './DraftDecisionForm';
import { NotifyDecisionForm } from './NotifyDecisionForm';
import { ReturnDecisionForm } from './ReturnDecisionForm';

/** A person's name as the decision lists them. */
const nameOf = (decision: DecisionView, personId: string) =>
  decision.versions.at(-1)?.people.find((p) => p.personId === personId)?.name ?? '';

/** The case's decisions with `view` in place of its earlier state (a new one added). */
function withDecision(data: CaseDecisions, view: DecisionView): CaseDecisions {
  const others = data.decisions.filter((d) => d.id !== view.id);
  return { ...data, decisions: [...others, view].sort((a, b) => a.round - b.round) };
}

/**
 * The case file's "Resolución" panel: the decision of each round with its versions (letter PDF),
 * four-eyes reviews and notifications, and the steps the server says this user may take now: draft,
 * correct, submit; approve or return; record the deciding body's resolution (or return the referred
 * draft when the body decided otherwise); notify. Nothing for those who may not read the reasons.
 */
export function DecisionPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi(readsClaim(me) ? `case-decisions:${detail.id}:${detail.version}` : null, (signal) =>
    getCaseDecisions(detail.id, signal),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  // The notification whose correction form is open.
  const [amending, setAmending] = useState<string | null>(null);
  const data = state.data;
  if (!data) return null;

  const conflicted = () => {
    setCorrecting(null);
    setAmending(null);
    setOutcome({ tone: 'error', text: t('decisions.panel.conflict') });
    state.reload();
    onReload();
  };
  // A step answers the decision and the case file: both show at once (no button left for a step
  // already taken), and the panel reloads with the case's new version.
  const stepped = (text: string, result: DecisionStepResult) => {
    setOutcome({ tone: 'success', text });
    state.replace(withDecision(data, result.decision));
    if (result.case) onReplace(result.case);
    else state.reload();
  };
  // Drafting moves no stage: the answer is the decision itself, and none other is drafted this round.
  const saved = (text: string, view: DecisionView) => {
    setCorrecting(null);
    setOutcome({ tone: 'success', text });
    state.replace({ ...withDecision(data, view), canDraft: false });
  };
  const run = (request: () => Promise<DecisionStepResult>, done: (result: DecisionStepResult) => string) => {
    setBusy(true);
    setOutcome(null);
    request().then(
      (result) => {
        setBusy(false);
        stepped(done(result), result);
      },
      (error: unknown) => {
        setBusy(false);
        const failure = asFailure(error);
        if (failure.code === 'conflict') return conflicted();
        setOutcome({ tone: 'error', text: t(`errors.api.${failure.code}`) });
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="decision-panel-title">
      <h2 id="decision-panel-title">{t('decisions.panel.title')}</h2>
      <OutcomeNotice outcome={outcome} />
      {(data.canDraft || data.decisions.some((d) => d.actions.includes('edit'))) && (
        <p>
          <Link href={decisionDraftPath(detail.id)}>{t('decisions.page.open')}</Link>
        </p>
      )}
      {data.decisions.length === 0 && <p>{t('decisions.panel.none')}</p>}
      {data.decisions.map((decision) => {
        const current = decision.versions.find((v) => v.number === decision.currentVersion);
        const incomplete = (current?.missingFields.length ?? 0) > 0;
        const can = (action: DecisionView['actions'][number]) => decision.actions.includes(action);
        return (
          <article key={decision.id}>
            <DecisionHistory
              decision={decision}
              notificationAction={(n) =>
                can('correct_notification') && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-expanded={amending === n.id}
                      aria-label={t('decisions.correct.open', { name: nameOf(decision, n.personId) })}
                      onClick={() => setAmending(amending === n.id ? null : n.id)}
                    >
                      {t('decisions.correct.action')}
                    </button>
                    {amending === n.id && (
                      <section
                        aria-label={t('decisions.correct.open', { name: nameOf(decision, n.personId) })}
                      >
                        <CorrectNotificationForm
                          decision={decision}
                          notification={n}
                          caseVersion={detail.version}
                          onCorrected={(result) => {
                            setAmending(null);
                            stepped(t('decisions.done.corrected'), result);
                          }}
                          onCancel={() => setAmending(null)}
                          onConflict={conflicted}
                        />
                      </section>
                    )}
                  </>
                )
              }
            />
            <div className="form-buttons">
              {can('edit') && (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-expanded={correcting === decision.id}
                  onClick={() => setCorrecting(correcting === decision.id ? null : decision.id)}
                >
                  {t('decisions.action.edit')}
                </button>
              )}
              {can('submit') && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || incomplete || correcting === decision.id}
                  onClick={() =>
                    run(
                      () => submitDecision(decision.id, decision.version, detail.version),
                      () => t('decisions.done.submitted', { number: decision.currentVersion }),
                    )
                  }
                >
                  {t('decisions.action.submit')}
                </button>
              )}
              {can('approve') && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() =>
                    run(
                      () => approveDecision(decision.id, decision.version, detail.version),
                      (result) =>
                        t('decisions.done.approved', {
                          status: t(`decisions.status.${result.decision.status}`),
                        }),
                    )
                  }
                >
                  {t('decisions.action.approve')}
                </button>
              )}
            </div>
            {can('edit') && correcting === decision.id && current && (
              <section aria-labelledby={`decision-edit-${decision.id}`}>
                <h3 id={`decision-edit-${decision.id}`} className="panel__subheading">
                  {t('decisions.action.edit')}
                </h3>
                <DraftDecisionForm
                  idPrefix={`decision-edit-${decision.id}`}
                  people={detail.people}
                  from={current}
                  submitLabel={t('decisions.draft.save')}
                  save={(fields) => saveDecisionDraft(decision.id, { ...fields, version: decision.version })}
                  onSaved={(view) => saved(t('decisions.done.saved', { number: view.currentVersion }), view)}
                  onCancel={() => setCorrecting(null)}
                  onConflict={conflicted}
                />
              </section>
            )}
            {can('record_resolution') && (
              <section aria-labelledby={`decision-resolution-${decision.id}`}>
                <h3 id={`decision-resolution-${decision.id}`} className="panel__subheading">
                  {t('decisions.action.recordResolution')}
                </h3>
                <BodyResolutionForm
                  decision={decision}
                  caseVersion={detail.version}
                  onRecorded={(result) => stepped(t('decisions.done.resolved'), result)}
                  onConflict={conflicted}
                />
              </section>
            )}
            {can('return') && (
              <section aria-labelledby={`decision-return-${decision.id}`}>
                <h3 id={`decision-return-${decision.id}`} className="panel__subheading">
                  {t('decisions.action.return')}
                </h3>
                <ReturnDecisionForm
                  decision={decision}
                  caseVersion={detail.version}
                  onReturned={(result) => stepped(t('decisions.done.returned'), result)}
                  onConflict={conflicted}
                />
              </section>
            )}
            {can('notify') && (
              <section aria-labelledby={`decision-notify-${decision.id}`}>
                <h3 id={`decision-notify-${decision.id}`} className="panel__subheading">
                  {t('decisions.action.notify')}
                </h3>
                <NotifyDecisionForm
                  // A blank form again once a notification is recorded (for the next person).
                  key={decision.notifications.length}
                  decision={decision}
                  detail={detail}
                  onNotified={(result) => stepped(t('decisions.done.notified'), result)}
                  onConflict={conflicted}
                />
              </section>
            )}
          </article>
        );
      })}
      {data.canDraft && (
        <section aria-labelledby="decision-draft-title">
          <h3 id="decision-draft-title" className="panel__subheading">
            {t('decisions.draft.title')}
          </h3>
          <DraftDecisionForm
            idPrefix="decision-draft"
            people={detail.people}
            submitLabel={t('decisions.draft.submit')}
            save={(fields) => draftDecision(detail.id, fields)}
            onSaved={(view) => saved(t('decisions.done.drafted', { number: view.currentVersion }), view)}
            onConflict={conflicted}
          />
        </section>
      )}
    </section>
  );
}
