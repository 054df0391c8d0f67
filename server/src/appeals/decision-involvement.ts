import type { Kysely } from 'kysely';
import { OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { DecisionInvolvement } from '../access/policy';

/** A case event as this module reads it (the shape of `findEventsOfCase` rows). */
export interface HistoryEvent {
  readonly id: string;
  readonly type: string;
  readonly actor_id: string | null;
  readonly actor_name?: string | null;
  readonly data: unknown;
}

interface Person {
  id: string;
  name: string;
}

/** A first-instance decision as the case's history records it. */
export interface IssuedDecision {
  /** The `issue_decision` / `declare_inadmissible` event. */
  eventId: string;
  /** The decision record the event names (`record: {kind: 'decision', id}`), if any. */
  recordId: string | null;
  outcome: OutcomeId | null;
  issuedOn: string | null;
  /** The written notification of this decision, if it was notified before the next one was issued. */
  notifiedOn: string | null;
  author: Person | null;
  approver: Person | null;
  involvement: DecisionInvolvement;
}

const issuing = new Set(['issue_decision', 'declare_inadmissible']);
const drafting = new Set(['draft_recognition', 'draft_refusal']);

const dataOf = (event: HistoryEvent): Record<string, unknown> =>
  typeof event.data === 'object' && event.data !== null ? (event.data as Record<string, unknown>) : {};

function markDate(event: HistoryEvent, mark: string): string | null {
  const marks = dataOf(event).marks as { event?: unknown; date?: unknown } | null | undefined;
  return marks && marks.event === mark && typeof marks.date === 'string' ? marks.date : null;
}

const person = (event: HistoryEvent | undefined): Person | null =>
  event?.actor_id ? { id: event.actor_id, name: event.actor_name ?? '' } : null;

/**
 * Every decision issued on a case, oldest first, from its history (ordered by event id): the approver
 * is who issued it, the author who last drafted before it, the interviewers whoever recorded an
 * interview before it; the outcome is the last one a step recorded up to it (MEX issues the draft's).
 * Pure: the decision records of package C are not needed to know who took part.
 */
export function issuedDecisions(events: readonly HistoryEvent[]): IssuedDecision[] {
  const decisions: IssuedDecision[] = [];
  let outcome: OutcomeId | null = null;
  let author: HistoryEvent | undefined;
  const interviewers = new Set<string>();
  for (const event of events) {
    const data = dataOf(event);
    const recorded = OutcomeId.safeParse(data.outcome);
    if (recorded.success) outcome = recorded.data;
    if (drafting.has(event.type)) author = event;
    if (event.type === 'record_interview' && event.actor_id) interviewers.add(event.actor_id);
    if (issuing.has(event.type)) {
      const record = data.record as { kind?: unknown; id?: unknown } | undefined;
      decisions.push({
        eventId: event.id,
        recordId: record?.kind === 'decision' && typeof record.id === 'string' ? record.id : null,
        outcome,
        issuedOn: markDate(event, 'decision_issued'),
        notifiedOn: null,
        author: person(author),
        approver: person(event),
        involvement: {
          authorId: author?.actor_id ?? null,
          approverId: event.actor_id,
          interviewerIds: [...interviewers],
        },
      });
      continue;
    }
    const notified = markDate(event, 'written_notification');
    const latest = decisions[decisions.length - 1];
    if (notified && latest && latest.notifiedOn === null) latest.notifiedOn = notified;
  }
  return decisions;
}

/** The case's latest issued decision, or null before any. */
export function latestDecision(events: readonly HistoryEvent[]): IssuedDecision | null {
  return issuedDecisions(events).at(-1) ?? null;
}

/** The events of several cases that tell who decided what (for sampling a period's decisions). */
export function findDecisionHistories(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_id')
    .select([
      'case_events.id',
      'case_events.case_id',
      'case_events.type',
      'case_events.actor_id',
      'case_events.occurred_at',
      'case_events.data',
      'users.name as actor_name',
    ])
    .where('case_events.case_id', 'in', caseIds)
    .where('case_events.type', 'in', [
      'record_interview',
      'draft_recognition',
      'draft_refusal',
      'return_draft',
      'issue_decision',
      'declare_inadmissible',
      'notify_decision',
    ])
    .orderBy('case_events.id')
    .execute();
}
