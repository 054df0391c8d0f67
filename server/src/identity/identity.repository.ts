import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseListFilter, type CaseListScope } from '../access/policy';
import type { FieldComparison } from './matching';
import type { LinkKind } from './identity.tables';

/** The columns of a person identity resolution compares, with the case facts identification shows. */
const personColumns = [
  'p.id',
  'p.case_id',
  'p.given_names',
  'p.first_surname',
  'p.second_surname',
  'p.other_names',
  'p.sex',
  'p.birth_date',
  'p.birth_date_estimated',
  'p.nationalities',
  'p.country_of_birth',
  'p.documents',
] as const;

/** People never indexed, or indexed under another key scheme, in batches of `limit` (by id). */
export function findPeopleToIndex(db: Kysely<DB>, version: string, limit: number) {
  return db
    .selectFrom('people as p')
    .leftJoin('person_match_index as i', 'i.person_id', 'p.id')
    .select(personColumns)
    .where((eb) => eb.or([eb('i.person_id', 'is', null), eb('i.keys_version', '<>', version)]))
    .orderBy('p.id')
    .limit(limit)
    .execute();
}
export type MatchPersonRow = Awaited<ReturnType<typeof findPeopleToIndex>>[number];

/** A page of the register's people in id order, after `after`: the register-wide comparison reads them all. */
export function findPeoplePage(db: Kysely<DB>, after: string, limit: number): Promise<MatchPersonRow[]> {
  return db
    .selectFrom('people as p')
    .select(personColumns)
    .where('p.id', '>', after)
    .orderBy('p.id')
    .limit(limit)
    .execute();
}

