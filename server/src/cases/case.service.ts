import type { Kysely } from 'kysely';
import {
  RegisterApplicationInput,
  fullName,
  todayIn,
  type CaseDetail,
  type CaseList,
  type CaseListParams,
  type Dependant,
  type Person,
  type ProcedureActionView,
  type RegisteredCase,
} from '@refugio/contract';
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema';
import { stepTakenVia } from '../procedure/record-driven';
import type { Jurisdiction } from '../countries/jurisdiction';
import type { CaseTable } from './case.table';
import type { Actor } from '../access/actor';
import {
  canActOnCase,
  canRegisterIn,
  caseAccessVia,
  caseActionsFor,
  caseListScope,
  caseScopeOf,
  hasPermission,
} from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden, notFound, validationFailed } from '../errors/app-error';
import { findOfficeById } from '../offices/office.repository';
import { normalizeForSearch, searchTokens } from '../search/normalize';
import { formatCaseNumber } from './case-number';
import {
  findCaseById,
  findEventsOfCase,
  findPeopleOfCase,
  insertCaseWithPeople,
  nextCaseSequence,
  searchCases,
  type CaseRow,
} from './case.repository';
import { presentCaseDetail, presentCaseSummary, presentEvent } from './case.presenter';
import { findActorStanding } from '../access/access.repository';
import { presentCaseAccess, redactAccessEvent, redactTriage } from '../access/access.presenter';
import { checkFilingWindow } from './filing-window';
import { findTransition, type Procedure } from '../procedure/procedure';
import { allowedActions } from '../procedure/transition';
import { parseOrThrow } from '../errors/parse';
import { addWorkingDays } from '../calendars/day-count';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { refreshDeadlines } from '../deadlines/deadline-refresh';
import { canExtend } from '../deadlines/extension-rules';
import { placeOnTrack, unknownIndicators } from '../triage/triage';
import { presentTriage, triageFactsOf, type StoredTriage } from '../triage/case-triage';
import { presentPresentations } from '../presentations/presentation.presenter';
import { presentAssignment } from '../assignments/assignment.presenter';
import { identityOfRegistration, recordIdentityAtRegistration } from '../identity/registration-check.service';

function personRow(caseId: string, position: number, p: Person | Dependant) {
  return {
    case_id: caseId,
    position,
    role: position === 0 ? ('principal' as const) : ('dependant' as const),
    relationship: 'relationship' in p ? p.relationship : null,
    given_names: p.givenNames,
    first_surname: p.firstSurname,
    second_surname: p.secondSurname,
    other_names: p.otherNames,
    sex: p.sex,
    birth_date: p.birthDate,
    birth_date_estimated: p.birthDateEstimated,
    country_of_birth: p.countryOfBirth,
    nationalities: p.nationalities,
    country_of_origin: p.countryOfOrigin,
    languages: p.languages,
    needs_interpreter: p.needsInterpreter,
    phone: p.phone,
    address: p.address,
    documents: JSON.stringify(p.documents),
    specific_needs: p.specificNeeds,
  };
}

/**
 * Registers an asylum application for a principal applicant and their dependants: allocates the
 * case number, stores everyone, and writes the event and the audit entry, all in one transaction.
 */
