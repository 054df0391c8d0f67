import { specificNeedCategories, type SubjectAccessExport } from '@refugio/contract';
import type { CaseEventRow, CaseRow, PersonRow } from '../cases/case.repository';
import type { ConsentRow, DisclosureRow } from './data-protection.repository';
import type {
  AttachmentListRow,
  AuditTrailRow,
  DecisionWithPeople,
  RecordContent,
  SubjectInterviewRow,
} from './subject-access.repository';
import { documentConcerns, eventConcerns, redactAttendees, redactTurns } from './subject-access-redaction';

type Lang = 'es' | 'en';

const needLabels = new Map(
  specificNeedCategories.flatMap((c) => c.needs.map((n) => [n.code, { es: n.es, en: n.en }] as const)),
);

/** Everything the export is made from, read in one transaction by the service. */
export interface SubjectAccessSources {
  generatedAt: Date;
  lang: Lang;
  authority: { country: string; name: string };
  kase: CaseRow;
  subjectId: string;
  people: readonly PersonRow[];
  consents: readonly ConsentRow[];
  disclosures: readonly DisclosureRow[];
  interviews: readonly (SubjectInterviewRow & { record: RecordContent | null })[];
  interviewsOfOthers: number;
  facts: readonly { statement: string; finding: string; reasons: string }[];
  decisions: readonly DecisionWithPeople[];
  appeals: readonly {
    filed_on: string;
    status: string;
    outcome: string | null;
    decided_on: string | null;
    withdrawn_on: string | null;
  }[];
  attachments: readonly AttachmentListRow[];
  events: readonly CaseEventRow[];
  auditTrail: readonly AuditTrailRow[];
}

/**
 * The subject access export: the subject's data in full, everything else about the case that
 * concerns them, and of other people only their role; each item left out is counted in `withheld`.
 * Field-level rules do not thin it: the one who exports it may see every field class (policy).
 */
