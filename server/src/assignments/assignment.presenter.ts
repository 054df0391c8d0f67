import type { Kysely } from 'kysely';
import type { CaseAssignmentView } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { assignableRoles, canAssignCase, caseScopeOf } from '../access/policy';
import type { CaseRow } from '../cases/case.repository';
import { findOfficersOfOffice } from './assignment.repository';

/** The officer in charge, and the officers the actor may put in charge (none unless they may assign). */
export async function presentAssignment(
  db: Kysely<DB>,
  actor: Actor,
  kase: CaseRow,
): Promise<CaseAssignmentView> {
  const officer = kase.assigned_to ? { id: kase.assigned_to, name: kase.assigned_to_name ?? '' } : null;
  const candidates = canAssignCase(actor, caseScopeOf(kase))
    ? await findOfficersOfOffice(db, kase.office_id, assignableRoles)
    : [];
  return { officer, candidates };
}
