import type { ActionId } from '../procedure/procedure';

/**
 * The procedure steps the appeal panel (lodge, decide, withdraw) takes through its records: the generic step
 * route refuses them.
 */
export const appealSteps: readonly ActionId[] = ['lodge_appeal', 'decide_appeal', 'withdraw_appeal'];
