import { useTranslation } from 'react-i18next';
import type { DecisionView } from '@refugio/contract';
import { decisionLetterUrl } from '../api/decisions';
import { formatDate } from '../i18n/dates';

/** One round's decision as it stands: its versions with their letters, the reviews and the notifications. */
export function DecisionHistory({ decision }: { decision: DecisionView }) {
  const { t } = useTranslation();
  const person = (id: string) => decision.versions.at(-1)?.people.find((p) => p.personId === id)?.name ?? id;
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
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