export async function registerApplication(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  { profile, calendar }: Jurisdiction,
  now = new Date(),
): Promise<RegisteredCase> {
  if (!hasPermission(actor, 'case.register')) throw forbidden();
  const input = parseOrThrow(RegisterApplicationInput, raw);
  const officeId = input.officeId ?? actor.officeId;
  if (!officeId)
    throw validationFailed([{ path: 'officeId', code: 'required', message: 'Choose an office' }]);
  if (!canRegisterIn(actor, officeId)) {
    throw validationFailed([
      { path: 'officeId', code: 'forbidden', message: 'You cannot register in this office' },
    ]);
  }
  const filingWindow = checkFilingWindow(profile.filingWindow, input, calendar);
  if (filingWindow.late && input.lateFilingJustification === '') {
    throw validationFailed([
      {
        path: 'lateFilingJustification',
        code: 'late_filing_justification_required',
        message: `The application is after the filing window (${filingWindow.deadline}): record the justification`,
      },
    ]);
  }
  const unknown = unknownIndicators(profile.triage, input.triageIndicators);
  if (unknown.length > 0) {
    throw validationFailed([
      {
        path: 'triageIndicators',
        code: 'unknown_indicator',
        message: `Not an indicator of this profile: ${unknown.join(', ')}`,
      },
    ]);
  }
  const people = [input.principal, ...input.dependants];
  // Placed once, now, and stored: a later change of the rules never moves this case silently.
  const placement = placeOnTrack(
    profile.triage,
    triageFactsOf(people, input.triageIndicators),
    input.applicationDate,
  );
  const searchText = normalizeForSearch(
    people.flatMap((p) => [p.givenNames, p.firstSurname, p.secondSurname, ...p.otherNames]).join(' '),
  );
  const principal = input.principal;
  const nationalities = [...new Set(people.flatMap((p) => p.nationalities))];

  return db.transaction().execute(async (trx) => {
    const office = await findOfficeById(trx, officeId);
    if (!office) throw validationFailed([{ path: 'officeId', code: 'unknown', message: 'No such office' }]);
    const year = Number(todayIn(profile.timeZone, now).slice(0, 4));
    const seq = await nextCaseSequence(trx, office.id, year);
    const caseNumber = formatCaseNumber(profile.caseNumber, { office: office.code, year, seq });
    const caseId = crypto.randomUUID();
    const kase: Insertable<CaseTable> & { id: string; track: string; stage: string; outcome: null } = {
      id: caseId,
      stage: 'registered',
      outcome: null,
      track: placement.track,
      triage: JSON.stringify({ placement, override: null } satisfies StoredTriage),
      case_number: caseNumber,
      office_id: office.id,
      status: 'registered',
      entry_date: input.entryDate,
      entry_place: input.entryPlace,
      application_date: input.applicationDate,
      late_filing: filingWindow.late,
      filing_deadline: filingWindow.deadline,
      filing_method: filingWindow.method,
      late_filing_justification: filingWindow.late ? input.lateFilingJustification : '',
      search_text: `${searchText} ${normalizeForSearch(caseNumber)}`,
      principal_name: fullName(principal),
      principal_sort: normalizeForSearch(
        `${principal.firstSurname} ${principal.secondSurname} ${principal.givenNames}`,
      ),
      nationalities,
      people_count: people.length,
      registered_by: actor.id,
      registered_at: now,
      updated_at: now,
    };
    const personIds = people.map(() => crypto.randomUUID());
    await insertCaseWithPeople(
      trx,
      kase,
      people.map((p, i) => ({ id: personIds[i]!, ...personRow(caseId, i, p) })),
      {
        type: 'application_registered',
        actorId: actor.id,
        occurredAt: now,
        data: {
          caseNumber,
          officeCode: office.code,
          people: people.length,
          lateFiling: filingWindow.late,
          track: placement.track,
          triageRule: placement.ruleId,
        },
      },
      { actor, entry: { action: 'case.register', caseId, details: { people: people.length } } },
    );
    await recordIdentityAtRegistration(trx, actor, identityOfRegistration(caseId, personIds, input), now);
    await refreshDeadlines(trx, { profile, calendar }, [kase], todayIn(profile.timeZone, now));
    return { id: caseId, caseNumber, filingWindow };
  });
}

/** Opens a case file. Another office's case answers "not found", so its existence is not revealed. */
export async function getCaseFile(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  { profile, calendar }: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const kase = await findCaseById(db, caseId, actor.id);
  const via = kase ? caseAccessVia(actor, caseScopeOf(kase)) : null;
  if (!kase || via === null) {
    await recordAudit(db, actor, { action: 'case.read_denied', details: { caseId } });
    throw notFound('Case not found');
  }
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, {
      action: 'case.read',
      caseId,
      ...(via === 'break_glass' ? { details: { breakGlassGrantId: kase.actor_grant_id } } : {}),
    });
    return assembleCaseFile(trx, actor, kase, { profile, calendar }, now);
  });
}

