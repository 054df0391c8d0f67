import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionNotificationView, DecisionView } from '@refugio/contract';
import { decisionLetterUrl } from '../api/decisions';
import { formatDate } from '../i18n/dates';

interface DecisionHistoryProps {
  decision: DecisionView;
  /** Shown after a notification that stands (not corrected since): e.g. the control that corrects it. */
  notificationAction?: (notification: DecisionNotificationView) => ReactNode;
}

/**
 * One round's decision as it stands: its versions with their letters (sur place, dependants decided
 * separately), the reviews, and the notifications with their corrections (a corrected one stays listed,
 * marked as corrected; the correction says why).
 */
export function DecisionHistory({ decision, notificationAction }: DecisionHistoryProps) {
  const { t } = useTranslation();
  const person = (id: string) => decision.versions.at(-1)?.people.find((p) => p.personId === id)?.name ?? id;
  const corrected = new Set(decision.notifications.map((n) => n.correctsId).filter((id) => id !== null));
  return (
    <>
      <p>
        {t('decisions.panel.meta', {
          round: decision.round,
          status: t(`decisions.status.${decision.status}`),
          author: decision.author.name,
        })}
      </p>
      <h3 className="panel__subheading">{t('decisions.panel.versions')}</h3>
      <ul>
        {decision.versions.map((v) => (
          <li key={v.number}>
            {t('decisions.panel.version', { number: v.number, outcome: t(`decisions.outcome.${v.outcome}`) })}
            {v.submittedBy && ` · ${t('decisions.panel.submittedBy', { name: v.submittedBy.name })}`} ·{' '}
            <a href={decisionLetterUrl(decision.id, v.number)} target="_blank" rel="noreferrer">
              {t('decisions.panel.letter', { number: v.number })}
            </a>
            {v.surPlace && <div className="muted">{t('decisions.panel.surPlace')}</div>}
            {v.people
              .filter((p) => !p.followsPrincipal)
              .map((p) => (
                <div key={p.personId}>
                  {t('decisions.panel.separately', {
                    name: p.name,
                    outcome: t(`decisions.outcome.${p.outcome}`),
                  })}
                  {p.reasons && `: ${p.reasons}`}
                </div>
              ))}
            {v.missingFields.length > 0 && (
              <div className="muted">
                {t('decisions.panel.missing', {
                  fields: v.missingFields
                    .map((f) =>
                      // An unknown field (a model newer than this app) is named by its id.
                      t(`decisions.field.${f}` as 'decisions.field.reasons.credibility', { defaultValue: f }),
                    )
                    .join(', '),
                })}
              </div>
            )}
          </li>
        ))}
      </ul>
      {decision.reviews.length > 0 && (
        <>
          <h3 className="panel__subheading">{t('decisions.panel.reviews')}</h3>
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
          <h3 className="panel__subheading">{t('decisions.panel.notifications')}</h3>
          <ul>
            {decision.notifications.map((n) => (
              <li key={n.id}>
                {person(n.personId)} ·{' '}
                {t('decisions.panel.notification', {
                  date: formatDate(n.notifiedOn),
                  method: t(`decisions.method.${n.method}`),
                  proof: `${t(`decisions.proof.${n.proofKind}`)} ${n.proofReference}`,
                })}
                {n.correctsId && ` · ${t('decisions.panel.correction', { reason: n.correctionReason })}`}
                {corrected.has(n.id) && ` · ${t('decisions.panel.corrected')}`}
                {!corrected.has(n.id) && notificationAction?.(n)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
