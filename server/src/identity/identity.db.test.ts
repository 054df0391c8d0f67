import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { RegisterApplicationInput } from '@refugio/contract';
import type { DB } from '../db/schema';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { markCaseSensitive } from '../../test/fixtures/sensitivity';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import type { Actor } from '../access/actor';
import { AppError } from '../errors/app-error';
import { countPersons } from './identity.repository';
import { findLikelyPeople, searchCandidates } from './candidate.service';
import { caseIdentityLinks, linkPerson, undoLink } from './link.service';
import { personRecordOfQuery } from './person-record';
import { runRegisterDedup } from './register-dedup.service';
import { listReviewQueue, decideReviewPairOf } from './review-queue.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-20T16:00:00Z');

/** One applicant alone, distinct from every other applicant of these tests unless given the same names. */
function single(
  givenNames: string,
  firstSurname: string,
  secondSurname: string,
  birthDate: string,
): RegisterApplicationInput {
  const family = familyOfThree();
  return {
    ...family,
    principal: {
      ...family.principal,
      givenNames,
      firstSurname,
      secondSurname,
      birthDate,
      documents: [],
      phone: '',
    },
    dependants: [],
  };
}

const principalOf = (db: Kysely<DB>, caseId: string) =>
  db
    .selectFrom('people')
    .select('id')
    .where('case_id', '=', caseId)
    .where('position', '=', 0)
    .executeTakeFirstOrThrow()
    .then((r) => r.id);

