import { describe, expect, it } from 'vitest';
import type { CaseEventView } from '@refugio/contract';
import { eventDetails } from '../cases/eventDetails';
import { createI18n } from '../i18n/i18n';

// A version of a time limit moves due dates like a suspension does; the case timeline says which.
const recomputed = (change: 'recorded' | 'withdrawn'): CaseEventView => ({
  id: '51',
  type: 'deadlines_recomputed',
  occurredAt: '2026-12-01T16:00:00.000Z',
  actor: null,
  data: {
    recomputationId: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
    cause: { kind: 'time_limit_rule', change, id: 'x', legalBasis: 'RLRPCAP art. 80' },
    changes: [{ limit: 'appeal_decision', from: null, to: '2027-04-15' }],
  },
});
const context = { track: String, user: () => undefined };

describe('the case timeline of a recomputation caused by a time-limit version', () => {
  it('names the recorded version and its legal basis', () => {
    const { t } = createI18n('es');
    expect(eventDetails(t, recomputed('recorded'), context)).toEqual([
      'Por una versión registrada de un plazo legal · RLRPCAP art. 80',
      'Resolver el recurso: suspendido → 15/04/2027',
    ]);
  });

  it('says when the version was withdrawn', () => {
    const { t } = createI18n('en');
    expect(eventDetails(t, recomputed('withdrawn'), context)[0]).toBe(
      'Because of a withdrawn version of a legal time limit · RLRPCAP art. 80',
    );
  });
});
