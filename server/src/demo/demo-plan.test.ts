import { describe, expect, it } from 'vitest';
import { addDays, isWeekend, toDayNumber } from '../calendars/iso-date';
import { planDemoCases, type DemoOutcome, type DemoStep, type PlannedCase } from './demo-plan';

const today = '2026-11-20'; // a Friday
const isWorkingDay = (date: string) => !isWeekend(toDayNumber(date));
const outcomes: DemoOutcome[] = ['rejected', 'recognized', 'recognized', 'complementary_protection'];

/** Cases filed every five days over the last 150, as the demo spreads them. */
function cases(count = 30): PlannedCase[] {
  return Array.from({ length: count }, (_, index) => ({
    caseId: `case-${index}`,
    index,
    filed: addDays(today, -150 + index * 5),
    outcome: outcomes[index % outcomes.length]!,
  }));
}

const kinds = (steps: readonly DemoStep[] | undefined) => (steps ?? []).map((s) => s.kind);
const procedural = (steps: readonly DemoStep[] | undefined) =>
  kinds(steps).filter((k) => k !== 'present' && k !== 'extend');

describe('the demo plan of the Tapachula cases', () => {
  it('takes every step before today, in date order, and never books the officer twice', () => {
    const plan = planDemoCases(cases(), today, isWorkingDay);
    const slots: string[] = [];
    for (const steps of plan.steps.values()) {
      expect(steps.every((s) => s.on < today)).toBe(true);
      expect(steps.map((s) => s.on)).toEqual([...steps.map((s) => s.on)].sort());
      for (const s of steps)
        if (s.kind === 'schedule' || s.kind === 'schedule_again') {
          expect(isWorkingDay(s.slot.date)).toBe(true);
          slots.push(`${s.slot.date} ${s.slot.start}`);
        }
      const held = steps.find((s) => s.kind === 'interview');
      if (held) expect(isWorkingDay(held.on)).toBe(true);
    }
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('gives each situation to the youngest case that reached it', () => {
    const plan = planDemoCases(cases(), today, isWorkingDay);
    const { interviewTomorrow, noShow, awaitingApproval, returned, lateAppeal } = plan.roles;
    const tomorrow = plan.steps.get(interviewTomorrow!)!.find((s) => s.kind === 'schedule');
    expect(tomorrow?.kind === 'schedule' && tomorrow.slot.date).toBe('2026-11-23');
    expect(procedural(plan.steps.get(interviewTomorrow!))).toEqual(['assign', 'schedule']);
    expect(procedural(plan.steps.get(noShow!)).slice(0, 4)).toEqual([
      'assign',
      'schedule',
      'no_show',
      'schedule_again',
    ]);
    expect(procedural(plan.steps.get(awaitingApproval!)).at(-1)).toBe('submit');
    expect(procedural(plan.steps.get(returned!)).at(-1)).toBe('return');
    const late = plan.steps.get(lateAppeal!)!.find((s) => s.kind === 'appeal');
    expect(late?.kind === 'appeal' && late.late).toBe(true);
    // The youngest case old enough to be assigned gets tomorrow's interview.
    expect(interviewTomorrow).toBe('case-27');
  });

  it('decides the two oldest appeals in time, one confirmed and one overturned', () => {
    const plan = planDemoCases(cases(), today, isWorkingDay);
    const decided = [...plan.steps.values()].flatMap((steps) =>
      steps.flatMap((s) => (s.kind === 'decide_appeal' ? [s.outcome] : [])),
    );
    expect(decided).toEqual(['confirmed', 'recognized']);
    for (const steps of plan.steps.values()) {
      const appeal = steps.find((s) => s.kind === 'appeal');
      if (appeal?.kind === 'appeal' && appeal.late) expect(kinds(steps)).not.toContain('decide_appeal');
    }
  });

  it('keeps the weekly signature until the decision, every fourth case missing its fourth week', () => {
    const plan = planDemoCases(cases(), today, isWorkingDay);
    const first = plan.steps.get('case-0')!;
    const approved = first.find((s) => s.kind === 'approve')!.on;
    const signed = first.filter((s) => s.kind === 'present').map((s) => s.on);
    expect(signed).not.toContain(addDays('2026-06-23', 28));
    expect(signed.every((on) => on < approved)).toBe(true);
    expect(
      plan.steps
        .get('case-1')!
        .filter((s) => s.kind === 'present')
        .map((s) => s.on),
    ).toContain(addDays(cases()[1]!.filed, 28));
  });

  it('leaves young cases registered and gives no situation to a file kept on paper', () => {
    const young = cases(30).filter((c) => toDayNumber(today) - toDayNumber(c.filed) < 12);
    expect(planDemoCases(young, today, isWorkingDay)).toEqual({
      steps: new Map(),
      roles: {},
      paper: new Set(),
    });
    const allPaper = planDemoCases(cases(30), today, isWorkingDay, today);
    expect(allPaper.paper.size).toBe(30);
    expect(allPaper.roles.interviewTomorrow).toBeUndefined();
    expect(allPaper.roles.noShow).toBeUndefined();
    expect(allPaper.roles.awaitingApproval).toBeUndefined();
    expect(allPaper.roles.returned).toBeUndefined();
  });

  it('keeps on paper the signatures of a file from before Refugio, and records those after', () => {
    const inUseSince = addDays(today, -60);
    const plan = planDemoCases(cases(), today, isWorkingDay, inUseSince);
    expect(plan.paper.has('case-17')).toBe(true); // filed 65 days ago
    const signed = plan.steps
      .get('case-17')!
      .filter((s) => s.kind === 'present')
      .map((s) => s.on);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.every((on) => on >= inUseSince)).toBe(true);
    expect(plan.steps.get('case-0')!.some((s) => s.kind === 'present')).toBe(false);
  });
});
