import type { ActionId } from '../procedure/procedure';

/**
 * The procedure steps the decision panel (draft, return, refer, issue, notify) takes through its records: the generic step route refuses them.
 */
export const decisionSteps: readonly ActionId[] = [
  'draft_recognition',
  'draft_refusal',
  'return_draft',
  'refer_to_decision_body',
  'issue_decision',
  'declare_inadmissible',
  'notify_decision',
];
