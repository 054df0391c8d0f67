import type { ActionId } from '../procedure/procedure';

/**
 * The procedure steps the assessment panel (begin assessment) takes through its records: the generic step route refuses them.
 */
export const assessmentSteps: readonly ActionId[] = ['begin_assessment'];
