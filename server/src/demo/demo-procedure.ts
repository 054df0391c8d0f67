import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { addCalendarDays } from '../calendars/day-count';
import { assignCase } from '../assignments/assignment.service';
import { stepCase } from './direct-step';
import { extendDeadline } from '../deadlines/extension.service';
import { findCaseById } from '../cases/case.repository';
import { recordPresentation } from '../presentations/presentation.service';

export interface DemoStaff {
  eligibility: Actor;
  supervisor: Actor;
  registration: Actor;
}

const recognition = {
  decisionReasons:
    'Se acreditó un temor fundado de persecución por pertenencia a un determinado grupo social; la protección del Estado no está disponible.',
};
const refusal = {
  outcome: 'rejected',
  decisionReasons:
    'Los hechos narrados no guardan nexo con un motivo de la Convención ni con la definición ampliada.',
  complementaryProtectionAssessment: {
    protectionNeeded: false,
    reasons:
      'No se identificó riesgo de tortura ni de tratos crueles, inhumanos o degradantes en caso de retorno.',
  },
};

/**
 * Moves a demo case as far through Mexico's procedure as its age suggests, without the records behind
 * the steps (`stepCase`, as a file kept on paper before Refugio): the quick demo of tests that ask for a
 * number of cases (`seedDemo` without `records`). The full demo walks cases through their records
 * instead (demo-records.ts). The supervisor puts the eligibility officer in charge, and one case in five
 * gets the extension LRPCAP art. 24 allows for want of an interpreter. The applicant signs weekly at
 * the office until the decision. Mexico's profile only: other profiles are left registered.
 */
export async function advanceDemoCase(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  staff: DemoStaff,
  caseId: string,
  ageInDays: number,
  index: number,
): Promise<void> {
  if (jurisdiction.profile.code !== 'MEX' || ageInDays < 20) return;
  const kase = (await findCaseById(db, caseId))!;
  const filed = kase.application_date;
  const day = (n: number) => addCalendarDays(filed, n).date;
  const at = (n: number) => new Date(`${day(n)}T17:00:00Z`);
  let version = kase.version;
  const step = async (actor: Actor, action: string, data: object, on: number) => {
    version = (await stepCase(db, actor, caseId, action, { version, data }, jurisdiction, at(on))).version;
  };

  version = (
    await assignCase(
      db,
      staff.supervisor,
      caseId,
      { version, officerId: staff.eligibility.id },
      jurisdiction,
      at(1),
    )
  ).version;
  // The weekly signature at the office (RLRPCAP art. 24) until the decision; every fourth case missed
  // its fourth week, so the presentations panel shows a gap.
  const present = async (on: number) => {
    if (on > ageInDays || (index % 4 === 0 && on === 28)) return;
    version = (
      await recordPresentation(
        db,
        staff.registration,
        caseId,
        { version, date: day(on) },
        jurisdiction,
        at(on),
      )
    ).version;
  };
  await step(staff.eligibility, 'schedule_interview', { interviewDate: day(18) }, 2);
  for (const on of [7, 14]) await present(on);
  if (ageInDays < 45) return;
  await step(staff.eligibility, 'record_interview', { interviewDate: day(18) }, 18);
  for (const on of [21, 28, 35, 42, 49]) await present(on);
  await step(staff.eligibility, 'begin_assessment', {}, 19);
  if (index % 5 === 0) {
    version = (
      await extendDeadline(
        db,
        staff.supervisor,
        caseId,
        'first_instance_decision',
        {
          version,
          reason: 'no_interpreter',
          length: 20,
          note: 'No hay intérprete de mam disponible en la oficina; se solicitó apoyo a la sede central.',
        },
        jurisdiction,
        at(25),
      )
    ).version;
  }
  if (ageInDays < 90) return;
  const positive = index % 3 !== 0;
  await step(
    staff.eligibility,
    positive ? 'draft_recognition' : 'draft_refusal',
    positive ? recognition : refusal,
    50,
  );
  await step(staff.supervisor, 'issue_decision', { decisionDate: day(55) }, 55);
  await step(staff.registration, 'notify_decision', { notificationDate: day(58) }, 58);
}
