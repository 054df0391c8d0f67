import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InterviewRules } from '@refugio/contract';
import { mexico } from '../testing/fixtures';
import { renderSignedIn } from '../testing/render';
import { InterviewRulesNote } from './InterviewRulesNote';

const rules = mexico.profile.interviewRules;
const note = () => screen.queryByRole('note', { name: 'Lo que dice la ley sobre esta entrevista' });

describe('InterviewRulesNote', () => {
  it('says nothing for an in-person interview without a same-sex request', () => {
    renderSignedIn(<InterviewRulesNote rules={rules} remote={false} sameSexRequested={false} />);
    expect(note()).toBeNull();
  });

  it('cites the law that asks for a personal interview when one is booked remotely (Mexico)', () => {
    renderSignedIn(<InterviewRulesNote rules={rules} remote sameSexRequested />);
    expect(note()?.textContent).toContain(
      'La ley pide que la entrevista sea personal (LRPCAP arts. 21 (last ¶), 23 ¶2) y no resuelve si una videollamada lo cumple',
    );
    expect(note()?.textContent).toContain('se atiende como práctica del ACNUR');
  });

  it('says a remote interview is not allowed where the law forbids it, and cites a known same-sex rule', () => {
    const strict: InterviewRules = {
      ...rules,
      remote: { status: 'known', allowed: false, legalBasis: 'Ley X art. 9', source: 'Ley X' },
      sameSexRequest: { status: 'known', legalBasis: 'Ley X art. 10', source: 'Ley X' },
    };
    renderSignedIn(<InterviewRulesNote rules={strict} remote sameSexRequested />);
    expect(note()?.textContent).toContain('La ley no admite la entrevista a distancia (Ley X art. 9)');
    expect(note()?.textContent).toContain('del mismo sexo (Ley X art. 10)');
  });
});
