import { beforeAll, expect, it } from 'vitest';
import { CaseListQuery, type CaseList } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf, jurisdictionSourceOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { suspendClocks } from '../deadlines/suspension.service';
import { listCases, registerApplication } from './case.service';
import { stepCase } from '../demo/direct-step';

const mexico = jurisdictionOf('MEX');
// Mon 20 Apr 2026; ten working days on is Wed 6 May (1 and 5 May are LFPA art. 28 days).
const now = new Date('2026-04-20T16:00:00Z');
const decision = 'first_instance_decision';

// Filing date → the 45 working days of LRPCAP art. 24.
const filings = {
  overdue: '2026-02-09', // due Mon 13 Apr
  dueSoon: '2026-02-26', // due Thu 30 Apr
  later: '2026-03-09', // due Wed 13 May
  suspended: '2026-03-09', // suspended from 1 Apr, open-ended
  decided: '2026-03-09', // decision issued: nothing runs
  closed: '2026-01-19', // due 24 Mar, but withdrawn
} as const;
type Label = keyof typeof filings;

const weekBefore = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
};

describeEachEngine('the case list: next deadline', (database) => {
  const ids = {} as Record<Label, string>;
  let officer: Actor;
  let elsewhere: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const registrar = await createActor(db, 'registration_officer', tap);
    const supervisor = await createActor(db, 'supervisor', tap);
    officer = await createActor(db, 'eligibility_officer', tap);
    elsewhere = await createActor(db, 'eligibility_officer', await createOffice(db, 'CMX'));
    for (const [label, applicationDate] of Object.entries(filings) as [Label, string][]) {
      const input = familyOfThree({ entryDate: weekBefore(applicationDate), applicationDate });
      ids[label] = (await registerApplication(db, registrar, input, mexico, now)).id;
    }
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
      { source: jurisdictionSourceOf('MEX'), onError: () => {}, now },
    );
    const steps: [Actor, string, object][] = [
      [officer, 'schedule_interview', { interviewDate: '2026-03-20' }],
      [officer, 'record_interview', { interviewDate: '2026-03-20' }],
      [officer, 'begin_assessment', {}],
      [officer, 'draft_recognition', { decisionReasons: 'Temor fundado acreditado.' }],
      [supervisor, 'issue_decision', { decisionDate: '2026-04-15' }],
    ];
    let version = 1;
    for (const [actor, action, data] of steps)
      version = (await stepCase(db, actor, ids.decided, action, { version, data }, mexico, now)).version;
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

  const list = (query: CaseListQuery = {}, actor = officer) =>
    listCases(database().db, actor, CaseListQuery.parse({ pageSize: 100, ...query }), mexico, now);
  const labelsOf = (l: CaseList) =>
    l.items.map((i) => (Object.keys(ids) as Label[]).find((k) => ids[k] === i.id) ?? i.id);
  const nextOf = async (label: Label) => (await list()).items.find((i) => i.id === ids[label])?.nextDeadline;

  it('shows each case its next running limit: overdue, open, suspended, or none', async () => {
    expect(await nextOf('overdue')).toEqual({ limit: decision, dueDate: '2026-04-13', status: 'overdue' });
    expect(await nextOf('dueSoon')).toEqual({ limit: decision, dueDate: '2026-04-30', status: 'open' });
    expect(await nextOf('suspended')).toEqual({ limit: decision, dueDate: null, status: 'suspended' });
    // The decision was issued on 15 Apr, meeting its limit; no other limit has started.
    expect(await nextOf('decided')).toBeNull();
  });

  it('sorts by the next deadline, soonest first, cases without a due date last in either order', async () => {
    const running = (l: CaseList) => labelsOf(l).filter((label) => label !== 'closed');
    const asc = running(await list({ sort: 'nextDeadline', order: 'asc' }));
    expect(asc.slice(0, 3)).toEqual(['overdue', 'dueSoon', 'later']);
    expect(asc.slice(3).sort()).toEqual(['decided', 'suspended']);
    const desc = running(await list({ sort: 'nextDeadline', order: 'desc' }));
    expect(desc.slice(0, 3)).toEqual(['later', 'dueSoon', 'overdue']);
    expect(desc.slice(3).sort()).toEqual(['decided', 'suspended']);
  });

  it('filters overdue, due soon within N working days, and suspended', async () => {
    expect(labelsOf(await list({ deadline: 'due_soon' }))).toEqual(['dueSoon']);
    // Fifteen working days reach Wed 13 May.
    expect(
      labelsOf(await list({ deadline: 'due_soon', within: 15, sort: 'nextDeadline', order: 'asc' })),
    ).toEqual(['dueSoon', 'later']);
    expect(labelsOf(await list({ deadline: 'due_soon', within: 0 }))).toEqual([]);
    expect(labelsOf(await list({ deadline: 'suspended' }))).toEqual(['suspended']);
    expect(labelsOf(await list({ deadline: 'overdue' }))).toContain('overdue');
  });

  // A withdrawn case's clocks stop with the closure: its unmet limits are not projected as running.
  it('never lists a closed case as overdue', async () => {
    expect(labelsOf(await list({ deadline: 'overdue' }))).toEqual(['overdue']);
  });

  it('gives a closed case no next deadline', async () => {
    expect(await nextOf('closed')).toBeNull();
  });

  it("shows another office's officer none of these cases, whatever the filter", async () => {
    for (const deadline of ['overdue', 'due_soon', 'suspended'] as const)
      expect((await list({ deadline, within: 30 }, elsewhere)).total).toBe(0);
  });
});