export async function countPeopleToIndex(db: Kysely<DB>, version: string): Promise<number> {
  const row = await db
    .selectFrom('people as p')
    .leftJoin('person_match_index as i', 'i.person_id', 'p.id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.or([eb('i.person_id', 'is', null), eb('i.keys_version', '<>', version)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Replaces the keys of the given people and marks them indexed under `version`. */
export async function replaceMatchKeys(
  trx: Kysely<DB>,
  entries: { personId: string; keys: string[] }[],
  version: string,
  now: Date,
): Promise<void> {
  if (entries.length === 0) return;
  const ids = entries.map((e) => e.personId);
  await trx.deleteFrom('person_match_keys').where('person_id', 'in', ids).execute();
  const rows = entries.flatMap((e) => [...new Set(e.keys)].map((key) => ({ person_id: e.personId, key })));
  for (let i = 0; i < rows.length; i += 5000)
    await trx
      .insertInto('person_match_keys')
      .values(rows.slice(i, i + 5000))
      .execute();
  await trx
    .insertInto('person_match_index')
    .values(ids.map((id) => ({ person_id: id, keys_version: version, indexed_at: now })))
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({
        keys_version: (eb) => eb.ref('excluded.keys_version'),
        indexed_at: (eb) => eb.ref('excluded.indexed_at'),
      }),
    )
    .execute();
}

/**
 * People filed under any of `keys` (at most `limit`, outside `excludeCaseId`), with their case's
 * number, office and stage, whether the case is sensitive and whether the actor's list scope reaches
 * it: the caller decides what may be shown.
 */
export function findPeopleByKeys(
  db: Kysely<DB>,
  search: { keys: string[]; limit: number; excludeCaseId: string | null; scope: CaseListScope },
) {
  return db
    .selectFrom('people as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('offices as o', 'o.id', 'c.office_id')
    .select(personColumns)
    .select([
      'c.case_number',
      'c.stage',
      'c.sensitive',
      'o.name as office_name',
      caseListFilter(search.scope, 'c').as('readable'),
    ])
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('person_match_keys')
        .select('person_id')
        .distinct()
        .where('key', 'in', search.keys)
        .limit(search.limit),
    )
    .$if(search.excludeCaseId !== null, (qb) => qb.where('p.case_id', '<>', search.excludeCaseId!))
    .execute();
}
export type CandidateRow = Awaited<ReturnType<typeof findPeopleByKeys>>[number];

/** People by id with their case facts, for presenting links and review pairs. */
export function findIdentifiedPeople(db: Kysely<DB>, ids: string[], scope: CaseListScope) {
  if (ids.length === 0) return Promise.resolve([] as CandidateRow[]);
  return db
    .selectFrom('people as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .innerJoin('offices as o', 'o.id', 'c.office_id')
    .select(personColumns)
    .select([
      'c.case_number',
      'c.stage',
      'c.sensitive',
      'o.name as office_name',
      caseListFilter(scope, 'c').as('readable'),
    ])
    .where('p.id', 'in', ids)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Links and identities.

export async function insertLink(
  trx: Kysely<DB>,
  link: {
    kind: LinkKind;
    personA: string;
    personB: string;
    relationship: string | null;
    score: number | null;
    explanation: FieldComparison[];
    source: 'registration' | 'review' | 'case_page';
    by: string;
    at: Date;
  },
): Promise<string> {
  const [a, b] = [link.personA, link.personB].sort() as [string, string];
  const row = await trx
    .insertInto('person_links')
    .values({
      kind: link.kind,
      person_a: a,
      person_b: b,
      relationship: link.relationship,
      score: link.score,
      explanation: JSON.stringify(link.explanation),
      source: link.source,
      linked_by: link.by,
      linked_at: link.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findActiveLink(trx: Kysely<DB>, kind: LinkKind, personA: string, personB: string) {
  const [a, b] = [personA, personB].sort() as [string, string];
  return trx
    .selectFrom('person_links')
    .select('id')
    .where('kind', '=', kind)
    .where('person_a', '=', a)
    .where('person_b', '=', b)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
}

/** A link with the cases of both people, locked for the caller's transaction. */
export function findLinkForUpdate(trx: Kysely<DB>, linkId: string) {
  return trx
    .selectFrom('person_links as l')
    .innerJoin('people as pa', 'pa.id', 'l.person_a')
    .innerJoin('people as pb', 'pb.id', 'l.person_b')
    .select([
      'l.id',
      'l.kind',
      'l.person_a',
      'l.person_b',
      'l.undone_at',
      'pa.case_id as case_a',
      'pb.case_id as case_b',
    ])
    .where('l.id', '=', linkId)
    .forUpdate('l')
    .executeTakeFirst();
}

export async function markLinkUndone(
  trx: Kysely<DB>,
  linkId: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const row = await trx
    .updateTable('person_links')
    .set({ undone_by: by, undone_at: at })
    .where('id', '=', linkId)
    .where('undone_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Every link (active and undone) of the people of a case, newest first. */
export function findLinksOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('person_links as l')
    .innerJoin('people as pa', 'pa.id', 'l.person_a')
    .innerJoin('people as pb', 'pb.id', 'l.person_b')
    .leftJoin('users as u', 'u.id', 'l.linked_by')
    .select([
      'l.id',
      'l.kind',
      'l.person_a',
      'l.person_b',
      'l.relationship',
      'l.score',
      'l.linked_at',
      'l.undone_at',
      'pa.case_id as case_a',
      'pb.case_id as case_b',
      'u.name as linked_by_name',
    ])
    .where((eb) => eb.or([eb('pa.case_id', '=', caseId), eb('pb.case_id', '=', caseId)]))
    .orderBy('l.linked_at', 'desc')
    .execute();
}

/** The identity of each person (a person without a row is an identity of its own). */
async function identitiesOf(trx: Kysely<DB>, personIds: string[]): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('person_identities')
    .select(['person_id', 'identity_id'])
    .where('person_id', 'in', personIds)
    .execute();
  const map = new Map(personIds.map((id) => [id, id]));
  for (const r of rows) map.set(r.person_id, r.identity_id);
  return map;
}

async function setIdentity(trx: Kysely<DB>, personIds: string[], identityId: string): Promise<void> {
  if (personIds.length === 0) return;
  await trx
    .insertInto('person_identities')
    .values(personIds.map((person_id) => ({ person_id, identity_id: identityId })))
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ identity_id: identityId }))
    .execute();
}

/** Joins the identities of two people linked as the same person (the smaller identity id stays). */
export async function mergeIdentities(trx: Kysely<DB>, personA: string, personB: string): Promise<void> {
  const ids = await identitiesOf(trx, [personA, personB]);
  const [ia, ib] = [ids.get(personA)!, ids.get(personB)!];
  if (ia === ib) return;
  const keep = ia < ib ? ia : ib;
  const members = await trx
    .selectFrom('person_identities')
    .select('person_id')
    .where('identity_id', 'in', [ia, ib])
    .execute();
  await setIdentity(trx, [...new Set([personA, personB, ...members.map((m) => m.person_id)])], keep);
}

/**
 * Recomputes the identity of a person's former cluster after a same-person link was undone: the
 * records still joined by active links stay together, the rest become identities of their own.
 */
export async function splitIdentity(trx: Kysely<DB>, personIds: string[]): Promise<void> {
  const ids = await identitiesOf(trx, personIds);
  const clusters = [...new Set(ids.values())];
  const members = await trx
    .selectFrom('person_identities')
    .select('person_id')
    .where('identity_id', 'in', clusters)
    .execute();
  const people = [...new Set([...personIds, ...members.map((m) => m.person_id)])];
  const links = await trx
    .selectFrom('person_links')
    .select(['person_a', 'person_b'])
    .where('kind', '=', 'same_person')
    .where('undone_at', 'is', null)
    .where((eb) => eb.or([eb('person_a', 'in', people), eb('person_b', 'in', people)]))
    .execute();
  const parent = new Map(people.map((p) => [p, p]));
  const root = (p: string): string => {
    let r = p;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const l of links) {
    if (!parent.has(l.person_a) || !parent.has(l.person_b)) continue;
    const [ra, rb] = [root(l.person_a), root(l.person_b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const p of people) groups.set(root(p), [...(groups.get(root(p)) ?? []), p]);
  for (const group of groups.values()) {
    const smallest = [...group].sort()[0]!;
    await setIdentity(trx, group, smallest);
  }
}

/**
 * Person records and distinct persons (identities) among the people of the cases the condition
 * selects: what statistics count once. Without `officeId`, the whole register.
 */
export async function countPersons(
  db: Kysely<DB>,
  filter: { officeId?: string } = {},
): Promise<{ records: number; persons: number }> {
  const row = await db
    .selectFrom('people as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .leftJoin('person_identities as pi', 'pi.person_id', 'p.id')
    .select([
      sql<string>`count(*)`.as('records'),
      sql<string>`count(distinct coalesce(pi.identity_id, p.id))`.as('persons'),
    ])
    .$if(filter.officeId !== undefined, (qb) => qb.where('c.office_id', '=', filter.officeId!))
    .executeTakeFirstOrThrow();
  return { records: Number(row.records), persons: Number(row.persons) };
}

/** The other records of the same identity as each of `personIds` (active same-person clusters). */
export function findSameIdentityPeople(db: Kysely<DB>, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person_identities as mine')
    .innerJoin('person_identities as other', 'other.identity_id', 'mine.identity_id')
    .select(['mine.person_id', 'other.person_id as other_id'])
    .where('mine.person_id', 'in', personIds)
    .whereRef('other.person_id', '<>', 'mine.person_id')
    .execute();
}
