import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { writeLink } from '../identity/link.service';
import { allowDisposalDeletes, deleteCaseRecords } from './disposal.repository';

const mexico = jurisdictionOf('MEX');
const at = new Date('2026-11-10T16:00:00Z');

describeEachEngine('retention: disposal and the identities of linked records', (database) => {
  let registrar: Actor;
  beforeAll(async () => {
    const { db } = database();
    registrar = await createActor(db, 'registration_officer', await createOffice(db, 'DSP'));
  });

  /** A case of one applicant; answers the case and its person. */
  async function single(givenNames: string) {
    const { db } = database();
    const input = familyOfThree({ dependants: [] });
    input.principal = { ...input.principal, givenNames };
    const kase = await registerApplication(db, registrar, input, mexico, at);
    const person = await db
      .selectFrom('people')
      .select('id')
      .where('case_id', '=', kase.id)
      .executeTakeFirstOrThrow();
    return { caseId: kase.id, personId: person.id };
  }

  it('removes the disposed person from links and keys, and splits the records it alone joined', async () => {
    const { db } = database();
    const [a, b, c] = [await single('Ana'), await single('Ana María'), await single('Anita')];
    await db.transaction().execute(async (trx) => {
      for (const [x, y] of [
        [a, b],
        [b, c],
      ] as const)
        await writeLink(
          trx,
          registrar,
          {
            kind: 'same_person',
            personId: x.personId,
            personCaseId: x.caseId,
            otherPersonId: y.personId,
            otherCaseId: y.caseId,
            source: 'case_page',
          },
          at,
        );
    });
    const identityOf = async (personId: string) =>
      (
        await db
          .selectFrom('person_identities')
          .select('identity_id')
          .where('person_id', '=', personId)
          .executeTakeFirst()
      )?.identity_id;
    // Through B, A and C are one person.
    expect(await identityOf(a.personId)).toBe(await identityOf(c.personId));

    await db.transaction().execute(async (trx) => {
      await allowDisposalDeletes(trx);
      const { counts } = await deleteCaseRecords(trx, b.caseId);
      expect(counts).toMatchObject({ person_links: 2, person_identities: 1, people: 1 });
    });

    // B was the only link between A and C: each is a person of their own again.
    expect(await identityOf(a.personId)).not.toBe(await identityOf(c.personId));
    const left = await sql<{ n: number }>`
      select count(*)::int as n from person_match_keys where person_id = ${b.personId}`.execute(db);
    expect(left.rows[0]!.n).toBe(0);
    const links = await db
      .selectFrom('person_links')
      .select('id')
      .where((eb) => eb.or([eb('person_a', '=', b.personId), eb('person_b', '=', b.personId)]))
      .execute();
    expect(links).toEqual([]);
  });
});
