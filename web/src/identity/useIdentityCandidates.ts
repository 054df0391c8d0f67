import { useEffect, useState } from 'react';
import type { CandidateQuery, CandidateResult } from '@refugio/contract';
import { searchIdentityCandidates } from '../api/identity';
import type { PersonDraft } from '../registration/draft';

export type CandidateSearch =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; result: CandidateResult }
  | { state: 'failed' };

/** The fields of a person typed in the form that candidate search uses; null until both names are typed. */
export function candidateQueryOf(p: PersonDraft): CandidateQuery | null {
  const givenNames = p.givenNames.trim();
  const firstSurname = p.firstSurname.trim();
  if (givenNames.length < 2 || firstSurname.length < 2) return null;
  return {
    givenNames,
    firstSurname,
    secondSurname: p.secondSurname.trim(),
    sex: p.sex === 'F' || p.sex === 'M' || p.sex === 'X' ? p.sex : '',
    birthDate: /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate) ? p.birthDate : '',
    birthDateEstimated: p.birthDateEstimated,
    nationalities: p.nationalities.filter((n) => n.length === 3).slice(0, 5),
    countryOfBirth: p.countryOfBirth.length === 3 ? p.countryOfBirth : '',
    documents: p.documents
      .filter((d) => d.number.trim() !== '')
      .map((d) => ({
        type: d.type || 'other',
        number: d.number.trim(),
        ...(d.issuingCountry ? { issuingCountry: d.issuingCountry } : {}),
      })),
    phone: /^\+?[0-9 ()-]{6,40}$/.test(p.phone.trim()) ? p.phone.trim() : '',
  };
}

/**
 * Searches the register for likely existing people as the officer types (debounced): a new search
 * starts `delayMs` after the last change of the fields it uses and cancels the one in flight.
 */
export function useIdentityCandidates(person: PersonDraft, delayMs = 400): CandidateSearch {
  const query = candidateQueryOf(person);
  const key = query ? JSON.stringify(query) : '';
  const [settled, setSettled] = useState<{ key: string; search: CandidateSearch } | null>(null);
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchIdentityCandidates(JSON.parse(key) as CandidateQuery, controller.signal).then(
        (result) => setSettled({ key, search: { state: 'done', result } }),
        () => {
          if (!controller.signal.aborted) setSettled({ key, search: { state: 'failed' } });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, delayMs]);
  if (!key) return { state: 'idle' };
  return settled?.key === key ? settled.search : { state: 'searching' };
}
