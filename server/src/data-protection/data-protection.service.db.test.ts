import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { AppError } from '../errors/app-error';
import { registerApplication } from '../cases/case.service';
import { findPeopleOfCase } from '../cases/case.repository';
import {
  createRecipient,
  disclose,
  getCaseConsents,
  listCaseDisclosures,
  listRecipients,
  recordConsent,
} from './data-protection.service';

const now = new Date('2026-11-20T16:00:00Z');

describeEachEngine('consent and disclosure', (database) => {
  let jurisdiction: Jurisdiction;
  let registrar: Actor;
  let supervisor: Actor;
  let officerThere: Actor;
  let admin: Actor;
  let unhcr: string;
  let consulate: string;
  let shelter: string;

  const register = () => registerApplication(database().db, registrar, familyOfThree(), jurisdiction, now);
  const refusalOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };
  const consent = (caseId: string, personId: string, purpose: string, decision: string) =>
    recordConsent(
      database().db,
      registrar,
      caseId,
      { personId, purpose, decision, method: 'signed_form', expressedOn: '2026-11-20' },
      now,
    );

  beforeAll(async () => {
    const { db } = database();
    const here = await createOffice(db, 'TAP');
    const there = await createOffice(db, 'CMX');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', here);
    supervisor = await createActor(db, 'supervisor', here);
    officerThere = await createActor(db, 'supervisor', there);
    admin = await createActor(db, 'administrator', null);
    unhcr = (await createRecipient(db, admin, { name: 'ACNUR México', kind: 'unhcr' })).id;
    consulate = (
      await createRecipient(db, admin, {
        name: 'Consulado de Honduras',
        kind: 'state_authority',
        country: 'HND',
      })
    ).id;
    shelter = (await createRecipient(db, admin, { name: 'Casa del Migrante', kind: 'ngo', country: 'MEX' }))
      .id;
  });

  it('keeps the register of recipients for administrators only, and refuses a state authority without its state', async () => {
    const { db } = database();
    await expect(createRecipient(db, supervisor, { name: 'Otra', kind: 'ngo' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const missingState = await refusalOf(
      createRecipient(db, admin, { name: 'Embajada', kind: 'state_authority' }),
    );
    expect(missingState.fields?.map((f) => f.path)).toEqual(['country']);
    const duplicate = await refusalOf(createRecipient(db, admin, { name: 'acnur méxico', kind: 'unhcr' }));
    expect(duplicate.fields?.[0]).toMatchObject({ path: 'name', code: 'name_taken' });
    const names = (await listRecipients(db, supervisor)).recipients.map((r) => r.name);
    expect(names).toEqual(['ACNUR México', 'Casa del Migrante', 'Consulado de Honduras']);
  });

  it('records consents as a history whose newest decision stands, with an event and an audit entry without the note', async () => {
    const { db } = database();
    const kase = await register();
    const [principal] = await findPeopleOfCase(db, kase.id);
    await consent(kase.id, principal!.id, 'unhcr', 'given');
    const after = await recordConsent(
      db,
      registrar,
      kase.id,
      {
        personId: principal!.id,
        purpose: 'unhcr',
        decision: 'withdrawn',
        method: 'oral_recorded',
        expressedOn: '2026-11-20',
        note: 'Teme que su familia sea localizada',
      },
      now,
    );
    const mine = after.people.find((p) => p.personId === principal!.id)!;
    expect(mine.current.unhcr?.decision).toBe('withdrawn');
    expect(mine.history.map((h) => h.decision)).toEqual(['withdrawn', 'given']);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', kase.id)
      .where('action', '=', 'consent.recorded')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('Teme');
    const events = await db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', kase.id)
      .where('type', '=', 'consent_recorded')
      .execute();
    expect(events).toHaveLength(2);
    expect((await getCaseConsents(db, registrar, kase.id)).people).toHaveLength(3);
  });

  it('refuses a consent for a person of another case and one expressed in the future', async () => {
    const { db } = database();
    const kase = await register();
    const other = await register();
    const [stranger] = await findPeopleOfCase(db, other.id);
    const wrongPerson = await refusalOf(consent(kase.id, stranger!.id, 'unhcr', 'given'));
    expect(wrongPerson.fields?.[0]).toMatchObject({ path: 'personId', code: 'not_in_case' });
    const [principal] = await findPeopleOfCase(db, kase.id);
    const future = await refusalOf(
      recordConsent(
        db,
        registrar,
        kase.id,
        {
          personId: principal!.id,
          purpose: 'unhcr',
          decision: 'given',
          method: 'electronic',
          expressedOn: '2026-12-01',
        },
        now,
      ),
    );
    expect(future.fields?.[0]).toMatchObject({ path: 'expressedOn', code: 'in_future' });
  });

  it('shares with consent, naming the recipient and sending only what the purpose needs', async () => {
    const { db } = database();
    const kase = await register();
    const people = await findPeopleOfCase(db, kase.id);
    for (const p of people) await consent(kase.id, p.id, 'partner_referral', 'given');
    const made = await disclose(
      db,
      supervisor,
      kase.id,
      { recipientId: shelter, purpose: 'partner_referral', personIds: people.map((p) => p.id) },
      'MEX',
      now,
    );
    expect(made.package.recipient).toEqual({ name: 'Casa del Migrante', kind: 'ngo', country: 'MEX' });
    expect(made.package.people[0]).toMatchObject({
      firstSurname: 'Pérez',
      contact: { phone: '+52 962 123 4567' },
    });
    expect(JSON.stringify(made.package)).not.toContain('0801-1988-01234');
    const listed = await listCaseDisclosures(db, registrar, kase.id);
    expect(listed.disclosures.map((d) => d.id)).toEqual([made.disclosure.id]);

    await consent(kase.id, people[0]!.id, 'unhcr', 'given');
    const toUnhcr = await disclose(
      db,
      supervisor,
      kase.id,
      { recipientId: unhcr, purpose: 'unhcr', personIds: [people[0]!.id] },
      'MEX',
      now,
    );
    expect(toUnhcr.package.people[0]!.contact).toBeUndefined();
    expect(toUnhcr.package.people[0]!.specificNeeds).toBeUndefined();
  });

  it('refuses, person by person, those without consent, and audits the refusal that was not made', async () => {
    const { db } = database();
    const kase = await register();
    const people = await findPeopleOfCase(db, kase.id);
    await consent(kase.id, people[0]!.id, 'unhcr', 'given');
    await consent(kase.id, people[1]!.id, 'unhcr', 'refused');
    const refused = await refusalOf(
      disclose(
        db,
        supervisor,
        kase.id,
        { recipientId: unhcr, purpose: 'unhcr', personIds: people.map((p) => p.id) },
        'MEX',
        now,
      ),
    );
    expect(refused.code).toBe('disclosure_refused');
    expect(refused.fields?.map((f) => [f.path, f.code])).toEqual([
      ['personIds.1', 'consent_refused'],
      ['personIds.2', 'no_consent'],
    ]);
    expect((await listCaseDisclosures(db, supervisor, kase.id)).disclosures).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('case_id', '=', kase.id)
      .where('action', '=', 'disclosure.refused')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ reasons: ['consent_refused', 'no_consent'] });
  });

  it('never discloses to an authority of the country of origin, whatever the consent', async () => {
    const { db } = database();
    const kase = await register();
    const [principal] = await findPeopleOfCase(db, kase.id);
    await consent(kase.id, principal!.id, 'resettlement', 'given');
    const refused = await refusalOf(
      disclose(
        db,
        supervisor,
        kase.id,
        { recipientId: consulate, purpose: 'resettlement', personIds: [principal!.id] },
        'MEX',
        now,
      ),
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: 'personIds.0', code: 'country_of_origin' }),
    ]);
  });

  it('leaves sharing to supervisors of the case, and hides the case from other offices', async () => {
    const { db } = database();
    const kase = await register();
    const [principal] = await findPeopleOfCase(db, kase.id);
    const input = { recipientId: unhcr, purpose: 'unhcr', personIds: [principal!.id] };
    await expect(disclose(db, registrar, kase.id, input, 'MEX', now)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(disclose(db, officerThere, kase.id, input, 'MEX', now)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(getCaseConsents(db, officerThere, kase.id)).rejects.toMatchObject({ code: 'not_found' });
  });
});
