import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, IdentityDecision } from '@refugio/contract';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { Notice } from '../ui/Notice';
import { Progress } from '../ui/Progress';
import type { PersonDraft } from '../registration/draft';
import { MatchExplanation } from './MatchExplanation';
import { useIdentityCandidates } from './useIdentityCandidates';
import './identity.css';

export type Decisions = Record<string, IdentityDecision>;

interface Props {
  person: PersonDraft;
  /** The person's name as the officer reads it ("the principal applicant" until typed). */
  name: string;
  decisions: Decisions;
  onDecide: (candidatePersonId: string, decision: IdentityDecision | null) => void;
  /** Reports the candidates shown, so the page can refuse to save with a strong one undecided. */
  onCandidates: (candidates: Candidate[]) => void;
  delayMs?: number;
}

/**
 * Search-before-create: as the officer types a person's names and date of birth, the likely existing
 * people of the register appear with the explanation of each score; the officer says "same person" or
 * "different person" before saving.
 */
export function IdentityCandidates({ person, name, decisions, onDecide, onCandidates, delayMs }: Props) {
  const { t } = useTranslation();
  const names = useNames();
  const search = useIdentityCandidates(person, delayMs);
  const candidates = search.state === 'done' ? search.result.candidates : null;
  useEffect(() => {
    if (candidates) onCandidates(candidates);
    else if (search.state === 'idle') onCandidates([]);
  }, [candidates, search.state, onCandidates]);

  if (search.state === 'idle') return null;
  if (search.state === 'searching') return <Progress label={t('identity.candidates.searching')} />;
  if (search.state === 'failed') return <Notice tone="warning">{t('identity.candidates.failed')}</Notice>;
  const { result } = search;
  if (result.candidates.length === 0 && result.restricted === 0)
    return <p className="identity-candidates__none">{t('identity.candidates.none')}</p>;
  const titleId = `candidates-${person.key}`;
  return (
    <section className="identity-candidates" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('identity.candidates.title', { name })}</h3>
      {result.candidates.length > 0 && <p>{t('identity.candidates.intro')}</p>}
      <ul>
        {result.candidates.map((c) => {
          const decided = decisions[c.personId];
          const fullName = [c.givenNames, c.firstSurname, c.secondSurname].filter(Boolean).join(' ');
          return (
            <li key={c.personId} className={c.strong ? 'identity-candidate is-strong' : 'identity-candidate'}>
              <div className="identity-candidate__who">
                <strong>{fullName}</strong>
                <span>
                  {t('identity.candidates.born', { date: c.birthDate ? formatDate(c.birthDate) : '—' })}
                </span>
                <span>{c.nationalities.map(names.country).join(', ')}</span>
                <span>
                  {t('identity.candidates.caseAt', { caseNumber: c.caseNumber, office: c.officeName })}
                </span>
                <span className="identity-candidate__score">
                  {t('identity.candidates.score', { percent: Math.round(c.score * 100) })}
                </span>
                {c.strong && !decided && (
                  <span className="identity-candidate__strong">{t('identity.candidates.strong')}</span>
                )}
              </div>
              <MatchExplanation fields={c.fields} />
              {decided ? (
                <p className="identity-candidate__decided">
                  {decided === 'same_person'
                    ? t('identity.candidates.decidedSame')
                    : t('identity.candidates.decidedDifferent')}{' '}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => onDecide(c.personId, null)}
                  >
                    {t('identity.candidates.change')}
                  </button>
                </p>
              ) : (
                <div className="identity-candidate__actions" role="group" aria-label={fullName}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onDecide(c.personId, 'same_person')}
                  >
                    {t('identity.candidates.same')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onDecide(c.personId, 'different')}
                  >
                    {t('identity.candidates.different')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {result.restricted > 0 && (
        <Notice tone="info">{t('identity.candidates.restricted', { count: result.restricted })}</Notice>
      )}
    </section>
  );
}
