import type { ActionId } from '../procedure/procedure';

/**
 * The procedure steps the interviews panel (schedule, reschedule, no-show, record) takes through its records: the generic step route refuses them.
 * Filled as the panel ships, so the generic route keeps working for a step until its records do.
 */
export const interviewSteps: readonly ActionId[] = [];
