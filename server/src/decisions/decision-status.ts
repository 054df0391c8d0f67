import type { DecisionStatus } from '@refugio/contract';

/** What happens to a decision: the four-eyes steps, the body's resolution, notification, an appeal's remittal. */
export type DecisionEvent = 'submit' | 'return' | 'refer' | 'issue' | 'notify' | 'redraft' | 'set_aside';

/**
 * The decision's state machine (docs/design/eligibility.md §2.4): draft → submitted → returned (the
 * author opens the next version: redraft) | referred (a body decides: issue) | issued → notified; any
 * → set_aside on remittal. Only an issued decision is notified, so a returned draft never is. Answers
 * null when the event is not possible from the status. Pure.
 */
export function nextDecisionStatus(status: DecisionStatus, event: DecisionEvent): DecisionStatus | null {
  if (event === 'set_aside') return status === 'set_aside' ? null : 'set_aside';
  switch (status) {
    case 'draft':
      return event === 'submit' ? 'submitted' : null;
    case 'submitted':
      if (event === 'return') return 'returned';
      if (event === 'refer') return 'referred';
      if (event === 'issue') return 'issued';
      return null;
    case 'returned':
      return event === 'redraft' ? 'draft' : null;
    case 'referred':
      if (event === 'issue') return 'issued';
      if (event === 'return') return 'returned';
      return null;
    case 'issued':
      return event === 'notify' ? 'notified' : null;
    case 'notified':
      // Further people of the case, and corrections, are notified of the same decision.
      return event === 'notify' ? 'notified' : null;
    case 'set_aside':
      return null;
  }
}

/** Whether the text of the current version may still change (a returned one changes as the next version). */
export const isEditable = (status: DecisionStatus) => status === 'draft' || status === 'returned';
