import type { Kysely } from 'kysely';
import {
  fullName,
  type Dependant,
  type FieldError,
  type IdentityCheckInput,
  type Person,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { caseListScope } from '../access/policy';
import { validationFailed } from '../errors/app-error';
import {
  blockingKeys,
  compare,
  DEFAULT_THRESHOLD,
  MATCH_KEYS_VERSION,
  prepare,
  type PersonRecord,
} from './matching';
import { findIdentifiedPeople, replaceMatchKeys } from './identity.repository';
import { queueReviewPairs } from './review-queue.repository';
import { findLikelyPeople, type ScoredCandidate } from './candidate.service';
import { personRecordOfQuery, personRecordOfRow } from './person-record';
import { writeLink } from './link.service';

export interface RegisteredPerson {
  id: string;
  position: number;
  record: PersonRecord;
  /** The person's name, for the message that asks for a decision (never logged). */
  name: string;
}

/**
 * Identity resolution at registration, in the registration's transaction: when the officer searched
 * (`checks` given, as the web form always does), every strong candidate of every new person must have
 * been decided on, or registration is refused naming the person; without `checks` (imports, scripts)
 * strong candidates go to the supervisors' review queue instead. The decisions are recorded with the score and its explanation, "same person" decisions become links,
 * likely matches in sensitive files the officer may not see go to those files' supervisors' review
 * queue, and the new people are filed under their match keys.
 */
export async function recordIdentityAtRegistration(
  trx: Kysely<DB>,
  actor: Actor,
  registration: { caseId: string; people: RegisteredPerson[]; checks: IdentityCheckInput[] | undefined },
  now: Date,
): Promise<void> {
  const { caseId, people } = registration;
  // Without decisions (a caller that did not search: imports, scripts), strong candidates are queued.
  const searched = registration.checks !== undefined;
  const checks = registration.checks ?? [];
  const undecided: { person: RegisteredPerson; candidate: ScoredCandidate }[] = [];
  const problems: FieldError[] = [];
  const decided: { person: RegisteredPerson; check: IdentityCheckInput; candidate: ScoredCandidate }[] = [];
  const restricted: { person: RegisteredPerson; candidate: ScoredCandidate }[] = [];
  for (const person of people) {
    const likely = await findLikelyPeople(trx, actor, person.record, caseId);
    restricted.push(...likely.restricted.map((candidate) => ({ person, candidate })));
    const mine = checks.filter((c) => c.position === person.position);
    for (const candidate of likely.shown) {
      if (candidate.result.score < DEFAULT_THRESHOLD) continue;
      if (mine.some((c) => c.candidatePersonId === candidate.row.id)) continue;
      if (!searched) {
        undecided.push({ person, candidate });
        continue;
      }
      problems.push({
        path: person.position === 0 ? 'principal' : `dependants.${person.position - 1}`,
        code: 'undecided_identity_candidate',
        message: `Decide whether ${person.name} is the person already registered in case ${candidate.row.case_number}`,
      });
    }
    for (const check of mine) {
      const known = likely.shown.find((c) => c.row.id === check.candidatePersonId);
      const candidate =
        known ?? (await candidateByIdOf(trx, actor, person.record, check.candidatePersonId, caseId));
      if (!candidate) {
        problems.push({
          path: `identityChecks.${checks.indexOf(check)}.candidatePersonId`,
          code: 'unknown',
          message: 'No such person',
        });
        continue;
      }
      decided.push({ person, check, candidate });
    }
  }
  for (const [i, check] of checks.entries())
    if (!people.some((p) => p.position === check.position))
      problems.push({
        path: `identityChecks.${i}.position`,
        code: 'unknown',
        message: 'No person at this position',
      });
  if (problems.length > 0) throw validationFailed(problems);

  await replaceMatchKeys(
    trx,
    people.map((p) => ({ personId: p.id, keys: blockingKeys(prepare(p.record)) })),
    MATCH_KEYS_VERSION,
    now,
  );
  if (decided.length > 0)
    await trx
      .insertInto('registration_identity_checks')
      .values(
        decided.map(({ person, check, candidate }) => ({
          case_id: caseId,
          person_id: person.id,
          candidate_person_id: check.candidatePersonId,
          decision: check.decision,
          score: candidate.result.score,
          explanation: JSON.stringify(candidate.result.fields),
          decided_by: actor.id,
          decided_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['person_id', 'candidate_person_id']).doNothing())
      .execute();
  for (const { person, check, candidate } of decided) {
    if (check.decision !== 'same_person') continue;
    await writeLink(
      trx,
      actor,
      {
        kind: 'same_person',
        personId: person.id,
        personCaseId: caseId,
        otherPersonId: candidate.row.id,
        otherCaseId: candidate.row.case_id,
        score: candidate.result.score,
        explanation: candidate.result.fields,
        source: 'registration',
      },
      now,
    );
  }
  await queueReviewPairs(
    trx,
    [...restricted, ...undecided].map(({ person, candidate }) => ({
      kind: 'same_person',
      personA: person.id,
      personB: candidate.row.id,
      score: candidate.result.score,
      explanation: candidate.result.fields,
      source: 'registration',
    })),
  );
}

/** A candidate the officer decided on that the search no longer lists: compared again, if the actor may see it. */
async function candidateByIdOf(
  trx: Kysely<DB>,
  actor: Actor,
  record: PersonRecord,
  personId: string,
  caseId: string,
): Promise<ScoredCandidate | null> {
  const [row] = await findIdentifiedPeople(trx, [personId], caseListScope(actor));
  if (!row || row.case_id === caseId || (row.sensitive && !row.readable)) return null;
  return { row, result: compare(prepare(record), prepare(personRecordOfRow(row))) };
}

/** The people of a registration as identity resolution sees them, with the officer's decisions. */
export function identityOfRegistration(
  caseId: string,
  personIds: string[],
  input: { principal: Person; dependants: Dependant[]; identityChecks?: IdentityCheckInput[] | undefined },
): { caseId: string; people: RegisteredPerson[]; checks: IdentityCheckInput[] | undefined } {
  const people = [input.principal, ...input.dependants].map((p, position) => ({
    id: personIds[position]!,
    position,
    name: fullName(p),
    record: {
      ...personRecordOfQuery({ ...p, nationalities: p.nationalities }, personIds[position]!),
      otherNames: p.otherNames,
      phones: p.phone ? [p.phone] : [],
    },
  }));
  return { caseId, people, checks: input.identityChecks };
}
