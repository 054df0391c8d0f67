import { beforeAll, expect, it } from 'vitest';
import type { DeadlineDashboard } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf, jurisdictionSourceOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { stepCase } from '../demo/direct-step';
import { getDeadlineDashboard } from './dashboard.service';
import { suspendClocks } from './suspension.service';

const mexico = jurisdictionOf('MEX');
// Mon 20 Apr 2026, 10:00 in Mexico City. Ten working days on (1 and 5 May are LFPA art. 28 days):
// 21–24, 27–30 Apr, 4 and 6 May → due soon until Wed 6 May.
const now = new Date('2026-04-20T16:00:00Z');

// Filing date → the 45 working days of LRPCAP art. 24 (checked with `refugio calendar add-days`).
const cases = {
  longOverdue: { applicationDate: '2026-01-19', due: '2026-03-24' },
  overdue: { applicationDate: '2026-02-09', due: '2026-04-13' },
  dueToday: { applicationDate: '2026-02-16', due: '2026-04-20' },
  dueSoon: { applicationDate: '2026-02-26', due: '2026-04-30' },
  lastDueSoon: { applicationDate: '2026-03-02', due: '2026-05-06' },
  later: { applicationDate: '2026-03-09', due: '2026-05-13' },
  suspended: { applicationDate: '2026-03-09', due: null },
  closed: { applicationDate: '2026-01-19', due: '2026-03-24' },
} as const;
type Label = keyof typeof cases;

const weekBefore = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
};

