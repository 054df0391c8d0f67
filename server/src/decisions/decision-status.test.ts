import { describe, expect, it } from 'vitest';
import { decisionStatuses } from '@refugio/contract';
import { isEditable, nextDecisionStatus, type DecisionEvent } from './decision-status';

describe('the decision state machine', () => {
  it('runs the four-eyes path of a first decision', () => {
    expect(nextDecisionStatus('draft', 'submit')).toBe('submitted');
    expect(nextDecisionStatus('submitted', 'return')).toBe('returned');
    expect(nextDecisionStatus('returned', 'redraft')).toBe('draft');
    expect(nextDecisionStatus('submitted', 'issue')).toBe('issued');
    expect(nextDecisionStatus('issued', 'notify')).toBe('notified');
  });

  it('sends a recommendation to the body, which resolves it or has it returned', () => {
    expect(nextDecisionStatus('submitted', 'refer')).toBe('referred');
    expect(nextDecisionStatus('referred', 'issue')).toBe('issued');
    expect(nextDecisionStatus('referred', 'return')).toBe('returned');
  });

  it('never notifies what was not issued: a returned draft, a draft, a submitted or referred one', () => {
    for (const status of ['draft', 'submitted', 'returned', 'referred', 'set_aside'] as const)
      expect(nextDecisionStatus(status, 'notify')).toBeNull();
  });

  it('never issues a draft that was not submitted, nor submits twice', () => {
    expect(nextDecisionStatus('draft', 'issue')).toBeNull();
    expect(nextDecisionStatus('returned', 'submit')).toBeNull();
    expect(nextDecisionStatus('submitted', 'submit')).toBeNull();
    expect(nextDecisionStatus('issued', 'return')).toBeNull();
  });

  it('sets any decision aside once, and nothing happens after', () => {
    const events: DecisionEvent[] = ['submit', 'return', 'refer', 'issue', 'notify', 'redraft', 'set_aside'];
    for (const status of decisionStatuses.filter((s) => s !== 'set_aside'))
      expect(nextDecisionStatus(status, 'set_aside')).toBe('set_aside');
    for (const event of events) expect(nextDecisionStatus('set_aside', event)).toBeNull();
  });

  it('keeps only drafts and returned drafts editable', () => {
    expect(decisionStatuses.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});
