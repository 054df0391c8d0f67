import type { ActionId } from '../procedure/procedure';

/**
 * The procedure steps the interviews panel (schedule, reschedule, no-show, record) takes through its records: the generic step route refuses them.
 */
export const interviewSteps: readonly ActionId[] = [
  'schedule_interview',
  'admit',
  'reschedule_interview',
  'record_no_show',
  'record_interview',
];
