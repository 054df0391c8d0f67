import { describe, expect, it } from 'vitest';
import { presentationsEndedAs, presentationsEndedBy } from './presentation.presenter';

const events = (...types: string[]) => types.map((type) => ({ type }));

describe('what ends the weekly presentations', () => {
  it('is the decision once issued, even on a case notified or under appeal since', () => {
    const ended = presentationsEndedBy(
      events('registered', 'schedule_interview', 'issue_decision', 'notify_decision', 'lodge_appeal'),
    );
    expect(presentationsEndedAs(ended)).toBe('decision');
  });

  it('is the closure of a case closed before any decision', () => {
    expect(presentationsEndedAs(presentationsEndedBy(events('registered', 'close')))).toBe('closure');
    expect(presentationsEndedAs(presentationsEndedBy(events('registered', 'close_final')))).toBe('closure');
  });

  it('is nothing while the first instance runs', () => {
    expect(presentationsEndedAs(presentationsEndedBy(events('registered', 'schedule_interview')))).toBeNull();
  });
});
