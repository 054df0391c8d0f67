import { addDays, toDayNumber, type IsoDate } from '../calendars/iso-date';
import { officerAgenda, type Slot } from './demo-agenda';

export type { Slot } from './demo-agenda';

/** The first-instance outcome a demo case is heading for. */
export type DemoOutcome = 'recognized' | 'rejected' | 'complementary_protection';

/** What the plan needs to know of a Tapachula case. */
export interface PlannedCase {
  caseId: string;
  /** Order of registration among all demo cases: extensions, missed weeks and appeals follow it. */
  index: number;
  filed: IsoDate;
  outcome: DemoOutcome;
}

/** One thing done on a case, on a day; the runner takes them in order through the use cases. */
export type DemoStep =
  | { kind: 'assign'; on: IsoDate }
  | { kind: 'present'; on: IsoDate }
  | { kind: 'schedule'; on: IsoDate; slot: Slot }
  | { kind: 'no_show'; on: IsoDate }
  | { kind: 'schedule_again'; on: IsoDate; slot: Slot }
  | { kind: 'interview'; on: IsoDate }
  | { kind: 'extend'; on: IsoDate }
  | { kind: 'assess'; on: IsoDate; part: 1 | 2 | 3 }
  | { kind: 'submit'; on: IsoDate }
  | { kind: 'return'; on: IsoDate }
  | { kind: 'resubmit'; on: IsoDate }
  | { kind: 'approve'; on: IsoDate }
  | { kind: 'notify'; on: IsoDate }
  | { kind: 'appeal'; on: IsoDate; late: boolean }
  | { kind: 'decide_appeal'; on: IsoDate; outcome: 'confirmed' | 'recognized' };

export type DemoStepKind = DemoStep['kind'];

/** The cases picked to show one situation each (case ids), when the demo has one that fits. */
export interface DemoRoles {
  interviewTomorrow?: string;
  noShow?: string;
  awaitingApproval?: string;
  returned?: string;
  lateAppeal?: string;
}

export interface DemoPlan {
  steps: Map<string, DemoStep[]>;
  roles: DemoRoles;
  /** Files from before Refugio: their procedure steps are taken without records (demo-paper-steps.ts). */
  paper: Set<string>;
}

/** The order of steps taken on the same day. */
const dayOrder: readonly DemoStepKind[] = [
  'assign',
  'schedule',
  'no_show',
  'schedule_again',
  'interview',
  'present',
  'assess',
  'extend',
  'submit',
  'return',
  'resubmit',
  'approve',
  'notify',
  'appeal',
  'decide_appeal',
];

/** A case younger than this waits for triage and assignment: it stays registered. */
const MIN_AGE = 12;
/** How long after filing the eligibility interview is usually held (calendar days). */
const INTERVIEW_AFTER = 32;

interface Timeline {
  c: PlannedCase;
  assign: IsoDate;
  scheduleOn: IsoDate;
  slot: Slot;
  chain: Chain;
}

/** The dates from the interview on, for a case whose interview is held on `held`. */
interface Chain {
  held: IsoDate;
  start: IsoDate;
  part2: IsoDate;
  part3: IsoDate;
  submit: IsoDate;
  ret: IsoDate;
  resubmit: IsoDate;
  approve: IsoDate;
  notify: IsoDate;
}

/**
 * Plans the Tapachula cases through the procedure by their age (pure): assignment, interview (three
 * slots a day for the office's one eligibility officer, never two at once), assessment in three
 * sittings, four-eyes decision, notification, appeal. Every step falls before `today`; a case stops
 * where its age does. One case each shows an interview on the next working day, a no-show, a draft
 * waiting for approval, a returned draft and a late appeal; every fifth case gets an extension and
 * every fourth missed its fourth weekly signature. Cases filed before `inUseSince` are files from
 * before Refugio: they get no situation of their own, and their signatures before it stayed on paper.
 */
