import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { rejection } from '../../test/fixtures/rejection';
import { getCaseFile, listCases, registerApplication } from './case.service';
import { CaseListQuery } from '@refugio/contract';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-10T16:00:00Z');
const query = (q: Partial<Record<string, unknown>> = {}) => CaseListQuery.parse(q);

describeEachEngine('registering an application', (database) => {
  let officer: Actor;
  let otherOfficer: Actor;
  let statistician: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const cmx = await createOffice(db, 'CMX');
    officer = await createActor(db, 'registration_officer', tap);
    otherOfficer = await createActor(db, 'registration_officer', cmx);
    statistician = await createActor(db, 'statistician', null);
  });

  it('stores the family, its event and audit entry, and numbers the case', async () => {
    const { db } = database();
    const registered = await registerApplication(db, officer, familyOfThree(), mexico, now);
    expect(registered.caseNumber).toBe('COMAR-TAP-2026-000001');
    expect(registered.filingWindow).toEqual({
      late: false,
      // Entry Mon 2 Nov 2026; Fri 20 Nov is non-working (LFPA art. 28), so day 30 is Tue 15 Dec.
      deadline: '2026-12-15',
      method: 'working_days',
    });

    const file = await getCaseFile(db, officer, registered.id, mexico, now);
    expect(file.people.map((p) => [p.role, p.relationship, p.givenNames])).toEqual([
      ['principal', null, 'José Ángel'],
      ['dependant', 'spouse', 'María Inés'],
      ['dependant', 'child', 'Sofía'],
    ]);
    expect(file.people[2]!.nationalities).toEqual(['HND', 'GTM']);
    expect(file.people[2]!.birthDateEstimated).toBe(true);
    expect(file.people[0]!.documents).toEqual([
      { type: 'national_id', number: '0801-1988-01234', issuingCountry: 'HND' },
    ]);
    // Filed Tue 10 Nov 2026; day 1 is Wed 11 Nov. Counting weekdays and skipping Fri 20 Nov, Fri 25 Dec
    // and Fri 1 Jan (LFPA art. 28): 11–13 Nov → 3, to 19 Nov → 7, 27 Nov → 12, 4 Dec → 17, 11 Dec → 22,
    // 18 Dec → 27, 24 Dec → 31, 31 Dec → 35, 8 Jan → 40, Fri 15 Jan 2027 → 45.
    expect(file.deadlines.map((d) => [d.limit, d.dueDate, d.status])).toEqual([
      ['filing', '2026-12-15', 'met'],
      ['first_instance_decision', '2027-01-15', 'open'],
    ]);
    expect(file.events).toHaveLength(1);
    expect(file.events[0]).toMatchObject({ type: 'application_registered', actor: { id: officer.id } });

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('case_id', '=', registered.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'case.register', actor_id: officer.id },
      { action: 'case.read', actor_id: officer.id },
    ]);
  });

  it('gives concurrent registrations distinct numbers with no gap', async () => {
    const { db } = database();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => registerApplication(db, officer, familyOfThree(), mexico, now)),
    );
    const sequences = results.map((r) => Number(r.caseNumber.slice(-6))).sort((a, b) => a - b);
    expect(sequences).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('numbers each office separately', async () => {
    const { db } = database();
    const registered = await registerApplication(db, otherOfficer, familyOfThree(), mexico, now);
    expect(registered.caseNumber).toBe('COMAR-CMX-2026-000001');
  });

  it('writes nothing, and loses no number, when a step inside the transaction fails', async () => {
    const { db } = database();
    // A database-level fault on the third person: the case and counter rows must roll back with it.
    await sql`create function fail_on_marker() returns trigger language plpgsql as $$
      begin if new.given_names = 'FALLA' then raise exception 'injected fault'; end if; return new; end $$`.execute(
      db,
    );
    await sql`create trigger fail_on_marker before insert on people for each row execute function fail_on_marker()`.execute(
      db,
    );
    const before = await db
      .selectFrom('cases')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const failing = familyOfThree();
    failing.dependants![1]!.givenNames = 'FALLA';
    await expect(registerApplication(db, officer, failing, mexico, now)).rejects.toThrow(/injected fault/);
    await sql`drop trigger fail_on_marker on people`.execute(db);

    const after = await db
      .selectFrom('cases')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const next = await registerApplication(db, officer, familyOfThree(), mexico, now);
    expect(next.caseNumber).toBe('COMAR-TAP-2026-000010');
  });

  it('requires a justification after the filing window, and records it', async () => {
    const { db } = database();
    const late = familyOfThree({ entryDate: '2026-08-03', applicationDate: '2026-11-10' });
    const error = await rejection(registerApplication(db, officer, late, mexico, now));
    expect(error.fields?.map((f) => [f.path, f.code])).toEqual([
      ['lateFilingJustification', 'late_filing_justification_required'],
    ]);

    const justified = await registerApplication(
      db,
      officer,
      { ...late, lateFilingJustification: 'Hospitalizado tras su ingreso.' },
      mexico,
      now,
    );
    const file = await getCaseFile(db, officer, justified.id, mexico, now);
    expect(file.filingWindow.late).toBe(true);
    expect(file.lateFilingJustification).toBe('Hospitalizado tras su ingreso.');
  });

  it('names every invalid field and writes nothing', async () => {
    const { db } = database();
    const bad = familyOfThree();
    bad.principal.birthDate = '2026-02-30';
    bad.principal.countryOfOrigin = 'ZZZ';
    bad.principal.languages = ['xx1'];
    delete (bad.dependants![0] as { relationship?: string }).relationship;
    const before = await db
      .selectFrom('people')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const error = await rejection(registerApplication(db, officer, bad, mexico, now));
    expect(error.fields?.map((f) => f.path).sort()).toEqual([
      'dependants.0.relationship',
      'principal.birthDate',
      'principal.countryOfOrigin',
      'principal.languages.0',
    ]);
    const after = await db
      .selectFrom('people')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses registration in another office and by roles that may not register', async () => {
    const { db } = database();
    const elsewhere = await rejection(
      registerApplication(db, officer, { ...familyOfThree(), officeId: otherOfficer.officeId! }, mexico, now),
    );
    expect(elsewhere.fields?.[0]?.path).toBe('officeId');
    expect((await rejection(registerApplication(db, statistician, familyOfThree(), mexico, now))).code).toBe(
      'forbidden',
    );
  });

  describe('finding cases', () => {
    it('matches names regardless of accents, case and order', async () => {
      const { db } = database();
      for (const q of ['perez jose', 'PÉREZ', 'nunez angel', 'zuniga maria', 'sofia']) {
        const found = await listCases(db, officer, query({ q }), mexico, now);
        expect(found.total, q).toBeGreaterThan(0);
        expect(found.items.every((c) => c.office.id === officer.officeId)).toBe(true);
      }
      expect((await listCases(db, officer, query({ q: 'perez rodriguez' }), mexico, now)).total).toBe(0);
    });

    it('finds a case by its number', async () => {
      const { db } = database();
      const found = await listCases(db, officer, query({ q: 'COMAR-TAP-2026-000003' }), mexico, now);
      expect(found.items.map((c) => c.caseNumber)).toEqual(['COMAR-TAP-2026-000003']);
    });

    it("shows an officer only their own office's cases", async () => {
      const { db } = database();
      const mine = await listCases(db, otherOfficer, query({ pageSize: 100 }), mexico, now);
      expect(mine.items.map((c) => c.caseNumber)).toEqual(['COMAR-CMX-2026-000001']);
    });

    it('pages and sorts', async () => {
      const { db } = database();
      const page1 = await listCases(
        db,
        officer,
        query({ pageSize: 3, sort: 'caseNumber', order: 'asc' }),
        mexico,
        now,
      );
      const page2 = await listCases(
        db,
        officer,
        query({ pageSize: 3, page: 2, sort: 'caseNumber', order: 'asc' }),
        mexico,
        now,
      );
      expect(page1.items.map((c) => c.caseNumber)).toEqual([
        'COMAR-TAP-2026-000001',
        'COMAR-TAP-2026-000002',
        'COMAR-TAP-2026-000003',
      ]);
      expect(page2.items[0]!.caseNumber).toBe('COMAR-TAP-2026-000004');
      expect(page1.total).toBe(page2.total);
    });

    it('filters by nationality of anyone in the case', async () => {
      const { db } = database();
      expect(
        (await listCases(db, officer, query({ nationality: 'GTM' }), mexico, now)).total,
      ).toBeGreaterThan(0);
      expect((await listCases(db, officer, query({ nationality: 'VEN' }), mexico, now)).total).toBe(0);
    });

    it("hides another office's case file as not found and audits the attempt", async () => {
      const { db } = database();
      const theirs = await listCases(db, otherOfficer, query(), mexico, now);
      const error = await rejection(getCaseFile(db, officer, theirs.items[0]!.id, mexico, now));
      expect(error.code).toBe('not_found');
      const denied = await db
        .selectFrom('audit_log')
        .select('action')
        .where('actor_id', '=', officer.id)
        .where('action', '=', 'case.read_denied')
        .execute();
      expect(denied).toHaveLength(1);
    });

    it('filters by procedure stage', async () => {
      const { db } = database();
      const all = await listCases(db, officer, query(), mexico, now);
      expect((await listCases(db, officer, query({ stage: 'registered' }), mexico, now)).total).toBe(
        all.total,
      );
      expect(all.items.every((c) => c.stage === 'registered')).toBe(true);
      expect((await listCases(db, officer, query({ stage: 'notified' }), mexico, now)).total).toBe(0);
    });

    it('gives a statistician no case list', async () => {
      const { db } = database();
      expect((await rejection(listCases(db, statistician, query(), mexico, now))).code).toBe('forbidden');
    });
  });
});
