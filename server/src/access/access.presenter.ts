import type { Kysely } from 'kysely';
import type {
  BreakGlassGrantView,
  CaseAccessView,
  CaseEventView,
  CaseTriageView,
  FieldClass,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from './actor';
import {
  canBeNamedSupervisor,
  canMarkSensitive,
  canReviewBreakGlass,
  canSeeSensitivityCategories,
  isMedicalNeed,
  restrictedFields,
  type CaseScope,
} from './policy';
import {
  findActiveMarks,
  findGrantExpiry,
  findNamedSupervisors,
  findOfficeSupervisors,
  type GrantRow,
} from './access.repository';

/** Case events that carry a sensitivity category; others see that they happened, not why. */
const categoryEvents = new Set(['sensitivity_marked', 'sensitivity_lifted']);

/**
 * Who may see a case and why, as the actor may know it: the marks (their categories only for those
 * who need them), the named supervisors, the actor's own break-glass grant, the restricted field classes.
 */
export async function presentCaseAccess(
  db: Kysely<DB>,
  actor: Actor,
  kase: CaseScope & { id: string },
): Promise<CaseAccessView> {
  const [marks, supervisors, grant] = await Promise.all([
    findActiveMarks(db, kase.id),
    findNamedSupervisors(db, kase.id),
    kase.standing.breakGlassGrantId ? findGrantExpiry(db, kase.standing.breakGlassGrantId) : undefined,
  ]);
  const categories = canSeeSensitivityCategories(actor, kase);
  const canMark = canMarkSensitive(actor, kase);
  const named = new Set(supervisors.map((s) => s.id));
  const candidates = canMark
    ? (await findOfficeSupervisors(db, kase.officeId)).filter(
        (u) => !named.has(u.id) && canBeNamedSupervisor({ role: u.role, officeId: u.office_id }, kase),
      )
    : [];
  return {
    sensitive: kase.sensitive,
    marks: marks.map((m) => ({
      id: m.id,
      category: categories ? m.category : null,
      personId: m.person_id,
      markedAt: m.marked_at.toISOString(),
      markedBy: categories && m.marked_by ? { id: m.marked_by, name: m.marked_by_name ?? '' } : null,
    })),
    supervisors: supervisors.map((s) => ({ id: s.id, name: s.name })),
    canMark,
    supervisorCandidates: candidates.map((u) => ({ id: u.id, name: u.name })),
    breakGlass: grant ? { grantId: grant.id, expiresAt: grant.expires_at.toISOString() } : null,
    restricted: restrictedFields(actor, kase),
  };
}

/**
 * The triage view without the medical and SGBV needs the actor may not see: a placement reason that
 * names one says `restricted` instead (the reason stays, so the placement still reads as explained).
 */
export function redactTriage(triage: CaseTriageView, restricted: readonly FieldClass[]): CaseTriageView {
  if (!restricted.includes('medical')) return triage;
  const reasons = triage.placement.reasons.map((r) =>
    r.code === 'specific_need' && isMedicalNeed(r.need) ? { ...r, need: 'restricted' } : r,
  );
  return { ...triage, placement: { ...triage.placement, reasons } };
}

/** A case event as the actor may see it: the category of a mark only for those who need it. */
export function redactAccessEvent(actor: Actor, kase: CaseScope, event: CaseEventView): CaseEventView {
  if (!categoryEvents.has(event.type) || canSeeSensitivityCategories(actor, kase)) return event;
  const data = Object.fromEntries(Object.entries(event.data).filter(([key]) => key !== 'category'));
  return { ...event, data };
}

export function presentGrant(actor: Actor, g: GrantRow): BreakGlassGrantView {
  return {
    id: g.id,
    user: { id: g.user_id, name: g.user_name },
    case: { id: g.case_id, caseNumber: g.case_number, officeCode: g.office_code },
    reason: g.reason,
    grantedAt: g.granted_at.toISOString(),
    expiresAt: g.expires_at.toISOString(),
    active: g.active,
    uses: g.uses,
    review:
      g.reviewed_at && g.review_outcome
        ? {
            by: g.reviewed_by ? { id: g.reviewed_by, name: g.reviewed_by_name ?? '' } : null,
            at: g.reviewed_at.toISOString(),
            outcome: g.review_outcome,
            note: g.review_note ?? '',
          }
        : null,
    canReview:
      g.reviewed_at === null &&
      canReviewBreakGlass(actor, {
        userId: g.user_id,
        officeId: g.office_id,
        actorNamedSupervisor: g.viewer_named_supervisor,
      }),
  };
}
