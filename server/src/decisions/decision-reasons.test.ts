import { describe, expect, it } from 'vitest';
import { sectionText } from './decision-reasons';

describe('the written text of an assessment section, as a letter states it', () => {
  it('states what the officer wrote and never a code chosen from a list', () => {
    expect(
      sectionText('credibility', {
        conclusion: 'partly_credible',
        reasons: 'Relato coherente salvo en fechas.',
      }),
    ).toBe('Relato coherente salvo en fechas.');
    expect(
      sectionText('state_protection', {
        agentOfPersecution: 'non_state',
        stateProtectionAvailable: false,
        reasons: 'La policía no protege.',
      }),
    ).toBe('La policía no protege.');
  });

  it("keeps each reasoned item's reasons without its id", () => {
    expect(
      sectionText('grounds', {
        grounds: [
          { ground: 'political_opinion', reasons: 'Se negó a colaborar con la pandilla.' },
          { ground: 'religion', reasons: '' },
        ],
        reasons: 'Un motivo establecido.',
      }),
    ).toBe('Se negó a colaborar con la pandilla. Un motivo establecido.');
  });
});
