import type { CoiSourceAction } from '@refugio/contract';
import type { Actor } from '../access/actor';
import { canContributeCoi, canManageCoi } from '../access/policy';

/**
 * Who uses the library, composed from the policy's COI permissions: whoever contributes sources or
 * manages the library reads it (eligibility, supervisors, appeals, administrators). A contributor edits
 * the sources they added; a manager edits any and marks sources superseded.
 */
export const canReadCoi = (actor: Pick<Actor, 'role'>) => canContributeCoi(actor) || canManageCoi(actor);
export const canAddCoi = canReadCoi;

export function coiSourceActionsFor(
  actor: Pick<Actor, 'id' | 'role'>,
  source: { added_by: string | null; status: 'current' | 'superseded' },
): CoiSourceAction[] {
  const manage = canManageCoi(actor);
  const own = canContributeCoi(actor) && source.added_by === actor.id;
  if (source.status === 'superseded') return [];
  const actions: CoiSourceAction[] = [];
  if (manage || own) actions.push('edit', 'upload_file');
  if (manage) actions.push('supersede');
  return actions;
}
