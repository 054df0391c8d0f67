import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  notificationMethods,
  proofKinds,
  type DecisionStepResult,
  type DecisionView,
  type OutcomeId,
} from '@refugio/contract';
import {
  approveDecision,
  decisionLetterUrl,
  draftDecision,
  getCaseDecisions,
  notifyDecision,
  returnDecision,
  submitDecision,
} from '../api/decisions';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { useMe } from '../session/SessionContext';
import { readsClaim } from '../app/feature-pages';
import type { CasePanelProps } from '../app/feature-pages';
import { formatDate } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';

const draftOutcomes: OutcomeId[] = ['recognized', 'complementary_protection', 'rejected'];

/**
 * The case file's "Resolución" panel: the decision of each round with its versions (letter PDF),
 * four-eyes reviews and notifications, and the steps the server says this user may take now.
 * Nothing for those who may not read the reasons.
 */
export function DecisionPanel({ detail, onReplace, onReload }: CasePanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApi(readsClaim(me) ? `case-decisions:${detail.id}:${detail.version}` : null, (signal) =>
    getCaseDecisions(detail.id, signal),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [draft, setDraft] = useState({
    outcome: 'rejected' as OutcomeId,
    basis: 'refugee_definition',
    explanation: '',
  });
  const [comments, setComments] = useState('');
  const [notice, setNotice] = useState({
    personId: detail.people[0]?.id ?? '',
    notifiedOn: '',
    method: 'in_person',
    proofKind: 'signed_acknowledgement',
    proofReference: '',
  });
  const data = state.data;
  if (!data) return null;

  const run = (action: () => Promise<DecisionStepResult | DecisionView>) => {
    setBusy(true);
    setOutcome(null);
    action().then(
      (result) => {
        setBusy(false);
        setOutcome({ tone: 'success', text: t('decisions.panel.done') });
        if ('case' in result && result.case) onReplace(result.case);
        else state.reload();
      },
      (error: unknown) => {
        setBusy(false);
        const failure = asFailure(error);
        if (failure.code === 'conflict') {
          setOutcome({ tone: 'error', text: t('decisions.panel.conflict') });
          onReload();
          return;
        }
        const fields = failure.fields.map((f) => f.path).join(', ');
        setOutcome({
          tone: 'error',
          text: `${t(`errors.api.${failure.code}`)}${fields ? ` (${fields})` : ''}`,
        });
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="decision-panel-title">
      <h2 id="decision-panel-title">{t('decisions.panel.title')}</h2>
      <OutcomeNotice outcome={outcome} />
      {data.decisions.length === 0 && <p>{t('decisions.panel.none')}</p>}
      {data.decisions.map((decision) => {
        const current = decision.versions.find((v) => v.number === decision.currentVersion);
        const person = (id: string) =>
          decision.versions.at(-1)?.people.find((p) => p.personId === id)?.name ?? id;
        return (
          <article key={decision.id}>
            <p>
              {t('decisions.panel.meta', {
                round: decision.round,
                status: t(`decisions.status.${decision.status}`),
                author: decision.author.name,
              })}
            </p>
            <h3>{t('decisions.panel.versions')}</h3>
            <ul>
              {decision.versions.map((v) => (
                <li key={v.number}>
                  {t('decisions.panel.version', {
                    number: v.number,
                    outcome: t(`decisions.outcome.${v.outcome}`),
                  })}
                  {v.submittedBy && ` · ${t('decisions.panel.submittedBy', { name: v.submittedBy.name })}`} ·{' '}
                  <a href={decisionLetterUrl(decision.id, v.number)} target="_blank" rel="noreferrer">
                    {t('decisions.panel.letter')}
                  </a>
                  {v.missingFields.length > 0 && (
                    <div className="muted">
                      {t('decisions.panel.missing', { fields: v.missingFields.join(', ') })}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {decision.reviews.length > 0 && (
              <>
                <h3>{t('decisions.panel.reviews')}</h3>
                <ul>
                  {decision.reviews.map((r) => (
                    <li key={r.versionNumber}>
                      {t('decisions.panel.review', {
                        number: r.versionNumber,
                        verdict: t(`decisions.verdict.${r.verdict}`),
                        name: r.reviewer.name,
                      })}
                      {r.comments && `: ${r.comments}`}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {decision.notifications.length > 0 && (
              <>
                <h3>{t('decisions.panel.notifications')}</h3>
                <ul>
                  {decision.notifications.map((n) => (
                    <li key={n.id}>
                      {person(n.personId)} ·{' '}
                      {t('decisions.panel.notification', {
                        date: formatDate(n.notifiedOn),
                        method: t(`decisions.method.${n.method}`),
                        proof: `${t(`decisions.proof.${n.proofKind}`)} ${n.proofReference}`,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="actions">
              {decision.actions.includes('submit') && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy || (current?.missingFields.length ?? 0) > 0}
                  onClick={() => run(() => submitDecision(decision.id, decision.version, detail.version))}
                >
                  {t('decisions.action.submit')}
                </button>
              )}
              {decision.actions.includes('approve') && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() => run(() => approveDecision(decision.id, decision.version, detail.version))}
                >
                  {t('decisions.action.approve')}
                </button>
              )}
            </div>
            {decision.actions.includes('return') && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  run(() => returnDecision(decision.id, decision.version, detail.version, comments));
                }}
              >
                <label>
                  {t('decisions.action.comments')}
                  <textarea value={comments} onChange={(e) => setComments(e.target.value)} />
                </label>
                <button type="submit" className="button" disabled={busy}>
                  {t('decisions.action.return')}
                </button>
              </form>
            )}
            {decision.actions.includes('notify') && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  run(() =>
                    notifyDecision(decision.id, {
                      version: decision.version,
                      caseVersion: detail.version,
                      personId: notice.personId,
                      notifiedOn: notice.notifiedOn,
                      method: notice.method as (typeof notificationMethods)[number],
                      proofKind: notice.proofKind as (typeof proofKinds)[number],
                      proofReference: notice.proofReference,
                    }),
                  );
                }}
              >
                <h3>{t('decisions.action.notify')}</h3>
                <label>
                  {t('decisions.notify.person')}
                  <select
                    value={notice.personId}
                    onChange={(e) => setNotice({ ...notice, personId: e.target.value })}
                  >
                    {detail.people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {[p.givenNames, p.firstSurname, p.secondSurname].filter(Boolean).join(' ')}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('decisions.notify.date')}
                  <input
                    type="date"
                    value={notice.notifiedOn}
                    onChange={(e) => setNotice({ ...notice, notifiedOn: e.target.value })}
                  />
                </label>
                <label>
                  {t('decisions.notify.method')}
                  <select
                    value={notice.method}
                    onChange={(e) => setNotice({ ...notice, method: e.target.value })}
                  >
                    {notificationMethods.map((m) => (
                      <option key={m} value={m}>
                        {t(`decisions.method.${m}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('decisions.notify.proofKind')}
                  <select
                    value={notice.proofKind}
                    onChange={(e) => setNotice({ ...notice, proofKind: e.target.value })}
                  >
                    {proofKinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`decisions.proof.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('decisions.notify.proofReference')}
                  <input
                    value={notice.proofReference}
                    onChange={(e) => setNotice({ ...notice, proofReference: e.target.value })}
                  />
                </label>
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t('decisions.action.notify')}
                </button>
              </form>
            )}
          </article>
        );
      })}
      {data.canDraft && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(() =>
              draftDecision(detail.id, {
                outcome: draft.outcome,
                recognitionBasis:
                  draft.outcome === 'recognized'
                    ? (draft.basis as 'refugee_definition' | 'expanded_definition')
                    : null,
                individualExplanation: draft.explanation,
              }),
            );
          }}
        >
          <h3>{t('decisions.draft.title')}</h3>
          <label>
            {t('decisions.draft.outcome')}
            <select
              value={draft.outcome}
              onChange={(e) => setDraft({ ...draft, outcome: e.target.value as OutcomeId })}
            >
              {draftOutcomes.map((o) => (
                <option key={o} value={o}>
                  {t(`decisions.outcome.${o}`)}
                </option>
              ))}
            </select>
          </label>
          {draft.outcome === 'recognized' && (
            <label>
              {t('decisions.draft.basis')}
              <select value={draft.basis} onChange={(e) => setDraft({ ...draft, basis: e.target.value })}>
                <option value="refugee_definition">{t('decisions.basis.refugee_definition')}</option>
                <option value="expanded_definition">{t('decisions.basis.expanded_definition')}</option>
              </select>
            </label>
          )}
          <label>
            {t('decisions.draft.explanation')}
            <textarea
              value={draft.explanation}
              onChange={(e) => setDraft({ ...draft, explanation: e.target.value })}
            />
          </label>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('decisions.draft.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
