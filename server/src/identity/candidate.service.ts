import type { Kysely } from 'kysely';
import { CandidateQuery, type CandidateResult } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canSearchIdentities, caseListScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import {
  blockingKeys,
  compare,
  DEFAULT_THRESHOLD,
  prepare,
  type MatchResult,
  type PersonRecord,
} from './matching';
import { findPeopleByKeys, type CandidateRow } from './identity.repository';
import { personRecordOfQuery, personRecordOfRow, presentIdentifiedPerson } from './person-record';

/** How many people filed under the query's keys are compared at most (a very common name fills it). */
export const KEY_HITS_LIMIT = 300;
/** How many candidates are shown at most. */
export const SHOWN_LIMIT = 10;
/** The lowest score shown as a possible match; strong candidates (at the threshold) must be decided on. */
export const POSSIBLE_SCORE = 0.5;

export interface ScoredCandidate {
  row: CandidateRow;
  result: MatchResult;
}

/**
 * The likely existing people for a person being registered: those filed under one of its match keys,
 * compared, above `POSSIBLE_SCORE`, best first. `shown` may be shown to the actor; `restricted` lie in
 * sensitive files the actor may not open and must never be shown (only counted and queued).
 */
export async function findLikelyPeople(
  db: Kysely<DB>,
  actor: Actor,
  record: PersonRecord,
  excludeCaseId: string | null = null,
): Promise<{ shown: ScoredCandidate[]; restricted: ScoredCandidate[] }> {
  const query = prepare(record);
  const keys = blockingKeys(query);
  if (keys.length === 0) return { shown: [], restricted: [] };
  const rows = await findPeopleByKeys(db, {
    keys,
    limit: KEY_HITS_LIMIT,
    excludeCaseId,
    scope: caseListScope(actor),
  });
  const scored = rows
    .map((row) => ({ row, result: compare(query, prepare(personRecordOfRow(row))) }))
    .filter((c) => c.result.score >= POSSIBLE_SCORE)
    .sort((a, b) => b.result.score - a.result.score || a.row.id.localeCompare(b.row.id));
  // The policy's rule (showsInIdentification), as the list filter computed it in SQL.
  const visible = (c: ScoredCandidate) => !c.row.sensitive || c.row.readable;
  return {
    shown: scored.filter(visible).slice(0, SHOWN_LIMIT),
    restricted: scored.filter((c) => !visible(c)),
  };
}

/**
 * POST /identity/candidates: the likely existing people for a person typed in the registration form,
 * with the explanation of each score. Audited with counts and ids only (never the typed name).
 */
export async function searchCandidates(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<CandidateResult> {
  if (!canSearchIdentities(actor)) throw forbidden();
  const query = parseOrThrow(CandidateQuery, raw);
  const { shown, restricted } = await findLikelyPeople(db, actor, personRecordOfQuery(query));
  await recordAudit(db, actor, {
    action: 'identity.candidates',
    details: {
      shown: shown.length,
      restricted: restricted.length,
      personIds: shown.map((c) => c.row.id),
    },
  });
  return {
    candidates: shown.map(({ row, result }) => ({
      ...presentIdentifiedPerson(row),
      score: result.score,
      strong: result.score >= DEFAULT_THRESHOLD,
      fields: result.fields,
    })),
    restricted: restricted.length,
    threshold: DEFAULT_THRESHOLD,
  };
}
