import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { listTimeLimitRules, recordTimeLimitRule, withdrawTimeLimitRule } from './time-limit-rule.service';

const now = new Date('2026-04-08T16:00:00Z');
const today = '2026-04-08';
// Filed Mon 9 Mar 2026: 45 working days (LRPCAP art. 24) end Wed 13 May.
const filed = { entryDate: '2026-03-02', applicationDate: '2026-03-09' };
const decision = 'first_instance_decision';

/** A hypothetical reform: 30 working days, from 1 March 2026. */
const reform = {
  limit: decision,
  startsOn: 'filing',
  metBy: 'decision_issued',
  length: 30,
  unit: 'working_days',
  whose: 'administration',
  legalBasis: 'Reforma al art. 24 LRPCAP (prueba)',
  source: 'DOF',
  effectiveFrom: '2026-03-01',
  extension: 'previous',
} as const;

describeEachEngine('time-limit rules recorded by the authority', (database) => {
  const source = jurisdictionSourceOf('MEX');
  const deps = { source, onError: (e: unknown) => console.error(e), now };
  let admin: Actor;
  let supervisor: Actor;
  let caseId: string;
  let office: string;

  beforeAll(async () => {
    const { db } = database();
    office = await createOffice(db, 'TAP');
    admin = await createActor(db, 'administrator', null);
    supervisor = await createActor(db, 'supervisor', office);
    const registrar = await createActor(db, 'registration_officer', office);
    const jurisdiction = await currentJurisdiction(source, db);
    caseId = (await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now)).id;
  });

  const dueOfCase = async () => {
    const { db } = database();
    const kase = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const deadlines = await deadlinesOfCase(db, await currentJurisdiction(source, db), kase, today);
    const projected = await db
      .selectFrom('case_deadlines')
      .select('due_on')
      .where('case_id', '=', caseId)
      .where('limit_id', '=', decision)
      .executeTakeFirstOrThrow();
    return { live: deadlines.find((d) => d.limit === decision), projected: projected.due_on };
  };

  it('only an administrator records a rule, and nothing is written otherwise', async () => {
    const { db } = database();
    expect((await rejection(recordTimeLimitRule(db, supervisor, reform, deps))).code).toBe('forbidden');
    expect(await db.selectFrom('time_limit_rules').select('id').execute()).toEqual([]);
  });

  it('names the fields at fault: an event no step records, a limit met by its own start, a date a version has', async () => {
    const { db } = database();
    const error = await rejection(
      recordTimeLimitRule(
        db,
        admin,
        { ...reform, startsOn: 'referral_to_decision_body', metBy: 'filing', effectiveFrom: '2011-01-28' },
        deps,
      ),
    );
    expect(error.code).toBe('validation_failed');
    // And no version before 28 Jan 2011 has an extension rule to keep.
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['effectiveFrom', 'extension', 'startsOn']);
    const same = await rejection(recordTimeLimitRule(db, admin, { ...reform, metBy: 'filing' }, deps));
    expect(same.fields?.map((f) => f.path)).toEqual(['metBy']);
    const noLength = await rejection(recordTimeLimitRule(db, admin, { ...reform, length: 0 }, deps));
    expect(noLength.fields?.map((f) => f.path)).toEqual(['length']);
    expect(await db.selectFrom('time_limit_rules').select('id').execute()).toEqual([]);
  });

  it('a version from before the filing moves the running case, says so on its timeline, and keeps the extension rule', async () => {
    const { db } = database();
    expect((await dueOfCase()).projected).toBe('2026-05-13');
    const result = await recordTimeLimitRule(db, admin, reform, deps);
    expect(result.rule).toMatchObject({ origin: 'authority', status: 'known', length: 30, extendable: true });
    expect(result.recomputation).toMatchObject({ status: 'done', changed: 1 });
    // 30 working days from Mon 9 Mar: six weeks of five (16 Mar and Holy Week count in LFPA art. 28), Mon 20 Apr.
    const due = await dueOfCase();
    expect(due.live).toMatchObject({ dueDate: '2026-04-20', length: 30, legalBasis: reform.legalBasis });
    expect(due.projected).toBe('2026-04-20');
    const timeline = await db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', caseId)
      .where('type', '=', 'deadlines_recomputed')
      .execute();
    expect(timeline.map((e) => e.data)).toEqual([
      expect.objectContaining({
        cause: expect.objectContaining({ kind: 'time_limit_rule', change: 'recorded', id: result.rule.id }),
        changes: [{ limit: decision, from: '2026-05-13', to: '2026-04-20' }],
      }),
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'procedure.record_time_limit')
      .execute();
    expect(audit).toHaveLength(1);

    const view = await listTimeLimitRules(db, admin, source);
    const versions = view.limits.find((l) => l.id === decision)!.versions;
    expect(versions.map((v) => [v.origin, v.length, v.effectiveFrom])).toEqual([
      ['profile', 45, '2011-01-28'],
      ['authority', 30, '2026-03-01'],
    ]);
    expect(view.canManage).toBe(true);
    expect((await listTimeLimitRules(db, supervisor, source)).canManage).toBe(false);
  });

  it('the same date twice is refused by the field; a version from after the filing leaves the case alone', async () => {
    const { db } = database();
    const twice = await rejection(recordTimeLimitRule(db, admin, reform, deps));
    expect(twice.fields?.map((f) => [f.path, f.code])).toEqual([['effectiveFrom', 'version_exists']]);
    const later = await recordTimeLimitRule(
      db,
      admin,
      { ...reform, length: 20, effectiveFrom: '2026-03-10', extension: 'none_known' },
      deps,
    );
    expect(later.rule.extendable).toBe(false);
    expect(later.recomputation).toMatchObject({ status: 'done', changed: 0 });
    expect((await dueOfCase()).projected).toBe('2026-04-20');
    await withdrawTimeLimitRule(db, admin, later.rule.id!, { reason: 'Prueba' }, deps);
  });

  it('withdrawing the version brings the law back, once', async () => {
    const { db } = database();
    const [recorded] = (await listTimeLimitRules(db, admin, source)).limits
      .find((l) => l.id === decision)!
      .versions.filter((v) => v.origin === 'authority' && v.status === 'known');
    const result = await withdrawTimeLimitRule(
      db,
      admin,
      recorded!.id!,
      { reason: 'Capturada por error' },
      deps,
    );
    expect(result.rule).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Capturada por error' });
    expect(result.recomputation).toMatchObject({ status: 'done', changed: 1 });
    expect((await dueOfCase()).projected).toBe('2026-05-13');
    const again = await rejection(withdrawTimeLimitRule(db, admin, recorded!.id!, { reason: 'x' }, deps));
    expect(again.code).toBe('conflict');
    const empty = await rejection(withdrawTimeLimitRule(db, admin, recorded!.id!, { reason: '' }, deps));
    expect(empty.fields?.map((f) => f.path)).toEqual(['reason']);
  });
});
