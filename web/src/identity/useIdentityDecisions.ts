import { useCallback, useMemo, useRef, useState } from 'react';
import type { Candidate, IdentityCheckInput, IdentityDecision } from '@refugio/contract';
import type { PersonDraft } from '../registration/draft';
import type { Decisions } from './IdentityCandidates';

/**
 * The officer's decisions on the likely existing people of each person of the form (by the person's
 * draft key), and the candidates last shown for each: what the page sends as `identityChecks` and
 * checks before saving (a strong candidate left undecided blocks the save, naming the person).
 */
export function useIdentityDecisions() {
  const [decisions, setDecisions] = useState<Record<string, Decisions>>({});
  const [candidates, setCandidates] = useState<Record<string, Candidate[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const reporters = useRef(new Map<string, (c: Candidate[]) => void>());

  const candidatesReporter = useCallback((key: string) => {
    let reporter = reporters.current.get(key);
    if (!reporter) {
      reporter = (list: Candidate[]) => setCandidates((all) => ({ ...all, [key]: list }));
      reporters.current.set(key, reporter);
    }
    return reporter;
  }, []);

  const decide = useCallback((key: string, candidateId: string, decision: IdentityDecision | null) => {
    setProblem(null);
    setDecisions((all) => {
      const mine = { ...all[key] };
      if (decision) mine[candidateId] = decision;
      else delete mine[candidateId];
      return { ...all, [key]: mine };
    });
  }, []);

  return useMemo(
    () => ({
      problem,
      setProblem,
      decide,
      candidatesReporter,
      decisionsOf: (key: string): Decisions => decisions[key] ?? {},
      reset: () => {
        setDecisions({});
        setCandidates({});
        setProblem(null);
      },
      /** The first person (in form order) with a strong candidate not decided on. */
      firstUndecided: (people: PersonDraft[]) => {
        for (const person of people) {
          const candidate = (candidates[person.key] ?? []).find(
            (c) => c.strong && !decisions[person.key]?.[c.personId],
          );
          if (candidate) return { person, candidate };
        }
        return null;
      },
      /** Decisions on candidates still shown, by the person's position (0: principal). */
      checksOf: (people: PersonDraft[]): IdentityCheckInput[] =>
        people.flatMap((person, position) =>
          (candidates[person.key] ?? [])
            .filter((c) => decisions[person.key]?.[c.personId])
            .map((c) => ({
              position,
              candidatePersonId: c.personId,
              decision: decisions[person.key]![c.personId]!,
            })),
        ),
    }),
    [problem, decide, candidatesReporter, decisions, candidates],
  );
}
