import type { Actor } from '../access/actor';
import type { ComputedDeadline } from '../procedure/deadlines';
import type { Procedure } from '../procedure/procedure';
import { checkExtension, timeLimitInForce, type ExtensionCheck } from '../procedure/time-limits';

/**
 * Whether the law lets this actor extend this limit of a case now, for any of its reasons, by at least
 * one unit: the limit still runs, the role may grant it, and the times and length allowed are not used up.
 */
export function canExtend(
  procedure: Procedure,
  deadline: ComputedDeadline,
  actor: Pick<Actor, 'role'>,
): boolean {
  if (deadline.status === 'met' || deadline.status === 'met_late') return false;
  const limit = timeLimitInForce(procedure, deadline.limit, deadline.startDate);
  if (limit.status === 'unknown' || limit.extension.status === 'unknown') return false;
  const reason = limit.extension.reasons[0]!.code;
  return checkExtensionOf(procedure, deadline, actor, reason, 1).ok;
}

/** The law's verdict on one extension request for a limit of a case, given the extensions already granted. */
export function checkExtensionOf(
  procedure: Procedure,
  deadline: ComputedDeadline,
  actor: Pick<Actor, 'role'>,
  reason: Parameters<typeof checkExtension>[1]['reason'],
  length: number,
): ExtensionCheck {
  const limit = timeLimitInForce(procedure, deadline.limit, deadline.startDate);
  return checkExtension(limit, {
    reason,
    role: actor.role,
    length,
    previous: deadline.extensions.map((e) => e.length),
  });
}
