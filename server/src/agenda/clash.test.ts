import { describe, expect, it } from 'vitest';
import { describeClash, readClash, type AgendaClash } from '@refugio/contract';

describe('the clashes a refused unavailability names', () => {
  const clashes: AgendaClash[] = [
    {
      kind: 'interview',
      id: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11',
      caseNumber: 'COMAR-TAP-2026-000024',
      start: '2026-12-03T09:00',
      end: '2026-12-03T11:00',
    },
    {
      kind: 'unavailable',
      id: '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e12',
      start: '2026-12-01T08:00',
      end: '2026-12-05T18:00',
    },
  ];

  it.each(clashes)('reads back what it wrote ($kind)', (clash) => {
    expect(readClash(describeClash(clash))).toEqual(clash);
  });

  it('reads nothing from any other message', () => {
    expect(readClash('Already booked at that time')).toBeNull();
    expect(readClash('Interview x of case y, tomorrow to later')).toBeNull();
  });
});