describeEachEngine('the deadline dashboard', (database) => {
  const ids = {} as Record<Label, string>;
  let tap: string;
  let cmx: string;
  let supervisor: Actor;
  let officer: Actor;
  let admin: Actor;
  let elsewhere: Actor;
  let cmxCase: string;

  beforeAll(async () => {
    const { db } = database();
    tap = await createOffice(db, 'TAP');
    cmx = await createOffice(db, 'CMX');
    const registrar = await createActor(db, 'registration_officer', tap);
    supervisor = await createActor(db, 'supervisor', tap);
    officer = await createActor(db, 'eligibility_officer', tap);
    admin = await createActor(db, 'administrator', null);
    elsewhere = await createActor(db, 'supervisor', cmx);
    const file = (applicationDate: string) =>
      familyOfThree({ entryDate: weekBefore(applicationDate), applicationDate });
    for (const [label, { applicationDate }] of Object.entries(cases) as [
      Label,
      { applicationDate: string },
    ][])
      ids[label] = (await registerApplication(db, registrar, file(applicationDate), mexico, now)).id;
    cmxCase = (
      await registerApplication(
        db,
        await createActor(db, 'registration_officer', cmx),
        file('2026-01-19'),
        mexico,
        now,
      )
    ).id;

    // The officer in charge (no use case assigns cases yet, so the column is set directly).
    await db
      .updateTable('cases')
      .set({ assigned_to: officer.id })
      .where('id', 'in', [ids.longOverdue, ids.overdue])
      .execute();
    await db
      .updateTable('cases')
      .set({ assigned_to: supervisor.id })
      .where('id', '=', ids.dueToday)
      .execute();
    await stepCase(
      db,
      officer,
      ids.dueSoon,
      'schedule_interview',
      { version: 1, data: { interviewDate: '2026-04-27' } },
      mexico,
      now,
    );
    await suspendClocks(
      db,
      supervisor,
      {
        scope: 'case',
        caseId: ids.suspended,
        startsOn: '2026-04-01',
        legalBasis: 'Acuerdo de la COMAR',
        reason: 'Hospitalización del solicitante',
      },
      {
        source: jurisdictionSourceOf('MEX'),
        onError: (e) => {
          throw e;
        },
        now,
      },
    );
    await stepCase(
      db,
      supervisor,
      ids.closed,
      'close',
      { version: 1, data: { closureReason: 'withdrawn', reason: 'Desistió por escrito' } },
      mexico,
      now,
    );
  });

  const dashboard = (actor: Actor, query: object = {}) =>
    getDeadlineDashboard(database().db, actor, query, mexico, now);
  const labelsOf = (d: DeadlineDashboard) =>
    d.items.map((i) => (Object.keys(ids) as Label[]).find((l) => ids[l] === i.caseId) ?? i.caseId);

  it("counts the office's overdue, due soon and suspended limits, by office, stage and officer", async () => {
    const d = await dashboard(supervisor);
    expect([d.today, d.dueSoonUntil]).toEqual(['2026-04-20', '2026-05-06']);
    // Closed, later (13 May) and the other office's case are not counted.
    expect(d.totals).toEqual({ overdue: 2, dueSoon: 3, suspended: 1 });
    expect(d.byOffice).toEqual([
      { office: { id: tap, code: 'TAP', name: 'Oficina TAP' }, overdue: 2, dueSoon: 3, suspended: 1 },
    ]);
    expect(d.byStage).toEqual([
      { stage: 'interview_scheduled', overdue: 0, dueSoon: 1, suspended: 0 },
      { stage: 'registered', overdue: 2, dueSoon: 2, suspended: 1 },
    ]);
    expect(d.byOfficer).toEqual([
      { officer: { id: officer.id, name: officer.name }, overdue: 2, dueSoon: 0, suspended: 0 },
      { officer: { id: supervisor.id, name: supervisor.name }, overdue: 0, dueSoon: 1, suspended: 0 },
      { officer: null, overdue: 0, dueSoon: 2, suspended: 1 },
    ]);
  });

  it('lists the limits soonest first, with working days left and the suspended ones last', async () => {
    const d = await dashboard(supervisor);
    expect(d.total).toBe(6);
    expect(labelsOf(d)).toEqual([
      'longOverdue',
      'overdue',
      'dueToday',
      'dueSoon',
      'lastDueSoon',
      'suspended',
    ]);
    expect(d.items.map((i) => [i.dueDate, i.status, i.workingDaysLeft])).toEqual([
      // 25 Mar … 20 Apr: 19 working days (2–3 Apr are only candidate holidays; no LFPA art. 28 day).
      ['2026-03-24', 'overdue', -19],
      // 14–17 and 20 Apr.
      ['2026-04-13', 'overdue', -5],
      ['2026-04-20', 'open', 0],
      ['2026-04-30', 'open', 8],
      ['2026-05-06', 'open', 10],
      [null, 'suspended', null],
    ]);
    expect(d.items[0]).toMatchObject({
      limit: 'first_instance_decision',
      stage: 'registered',
      office: { id: tap, code: 'TAP' },
      officer: { id: officer.id },
      principalName: 'José Ángel Pérez Núñez',
    });
    expect(d.items[3]).toMatchObject({ stage: 'interview_scheduled', officer: null });
  });

  it('pages the items without changing the counts', async () => {
    const d = await dashboard(supervisor, { page: 2, pageSize: 2 });
    expect([d.total, d.page, d.pageSize]).toEqual([6, 2, 2]);
    expect(labelsOf(d)).toEqual(['dueToday', 'dueSoon']);
  });

  it('filters by status (the items only), stage and limit', async () => {
    const overdue = await dashboard(supervisor, { status: 'overdue' });
    expect([labelsOf(overdue), overdue.total]).toEqual([['longOverdue', 'overdue'], 2]);
    const suspended = await dashboard(supervisor, { status: 'suspended' });
    expect(labelsOf(suspended)).toEqual(['suspended']);
    const dueSoon = await dashboard(supervisor, { status: 'due_soon' });
    expect(labelsOf(dueSoon)).toEqual(['dueToday', 'dueSoon', 'lastDueSoon']);

    const atInterview = await dashboard(supervisor, { stage: 'interview_scheduled' });
    expect([atInterview.totals, labelsOf(atInterview)]).toEqual([
      { overdue: 0, dueSoon: 1, suspended: 0 },
      ['dueSoon'],
    ]);
    const appeals = await dashboard(supervisor, { limit: 'appeal_filing' });
    expect([appeals.totals, appeals.items]).toEqual([{ overdue: 0, dueSoon: 0, suspended: 0 }, []]);
  });

  it('counts due soon within the working days asked for', async () => {
    // Three working days on: 21, 22, 23 Apr.
    const d = await dashboard(supervisor, { within: 3 });
    expect(d.dueSoonUntil).toBe('2026-04-23');
    expect(d.totals).toEqual({ overdue: 2, dueSoon: 1, suspended: 1 });
    expect(labelsOf(d)).toEqual(['longOverdue', 'overdue', 'dueToday', 'suspended']);
    // Fifteen: 7–13 May brings in the case due on 13 May.
    expect((await dashboard(supervisor, { within: 15 })).totals.dueSoon).toBe(4);
  });

  it('shows an administrator every office, or the one asked for', async () => {
    const all = await dashboard(admin);
    expect(all.totals).toEqual({ overdue: 3, dueSoon: 3, suspended: 1 });
    expect(all.byOffice.map((o) => [o.office.code, o.overdue])).toEqual([
      ['CMX', 1],
      ['TAP', 2],
    ]);
    const onlyCmx = await dashboard(admin, { officeId: cmx });
    expect(onlyCmx.totals).toEqual({ overdue: 1, dueSoon: 0, suspended: 0 });
    expect(onlyCmx.items.map((i) => i.caseId)).toEqual([cmxCase]);
  });

  it("shows another office's supervisor none of these cases, even when asking for the office", async () => {
    const own = await dashboard(elsewhere);
    expect(own.items.map((i) => i.caseId)).toEqual([cmxCase]);
    const asked = await dashboard(elsewhere, { officeId: tap });
    expect([asked.totals, asked.items, asked.byOffice]).toEqual([
      { overdue: 0, dueSoon: 0, suspended: 0 },
      [],
      [],
    ]);
  });

  it('refuses a statistician and an auditor, and a malformed query', async () => {
    const { db } = database();
    for (const role of ['statistician', 'auditor'] as const) {
      const error = await rejection(dashboard(await createActor(db, role, null)));
      expect(error.code).toBe('forbidden');
    }
    const bad = await rejection(dashboard(supervisor, { within: -1, status: 'late' }));
    expect(bad.fields?.map((f) => f.path).sort()).toEqual(['status', 'within']);
  });

  it('audits each look at the dashboard with the number of results', async () => {
    await dashboard(officer, { status: 'overdue' });
    const entry = await database()
      .db.selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_id', '=', officer.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'deadlines.dashboard', details: { results: 2 } });
  });
});