export function planDemoCases(
  cases: readonly PlannedCase[],
  today: IsoDate,
  isWorkingDay: (date: IsoDate) => boolean,
  inUseSince?: IsoDate,
): DemoPlan {
  const wd = (date: IsoDate) => {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  };
  const after = (date: IsoDate, days: number) => wd(addDays(date, days));
  const past = (date: IsoDate | undefined) => date !== undefined && date < today;
  const ageOf = (c: PlannedCase) => toDayNumber(today) - toDayNumber(c.filed);
  const chainFrom = (held: IsoDate, returned: boolean): Chain => {
    const start = after(held, 2);
    const part3 = after(start, 10);
    const submit = after(part3, 3);
    const ret = after(submit, 2);
    const resubmit = after(ret, 3);
    const approve = after(returned ? resubmit : submit, 2);
    return {
      held,
      start,
      part2: after(start, 5),
      part3,
      submit,
      ret,
      resubmit,
      approve,
      notify: after(approve, 3),
    };
  };
  const returnsFirst = (c: PlannedCase) => c.index % 4 === 1;

  const agenda = officerAgenda(wd);
  const ordered = [...cases].sort((a, b) => a.filed.localeCompare(b.filed) || a.index - b.index);
  const timelines = new Map<string, Timeline>();
  for (const c of ordered) {
    if (ageOf(c) < MIN_AGE) continue;
    const slot = agenda.book(after(c.filed, INTERVIEW_AFTER));
    timelines.set(c.caseId, {
      c,
      assign: after(c.filed, 2),
      scheduleOn: after(c.filed, 6),
      slot,
      chain: chainFrom(slot.date, returnsFirst(c)),
    });
  }

  // The situations worth showing go to the youngest case that has reached them.
  const roles: DemoRoles = {};
  const youngestFirst = [...timelines.values()].sort(
    (a, b) => b.c.filed.localeCompare(a.c.filed) || b.c.index - a.c.index,
  );
  const taken = new Set<string>();
  const choose = (fits: (t: Timeline) => boolean): Timeline | undefined => {
    const found = youngestFirst.find((t) => !taken.has(t.c.caseId) && fits(t));
    if (found) taken.add(found.c.caseId);
    return found;
  };
  const isPaper = (c: PlannedCase) => inUseSince !== undefined && c.filed < inUseSince;
  const inRefugio = (t: Timeline) => !isPaper(t.c);
  const tomorrow = choose(inRefugio);
  const noShow = choose((t) => inRefugio(t) && past(t.slot.date));
  const awaiting = choose((t) => inRefugio(t) && past(t.chain.submit));
  const returned = choose((t) => inRefugio(t) && past(t.chain.ret));
  const isRefusal = (t: Timeline) => t.c.outcome !== 'recognized';
  const late = choose((t) => isRefusal(t) && past(after(t.chain.notify, 30)));
  if (tomorrow) roles.interviewTomorrow = tomorrow.c.caseId;
  if (noShow) roles.noShow = noShow.c.caseId;
  if (awaiting) roles.awaitingApproval = awaiting.c.caseId;
  if (returned) roles.returned = returned.c.caseId;
  if (late) roles.lateAppeal = late.c.caseId;

  // The other refusals notified long enough ago are appealed in time; the two oldest appeals are decided.
  const appealedInTime = [...timelines.values()]
    .filter((t) => isRefusal(t) && !taken.has(t.c.caseId))
    .filter((t) => past(after(t.chain.notify, 8)));
  const decided = appealedInTime
    .filter((t) => past(after(after(t.chain.notify, 8), 20)))
    .slice(0, 2)
    .map((t) => t.c.caseId);

  const steps = new Map<string, DemoStep[]>();
  for (const t of timelines.values()) {
    const { c } = t;
    const id = c.caseId;
    const list: DemoStep[] = [{ kind: 'assign', on: t.assign }];
    let chain = t.chain;
    if (id === roles.interviewTomorrow) {
      list.push({ kind: 'schedule', on: t.scheduleOn, slot: agenda.book(after(today, 1)) });
    } else {
      list.push({ kind: 'schedule', on: t.scheduleOn, slot: t.slot });
      if (id === roles.noShow) {
        const again = agenda.book(after(t.slot.date, 14));
        list.push(
          { kind: 'no_show', on: t.slot.date },
          { kind: 'schedule_again', on: after(t.slot.date, 1), slot: again },
        );
        chain = chainFrom(again.date, returnsFirst(c));
      }
      list.push({ kind: 'interview', on: chain.held });
      if (c.index % 5 === 0) list.push({ kind: 'extend', on: after(chain.held, 3) });
      list.push(
        { kind: 'assess', on: chain.start, part: 1 },
        { kind: 'assess', on: chain.part2, part: 2 },
        { kind: 'assess', on: chain.part3, part: 3 },
        { kind: 'submit', on: chain.submit },
      );
      if (id !== roles.awaitingApproval) {
        if (id === roles.returned || returnsFirst(c)) list.push({ kind: 'return', on: chain.ret });
        if (id !== roles.returned) {
          if (returnsFirst(c)) list.push({ kind: 'resubmit', on: chain.resubmit });
          list.push({ kind: 'approve', on: chain.approve }, { kind: 'notify', on: chain.notify });
          if (id === roles.lateAppeal) {
            list.push({ kind: 'appeal', on: after(chain.notify, 30), late: true });
          } else if (appealedInTime.includes(t)) {
            const filed = after(chain.notify, 8);
            list.push({ kind: 'appeal', on: filed, late: false });
            const order = decided.indexOf(id);
            if (order >= 0)
              list.push({
                kind: 'decide_appeal',
                on: after(filed, 20),
                outcome: order === 0 ? 'confirmed' : 'recognized',
              });
          }
        }
      }
    }
    const issued = list.find((s) => s.kind === 'approve')?.on;
    for (let week = 1; ; week += 1) {
      const on = addDays(c.filed, 7 * week);
      if (on >= today || (issued !== undefined && on >= issued)) break;
      const onPaper = isPaper(c) && on < inUseSince!;
      if (!onPaper && !(c.index % 4 === 0 && week === 4)) list.push({ kind: 'present', on });
    }
    steps.set(
      id,
      list
        .filter((s) => s.on < today)
        .sort((a, b) => a.on.localeCompare(b.on) || dayOrder.indexOf(a.kind) - dayOrder.indexOf(b.kind)),
    );
  }
  return { steps, roles, paper: new Set(cases.filter(isPaper).map((c) => c.caseId)) };
}