describeEachEngine('identity resolution on the register', (database) => {
  let registrar: Actor;
  let registrarElsewhere: Actor;
  let supervisor: Actor;
  let otherSupervisor: Actor;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const cmx = await createOffice(db, 'CMX');
    registrar = await createActor(db, 'registration_officer', tap);
    registrarElsewhere = await createActor(db, 'registration_officer', cmx);
    supervisor = await createActor(db, 'supervisor', tap);
    otherSupervisor = await createActor(db, 'supervisor', cmx);
    const register = async (who: Actor, input: RegisterApplicationInput) =>
      (await registerApplication(db, who, input, mexico, now)).id;
    cases.maria = await register(
      registrarElsewhere,
      single('María José', 'Hernández', 'Pérez', '1990-05-17'),
    );
    cases.hidden = await register(
      registrarElsewhere,
      single('Dolores Esperanza', 'Quispe', 'Mamani', '1979-03-02'),
    );
    await markCaseSensitive(db, cases.hidden, { by: otherSupervisor.id, supervisors: [otherSupervisor.id] });
  });

  it('finds a person registered in another office, with the explanation, and audits the search by ids', async () => {
    const { db } = database();
    const result = await searchCandidates(db, registrar, {
      givenNames: 'Maria Jose',
      firstSurname: 'Hernandez',
      birthDate: '1990-05-17',
      sex: 'F',
      nationalities: ['HND'],
    });
    const mariaId = await principalOf(db, cases.maria!);
    expect(result.candidates.map((c) => c.personId)).toEqual([mariaId]);
    expect(result.candidates[0]!.caseNumber).toMatch(/CMX/);
    expect(result.candidates[0]!.fields.length).toBeGreaterThan(0);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'identity.candidates')
      .where('actor_id', '=', registrar.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toMatch(/Maria|Hernandez/i);
    expect(audit.details).toMatchObject({ shown: 1, personIds: [mariaId] });
  });

  it('never shows a person of a sensitive file to those who may not open it, but counts it', async () => {
    const { db } = database();
    const query = {
      givenNames: 'Dolores Esperanza',
      firstSurname: 'Quispe',
      secondSurname: 'Mamani',
      birthDate: '1979-03-02',
    };
    const outside = await searchCandidates(db, registrar, query);
    expect(outside.candidates).toEqual([]);
    expect(outside.restricted).toBe(1);
    const named = await findLikelyPeople(db, otherSupervisor, personRecordOfQuery(query));
    expect(named.shown.map((c) => c.row.case_id)).toEqual([cases.hidden]);
  });

  it("puts a likely match in a sensitive file in its named supervisors' queue when the new person is saved", async () => {
    const { db } = database();
    const id = (
      await registerApplication(
        db,
        registrar,
        { ...single('Dolores Esperanza', 'Quispe', 'Mamani', '1979-03-02'), identityChecks: [] },
        mexico,
        now,
      )
    ).id;
    const queue = await listReviewQueue(db, otherSupervisor, {});
    expect(queue.items.some((p) => p.a.caseId === id || p.b.caseId === id)).toBe(true);
    const elsewhere = await listReviewQueue(db, supervisor, {});
    expect(elsewhere.items.some((p) => p.a.caseId === cases.hidden || p.b.caseId === cases.hidden)).toBe(
      false,
    );
  });

  it('refuses to save without a decision on a strong candidate, naming the person', async () => {
    const { db } = database();
    const attempt = registerApplication(
      db,
      registrar,
      { ...single('María José', 'Hernández', 'Pérez', '1990-05-17'), identityChecks: [] },
      mexico,
      now,
    );
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      fields: [
        expect.objectContaining({
          path: 'principal',
          code: 'undecided_identity_candidate',
          message: expect.stringContaining('María José Hernández'),
        }),
      ],
    });
  });

  it('links as the same person at registration: both records kept, the person counted once, undone by a new state', async () => {
    const { db } = database();
    const mariaId = await principalOf(db, cases.maria!);
    const before = await countPersons(db);
    const { id } = await registerApplication(
      db,
      registrar,
      {
        ...single('María José', 'Hernández', 'Pérez', '1990-05-17'),
        identityChecks: [{ position: 0, candidatePersonId: mariaId, decision: 'same_person' }],
      },
      mexico,
      now,
    );
    const after = await countPersons(db);
    expect(after.records).toBe(before.records + 1);
    expect(after.persons).toBe(before.persons);
    const check = await db
      .selectFrom('registration_identity_checks')
      .selectAll()
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(check).toMatchObject({
      candidate_person_id: mariaId,
      decision: 'same_person',
      decided_by: registrar.id,
    });
    const links = await caseIdentityLinks(db, registrar, id);
    expect(links.links).toHaveLength(1);
    expect(links.links[0]!.other?.caseId).toBe(cases.maria);
    const events = await db
      .selectFrom('case_events')
      .select('case_id')
      .where('type', '=', 'identity_linked')
      .execute();
    expect(new Set(events.map((e) => e.case_id))).toEqual(new Set([id, cases.maria]));

    const undone = await undoLink(db, registrar, id, links.links[0]!.id, now);
    expect(undone.links[0]!.undoneAt).not.toBeNull();
    expect(await countPersons(db)).toEqual({ records: after.records, persons: after.persons + 1 });
    const rows = await db
      .selectFrom('person_links')
      .select('undone_at')
      .where('id', '=', links.links[0]!.id)
      .execute();
    expect(rows).toHaveLength(1);
    await expect(undoLink(db, registrar, id, links.links[0]!.id, now)).rejects.toMatchObject({ status: 409 });
    // Linked again from the case page: the person is counted once again.
    await linkPerson(
      db,
      registrar,
      id,
      await principalOf(db, id),
      { otherPersonId: mariaId, kind: 'same_person' },
      now,
    );
    expect((await countPersons(db)).persons).toBe(after.persons);
  });

  it('keeps a chain of three records one person until the middle link is undone', async () => {
    const { db } = database();
    const register = async () =>
      (
        await registerApplication(
          db,
          registrar,
          single('Wilner', 'Jean-Baptiste', 'Pierre', '1985-12-01'),
          mexico,
          now,
        )
      ).id;
    const [c1, c2, c3] = [await register(), await register(), await register()];
    const [p1, p2, p3] = [await principalOf(db, c1), await principalOf(db, c2), await principalOf(db, c3)];
    const base = (await countPersons(db)).persons;
    await linkPerson(db, supervisor, c1, p1, { otherPersonId: p2, kind: 'same_person' }, now);
    const second = await linkPerson(db, supervisor, c2, p2, { otherPersonId: p3, kind: 'same_person' }, now);
    expect((await countPersons(db)).persons).toBe(base - 2);
    const middle = second.links.find((l) => l.other?.personId === p3 && l.undoneAt === null)!;
    await undoLink(db, supervisor, c2, middle.id, now);
    expect((await countPersons(db)).persons).toBe(base - 1);
  });

  it('fills the review queue once: a re-run neither duplicates pending pairs nor revives rejected ones', async () => {
    const { db } = database();
    const a = (
      await registerApplication(
        db,
        registrar,
        single('Juan Carlos', 'Ochoa', 'Lemus', '1970-01-30'),
        mexico,
        now,
      )
    ).id;
    const b = (
      await registerApplication(
        db,
        registrarElsewhere,
        single('Juan Carlos', 'Ochoa', 'Lemus', '1970-01-30'),
        mexico,
        now,
      )
    ).id;
    const [pa, pb] = [await principalOf(db, a), await principalOf(db, b)];
    const pairOf = () =>
      db
        .selectFrom('identity_review_pairs')
        .selectAll()
        .where('kind', '=', 'same_person')
        .where('person_a', '=', pa < pb ? pa : pb)
        .where('person_b', '=', pa < pb ? pb : pa)
        .execute();
    // Registered without a search (no identityChecks): the strong candidate was queued then.
    expect(await pairOf()).toHaveLength(1);
    const first = await runRegisterDedup(db, {});
    expect(first.compared).toBeGreaterThan(0);
    expect(await pairOf()).toHaveLength(1);
    const [pair] = await pairOf();
    await decideReviewPairOf(db, supervisor, pair!.id, { decision: 'reject', version: pair!.version }, now);
    await expect(
      decideReviewPairOf(db, supervisor, pair!.id, { decision: 'confirm', version: pair!.version }, now),
    ).rejects.toMatchObject({ status: 409 });
    const second = await runRegisterDedup(db, {});
    expect(second.queued).toBe(0);
    const rows = await pairOf();
    expect(rows.map((r) => r.status)).toEqual(['rejected']);
  });
});

describe('identity resolution without the database', () => {
  it('maps a typed person to a record the engine compares', () => {
    const record = personRecordOfQuery({
      givenNames: 'Ana',
      firstSurname: 'Ruiz',
      nationalities: ['GTM'],
      phone: '+502 5555 1234',
    });
    expect(record).toMatchObject({
      givenNames: 'Ana',
      firstSurname: 'Ruiz',
      secondSurname: '',
      nationality: 'GTM',
      phones: ['+502 5555 1234'],
    });
  });
});