export function buildSubjectAccessExport(s: SubjectAccessSources): SubjectAccessExport {
  const subject = s.people.find((p) => p.id === s.subjectId);
  if (!subject) throw new Error('The subject is not a person of the case');
  const others = s.people.filter((p) => p.id !== s.subjectId);
  const interviews = s.interviews.map((i) => {
    const turns = i.record ? redactTurns(i.record.turns) : [];
    const attendees = i.record ? redactAttendees(i.record.attendees) : [];
    return {
      view: {
        startsAt: i.starts_at.toISOString(),
        endsAt: i.ends_at.toISOString(),
        status: i.status,
        mode: i.mode,
        place: i.room_name
          ? `${i.office_name} — ${i.room_name}`
          : i.mode === 'in_person'
            ? i.office_name
            : null,
        officer: i.officer_name,
        interpreterLanguage: i.interpreter_id ? i.language : null,
        record: i.record
          ? { status: i.record.status, attendees, turns, applicantRemarks: i.record.applicantRemarks }
          : null,
      },
      withheldTurns: turns.filter((t) => t.withheld).length,
      withheldAttendees: attendees.filter((a) => a.withheld).length,
    };
  });
  const decisions = s.decisions.filter(
    (d) => d.people.length === 0 || d.people.some((p) => p.person_id === s.subjectId),
  );
  const documents = s.attachments.filter((a) => documentConcerns(a.person_id, s.subjectId));
  // Disclosure events recorded before they named their people are matched to the disclosure made.
  const peopleOfEvent = (data: Record<string, unknown>) => {
    if (typeof data.disclosureId !== 'string' || Array.isArray(data.personIds)) return data;
    const made = s.disclosures.find((d) => d.id === data.disclosureId);
    return made ? { ...data, personIds: made.person_ids } : data;
  };
  const events = s.events.filter((e) => eventConcerns(peopleOfEvent(e.data), s.subjectId));
  const principal = subject.role === 'principal';

  return {
    format: 'refugio.subject-access/1',
    generatedAt: s.generatedAt.toISOString(),
    language: s.lang,
    authority: s.authority,
    subject: {
      personId: subject.id,
      role: subject.role,
      relationship: subject.relationship,
      givenNames: subject.given_names,
      firstSurname: subject.first_surname,
      secondSurname: subject.second_surname,
      otherNames: subject.other_names,
      sex: subject.sex,
      birthDate: subject.birth_date,
      birthDateEstimated: subject.birth_date_estimated,
      countryOfBirth: subject.country_of_birth,
      nationalities: subject.nationalities,
      countryOfOrigin: subject.country_of_origin,
      languages: subject.languages,
      needsInterpreter: subject.needs_interpreter,
      phone: subject.phone,
      address: subject.address,
      identityDocuments: subject.documents.map((d) => ({
        type: d.type,
        number: d.number,
        issuingCountry: d.issuingCountry,
      })),
      specificNeeds: subject.specific_needs.map((code) => ({
        code,
        label: needLabels.get(code)?.[s.lang] ?? code,
      })),
    },
    case: {
      caseNumber: s.kase.case_number,
      office: { code: s.kase.office_code, name: s.kase.office_name },
      applicationDate: s.kase.application_date,
      entryDate: s.kase.entry_date,
      entryPlace: s.kase.entry_place,
      registeredAt: s.kase.registered_at.toISOString(),
      status: s.kase.status,
      stage: s.kase.stage,
      outcome: s.kase.outcome,
    },
    otherPeople: others.map((p) => ({ role: p.role, relationship: p.relationship, withheld: true as const })),
    consents: s.consents
      .filter((c) => c.person_id === s.subjectId)
      .map((c) => ({
        purpose: c.purpose,
        decision: c.decision,
        method: c.method,
        givenBy: c.given_by,
        expressedOn: c.expressed_on,
        note: c.note,
        recordedBy: c.recorded_by_name,
        recordedAt: c.recorded_at.toISOString(),
      })),
    disclosures: s.disclosures
      .filter((d) => d.person_ids.includes(s.subjectId))
      .map((d) => ({
        recipient: { name: d.recipient_name, kind: d.recipient_kind, country: d.recipient_country },
        purpose: d.purpose,
        legalBasis: 'consent' as const,
        disclosedAt: d.disclosed_at.toISOString(),
        disclosedBy: d.disclosed_by_name,
      })),
    interviews: interviews.map((i) => i.view),
    // The claim is the principal applicant's: a dependant's export does not carry it.
    assessmentFacts: principal
      ? s.facts.map((f) => ({ statement: f.statement, finding: f.finding, reasons: f.reasons }))
      : [],
    decisions: decisions.map((d) => ({
      kind: d.kind,
      round: d.round,
      status: d.status,
      outcome: d.people.find((p) => p.person_id === s.subjectId)?.outcome ?? d.outcome,
      issuedOn: d.issued_on,
      notifiedOn: d.notifications.filter((n) => n.person_id === s.subjectId).map((n) => n.notified_on),
    })),
    appeals: s.appeals.map((a) => ({
      filedOn: a.filed_on,
      status: a.status,
      outcome: a.outcome,
      decidedOn: a.decided_on,
      withdrawnOn: a.withdrawn_on,
    })),
    documents: documents.map((d) => ({
      fileName: d.file_name,
      category: d.category,
      mediaType: d.media_type,
      uploadedAt: d.uploaded_at.toISOString(),
    })),
    events: events.map((e) => ({
      type: e.type,
      occurredAt: e.occurred_at.toISOString(),
      by: e.actor_name,
    })),
    accessLog: s.auditTrail.map((a) => ({
      action: a.action,
      occurredAt: a.occurred_at.toISOString(),
      role: a.role,
      office: a.office_code,
    })),
    withheld: {
      people: others.length,
      interviews: s.interviewsOfOthers,
      interviewTurns: interviews.reduce((n, i) => n + i.withheldTurns, 0),
      attendees: interviews.reduce((n, i) => n + i.withheldAttendees, 0),
      documents: s.attachments.length - documents.length,
      events: s.events.length - events.length,
      decisions: s.decisions.length - decisions.length,
      facts: principal ? 0 : s.facts.length,
    },
  };
}
