import { TimeLimitId, TrackId } from '@refugio/contract';
import { isMedicalNeed } from '../access/policy';
import type {
  CaseAccessView,
  FieldClass,
  CaseAction,
  CaseTriageView,
  CaseAssignmentView,
  PresentationView,
  CaseDetail,
  DeadlineView,
  CaseEventView,
  CaseSummary,
  FilingWindowCheck,
  PersonView,
  ProcedureActionView,
} from '@refugio/contract';
import type { CaseEventRow, CaseListRow, CaseRow, PersonRow } from './case.repository';

// Presenters list every field that leaves the server: a new column stays private until added here.

const office = (r: { office_id: string; office_code: string; office_name: string; office_city: string }) => ({
  id: r.office_id,
  code: r.office_code,
  name: r.office_name,
  city: r.office_city,
});

export function presentCaseSummary(r: CaseListRow, today: string): CaseSummary {
  return {
    id: r.id,
    caseNumber: r.case_number,
    status: r.status,
    stage: r.stage,
    office: office(r),
    applicationDate: r.application_date,
    principalName: r.principal_name,
    nationalities: r.nationalities,
    peopleCount: r.people_count,
    lateFiling: r.late_filing,
    registeredAt: r.registered_at.toISOString(),
    nextDeadline: presentNextDeadline(r, today),
    track: TrackId.catch('regular').parse(r.track),
    sensitive: r.sensitive,
  };
}

function presentNextDeadline(r: CaseListRow, today: string): CaseSummary['nextDeadline'] {
  if (!r.next_limit || !r.next_status) return null;
  const limit = TimeLimitId.safeParse(r.next_limit);
  if (!limit.success) return null;
  const status = r.next_status === 'suspended' ? 'suspended' : r.next_due_on! < today ? 'overdue' : 'open';
  return { limit: limit.data, dueDate: r.next_due_on, status };
}

/**
 * A person as the current user may see them: contact details only with the contact class, the
 * medical and SGBV specific-needs codes only with the medical class (`restricted` lists what is withheld).
 */
export function presentPerson(p: PersonRow, restricted: readonly FieldClass[] = []): PersonView {
  const contact = !restricted.includes('contact');
  const medical = !restricted.includes('medical');
  return {
    id: p.id,
    role: p.role,
    relationship: p.relationship,
    givenNames: p.given_names,
    firstSurname: p.first_surname,
    secondSurname: p.second_surname,
    otherNames: p.other_names,
    sex: p.sex,
    birthDate: p.birth_date,
    birthDateEstimated: p.birth_date_estimated,
    countryOfBirth: p.country_of_birth.trim(),
    nationalities: p.nationalities,
    countryOfOrigin: p.country_of_origin.trim(),
    languages: p.languages,
    needsInterpreter: p.needs_interpreter,
    phone: contact ? p.phone : null,
    address: contact ? p.address : null,
    documents: p.documents,
    specificNeeds: medical ? p.specific_needs : p.specific_needs.filter((code) => !isMedicalNeed(code)),
  };
}

export function presentEvent(e: CaseEventRow): CaseEventView {
  return {
    id: e.id,
    type: e.type,
    occurredAt: e.occurred_at.toISOString(),
    actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null,
    data: e.data,
  };
}

export function presentFilingWindow(c: CaseRow): FilingWindowCheck {
  return { late: c.late_filing, deadline: c.filing_deadline, method: c.filing_method };
}

export function presentCaseDetail(
  c: CaseRow,
  people: PersonRow[],
  events: CaseEventView[],
  deadlines: DeadlineView[],
  actions: CaseAction[],
  procedureActions: ProcedureActionView[],
  triage: CaseTriageView,
  presentation: PresentationView | null,
  assignment: CaseAssignmentView,
  access: CaseAccessView,
): CaseDetail {
  return {
    id: c.id,
    caseNumber: c.case_number,
    status: c.status,
    stage: c.stage,
    outcome: c.outcome,
    version: c.version,
    office: office(c),
    entryDate: c.entry_date,
    entryPlace: c.entry_place,
    applicationDate: c.application_date,
    filingWindow: presentFilingWindow(c),
    lateFilingJustification: c.late_filing_justification,
    registeredAt: c.registered_at.toISOString(),
    registeredBy: c.registered_by ? { id: c.registered_by, name: c.registered_by_name ?? '' } : null,
    people: people.map((p) => presentPerson(p, access.restricted)),
    events,
    deadlines,
    actions,
    procedureActions,
    triage,
    presentation,
    assignment,
    access,
  };
}