/**
 * The case file as the actor sees it: people, history, deadlines from the procedural events recorded
 * so far, and the actions the actor may take now. The caller has authorised the read and audits it.
 */
export async function assembleCaseFile(
  trx: Kysely<DB>,
  actor: Actor,
  kase: CaseRow,
  { profile, calendar }: Jurisdiction,
  now: Date,
): Promise<CaseDetail> {
  // A row re-read after a change may lack the actor's standing: read it again for the policy.
  const standing = await findActorStanding(trx, kase.id, actor.id);
  const scope = caseScopeOf({ ...kase, ...standing });
  const [people, events, access] = await Promise.all([
    findPeopleOfCase(trx, kase.id),
    findEventsOfCase(trx, kase.id),
    presentCaseAccess(trx, actor, { ...scope, id: kase.id }),
  ]);
  const computed = await deadlinesOfCase(
    trx,
    { profile, calendar },
    kase,
    todayIn(profile.timeZone, now),
    events,
  );
  const deadlines = computed.map((d) => ({
    ...d,
    extendable: canActOnCase(actor, scope) && canExtend(profile.procedure, d, actor),
  }));
  const withStanding = { ...kase, ...standing };
  return presentCaseDetail(
    kase,
    people,
    events.map(presentEvent).map((e) => redactAccessEvent(actor, scope, e)),
    deadlines,
    caseActionsFor(actor, scope),
    procedureActionsFor(actor, withStanding, profile.procedure),
    redactTriage(presentTriage(actor, withStanding, profile), access.restricted),
    presentPresentations(actor, withStanding, events, profile, todayIn(profile.timeZone, now)),
    await presentAssignment(trx, actor, withStanding),
    access,
  );
}

/** The procedure's steps the actor may take on the case now, with the data each asks for. */
function procedureActionsFor(actor: Actor, kase: CaseRow, procedure: Procedure): ProcedureActionView[] {
  if (!canActOnCase(actor, caseScopeOf(kase))) return [];
  const state = { stage: kase.stage, outcome: kase.outcome };
  return allowedActions(procedure, state, actor.role).flatMap((action) => {
    const transition = findTransition(procedure, action);
    if (!transition) return [];
    return [
      {
        action,
        via: stepTakenVia(action),
        requires: [...transition.requires],
        ...(transition.outcomes ? { outcomes: [...transition.outcomes] } : {}),
        ...(transition.requires.includes('closureReason') && transition.closureReasons
          ? { closureReasons: [...transition.closureReasons] }
          : {}),
        ...(transition.requires.includes('reopeningGround')
          ? { reopeningGrounds: procedure.reopeningGrounds.map((g) => g.id) }
          : {}),
      },
    ];
  });
}

/** Lists the cases the actor may see. The query text is not audited: it may hold a name. */
export async function listCases(
  db: Kysely<DB>,
  actor: Actor,
  query: CaseListParams,
  { profile, calendar }: Jurisdiction,
  now = new Date(),
): Promise<CaseList> {
  const scope = caseListScope(actor);
  if (scope === 'none') throw forbidden();
  const today = todayIn(profile.timeZone, now);
  const dates = { today, dueSoonUntil: addWorkingDays(calendar, today, query.within).date };
  const { total, rows } = await searchCases(db, { scope, tokens: searchTokens(query.q ?? ''), query, dates });
  await recordAudit(db, actor, {
    action: 'case.search',
    details: {
      results: total,
      filtered: Boolean(query.q || query.nationality || query.officeId || query.stage || query.deadline),
    },
  });
  return {
    items: rows.map((row) => presentCaseSummary(row, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
