import { sql, type Kysely, type QueryCreator } from 'kysely';
import { actorStandingColumns, type CaseListScope } from '../access/policy';
import { inListScope } from './list-scope-filter';
import type { CaseListParams, OutcomeId, StageId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Insertable } from 'kysely';
import type { CaseTable, PersonTable } from './case.table';
import type { Actor } from '../access/actor';
import { auditInsert, type AuditEntry } from '../audit/audit.repository';
import { newCaseKey } from '../crypto/case-cipher';
import type { FieldPlace, SealedInput } from '../crypto/envelope';
import { processKeyring } from '../crypto/process-keyring';
import { fieldReaderOfKeyRow } from '../crypto/sealed-fields';

/**
 * Takes the next number of an office's yearly sequence. The counter row stays locked until the
 * transaction ends, so concurrent registrations queue and a rolled-back one gives its number back:
 * no duplicates and no gaps.
 */
export async function nextCaseSequence(trx: Kysely<DB>, officeId: string, year: number): Promise<number> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ office_id: officeId, year, last_value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['office_id', 'year'])
        .doUpdateSet({ last_value: sql<number>`case_number_counters.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/**
 * Writes a new case with its people, its first event and the audit entry in one statement: the
 * case id is chosen by the caller, so the inserts need no round trip between them (registration is
 * the busiest write of the system, and a round trip costs more than the insert).
 */
export async function insertCaseWithPeople(
  trx: Kysely<DB>,
  kase: Insertable<CaseTable> & { id: string },
  people: Insertable<PersonTable>[],
  event: { type: string; actorId: string | null; occurredAt: Date; data: Record<string, unknown> },
  audit: { actor: Actor; entry: AuditEntry },
): Promise<void> {
  // The case's data key is made here and stored in the same statement; contact details are sealed
  // under it at each person's place (the person's id, chosen here for the AAD).
  const key = newCaseKey(processKeyring(), kase.id);
  const sealed = people.map((p) => {
    const id = p.id ?? crypto.randomUUID();
    const seal = (column: 'phone' | 'address', value: SealedInput | undefined) =>
      Buffer.isBuffer(value) ? value : key.cipher.sealText(personPlace(id, column), value ?? '');
    return { ...p, id, phone: seal('phone', p.phone), address: seal('address', p.address) };
  });
  await trx
    .with('new_case', (db) => db.insertInto('cases').values(kase))
    .with('new_key', (db) => db.insertInto('data_keys').values(key.row))
    .with('new_people', (db) => db.insertInto('people').values(sealed))
    // The CTE's query creator only adds the earlier CTE names to DB; the audit insert needs none of them.
    .with('new_audit', (db) => auditInsert(db as unknown as QueryCreator<DB>, audit.actor, audit.entry))
    .insertInto('case_events')
    .values({
      case_id: kase.id,
      type: event.type,
      actor_id: event.actorId,
      occurred_at: event.occurredAt,
      data: JSON.stringify(event.data),
    })
    .execute();
}

const caseWithOffice = (db: Kysely<DB>, actorId: string | null) =>
  db
    .selectFrom('cases')
    .innerJoin('offices', 'offices.id', 'cases.office_id')
    .leftJoin('users', 'users.id', 'cases.registered_by')
    .leftJoin('users as assignee', 'assignee.id', 'cases.assigned_to')
    .selectAll('cases')
    .select([
      'offices.code as office_code',
      'offices.name as office_name',
      'offices.city as office_city',
      'users.name as registered_by_name',
      'assignee.name as assigned_to_name',
    ])
    .select(actorStandingColumns(actorId, 'cases.id'));

export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseById>>>;

/**
 * A case with its office and, when `actorId` is given, that user's standing on it (named supervisor,
 * active break-glass grant) for the policy; without it the row grants no standing.
 */
export function findCaseById(db: Kysely<DB>, id: string, actorId: string | null = null) {
  return caseWithOffice(db, actorId).where('cases.id', '=', id).executeTakeFirst();
}

/** Where a person's sealed contact detail lives (its AAD); legacy-sealing.ts names the same place. */
const personPlace = (personId: string, column: 'phone' | 'address'): FieldPlace => ({
  table: 'people',
  column,
  rowId: personId,
});

/**
 * The people of a case in order, phone and address opened. The case's data key comes in the same
 * query (a join), so opening costs no round trip; lists and searches never select these columns.
 */
export async function findPeopleOfCase(db: Kysely<DB>, caseId: string) {
  const rows = await db
    .selectFrom('people')
    .leftJoin('data_keys', 'data_keys.case_id', 'people.case_id')
    .selectAll('people')
    .select(['data_keys.master_key_id', 'data_keys.wrapped_key'])
    .where('people.case_id', '=', caseId)
    .orderBy('people.position')
    .execute();
  if (rows.length === 0) return [];
  const reader = fieldReaderOfKeyRow(caseId, rows[0]);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key columns are dropped
  return rows.map(({ master_key_id: _k, wrapped_key: _w, ...row }) => ({
    ...row,
    phone: reader.open(personPlace(row.id, 'phone'), row.phone),
    address: reader.open(personPlace(row.id, 'address'), row.address),
  }));
}
export type PersonRow = Awaited<ReturnType<typeof findPeopleOfCase>>[number];

export function findEventsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_id')
    .select([
      'case_events.id',
      'case_events.type',
      'case_events.occurred_at',
      'case_events.actor_id',
      'case_events.data',
      'users.name as actor_name',
    ])
    .where('case_events.case_id', '=', caseId)
    .orderBy('case_events.id')
    .execute();
}
export type CaseEventRow = Awaited<ReturnType<typeof findEventsOfCase>>[number];

const sortColumns = {
  registeredAt: 'cases.registered_at',
  applicationDate: 'cases.application_date',
  caseNumber: 'cases.case_number',
  name: 'cases.principal_sort',
  nextDeadline: 'case_clocks.next_due_on',
} as const;

export interface CaseSearch {
  scope: CaseListScope;
  tokens: string[];
  query: CaseListParams;
  /** Today and the last day of "due soon", on the deployment's calendar, for the deadline filter. */
  dates: { today: string; dueSoonUntil: string };
}

/** One page of cases matching every token (substring of a normalised name or the case number). */
export async function searchCases(db: Kysely<DB>, search: CaseSearch) {
  let filtered = db.selectFrom('cases').leftJoin('case_clocks', 'case_clocks.case_id', 'cases.id');
  filtered = filtered.where(inListScope(search.scope, 'cases'));
  // A disposed file (retention) keeps only its tombstone row: it is in the disposal log, not the list.
  filtered = filtered.where(({ not, exists, selectFrom }) =>
    not(
      exists(selectFrom('disposals').select('disposals.id').whereRef('disposals.case_id', '=', 'cases.id')),
    ),
  );
  if (search.query.officeId) filtered = filtered.where('cases.office_id', '=', search.query.officeId);
  if (search.query.status) filtered = filtered.where('cases.status', '=', search.query.status);
  if (search.query.stage) filtered = filtered.where('cases.stage', '=', search.query.stage);
  if (search.query.nationality) {
    filtered = filtered.where(
      sql<boolean>`cases.nationalities @> array[${search.query.nationality}]::text[]`,
    );
  }
  if (search.query.deadline) {
    const { today, dueSoonUntil } = search.dates;
    const kind = search.query.deadline;
    // Any running limit of the case, not only the next one: a case can be overdue on one and suspended on none.
    filtered = filtered.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('case_deadlines as d')
          .select('d.limit_id')
          .whereRef('d.case_id', '=', 'cases.id')
          .where((eb) =>
            kind === 'suspended'
              ? eb('d.status', '=', 'suspended')
              : kind === 'overdue'
                ? eb.and([eb('d.status', '=', 'open'), eb('d.due_on', '<', today)])
                : eb.and([
                    eb('d.status', '=', 'open'),
                    eb('d.due_on', '>=', today),
                    eb('d.due_on', '<=', dueSoonUntil),
                  ]),
          ),
      ),
    );
  }
  for (const token of search.tokens) {
    // Tokens are normalised to letters and digits, so they hold no LIKE wildcards.
    filtered = filtered.where('cases.search_text', 'like', `%${token}%`);
  }
  const { total } = await filtered.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
  const rows = await filtered
    .innerJoin('offices', 'offices.id', 'cases.office_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.status',
      'cases.stage',
      'cases.application_date',
      'cases.principal_name',
      'cases.nationalities',
      'cases.people_count',
      'cases.late_filing',
      'cases.registered_at',
      'cases.track',
      'cases.sensitive',
      'offices.id as office_id',
      'offices.code as office_code',
      'offices.name as office_name',
      'offices.city as office_city',
      'case_clocks.next_limit',
      'case_clocks.next_due_on',
      'case_clocks.next_status',
    ])
    .orderBy(sortColumns[search.query.sort], (ob) =>
      search.query.order === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast(),
    )
    .orderBy('cases.id')
    .limit(search.query.pageSize)
    .offset((search.query.page - 1) * search.query.pageSize)
    .execute();
  return { total, rows };
}
export type CaseListRow = Awaited<ReturnType<typeof searchCases>>['rows'][number];

/**
 * Moves a case to a new stage only if nobody changed it since the version the user saw; the version
 * goes up by one. Returns the new version, or undefined when the case was changed meanwhile.
 */
export async function updateCaseStage(
  trx: Kysely<DB>,
  change: {
    caseId: string;
    version: number;
    stage: StageId;
    outcome: OutcomeId | null;
    /** The step lodges an appeal: the case is opened to appeals officers of every office. */
    appealLodged: boolean;
    now: Date;
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('cases')
    .set({
      stage: change.stage,
      outcome: change.outcome,
      ...(change.appealLodged ? { appeal_on_file: true } : {}),
      version: sql<number>`version + 1`,
      updated_at: change.now,
    })
    .where('id', '=', change.caseId)
    .where('version', '=', change.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Appends one event to a case's history, with its audit entry in the same statement. */
export async function insertCaseEvent(
  trx: Kysely<DB>,
  event: { caseId: string; type: string; actorId: string; occurredAt: Date; data: object },
  audit: { actor: Actor; entry: AuditEntry },
): Promise<void> {
  await trx
    .with('new_audit', (db) => auditInsert(db, audit.actor, audit.entry))
    .insertInto('case_events')
    .values({
      case_id: event.caseId,
      type: event.type,
      actor_id: event.actorId,
      occurred_at: event.occurredAt,
      data: JSON.stringify(event.data),
    })
    .execute();
}

/**
 * Records a change to a case made from the version the user saw (an extension, a change of track):
 * the version goes up by one. Returns the new version, or undefined when the case changed meanwhile.
 */
export async function bumpCaseVersion(
  trx: Kysely<DB>,
  change: {
    caseId: string;
    version: number;
    now: Date;
    set?: { track: string; triage: string } | { assigned_to: string | null };
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('cases')
    .set({ ...change.set, version: sql<number>`version + 1`, updated_at: change.now })
    .where('id', '=', change.caseId)
    .where('version', '=', change.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
