import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDecisions, DecisionView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase, registrationOfficer, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { DecisionPanel } from './DecisionPanel';

const detail = { ...petronaCase, stage: 'decision_drafted' as const, version: 8 };
const decisionId = '0b1f8a0e-7a43-4c3e-9a57-1f9d3a2b4c51';
const userId = '9c2a1d3e-5b6f-4a7c-8d9e-0f1a2b3c4d5e';
const templateId = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const submitted: DecisionView = {
  id: decisionId,
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  round: 1,
  kind: 'first_instance',
  status: 'submitted',
  outcome: 'rejected',
  currentVersion: 1,
  issuedVersion: null,
  issuedOn: null,
  author: { id: userId, name: 'Oficial Uno' },
  versions: [
    {
      number: 1,
      outcome: 'rejected',
      recognitionBasis: null,
      surPlace: false,
      language: 'spa',
      template: { id: templateId, number: 1, title: 'Resolución' },
      individualExplanation: '',
      reasons: {
        assessmentId: null,
        takenAt: null,
        factsAccepted: [],
        factsRejected: [],
        sections: {},
        complementaryProtection: null,
        sources: [],
      },
      people: [],
      createdBy: { id: userId, name: 'Oficial Uno' },
      createdAt: '2026-11-20T16:00:00.000Z',
      submittedBy: { id: userId, name: 'Oficial Uno' },
      submittedAt: '2026-11-20T16:00:00.000Z',
      contentSha256: 'a'.repeat(64),
      missingFields: [],
      version: 1,
    },
  ],
  reviews: [],
  notifications: [],
  version: 2,
  actions: ['approve', 'return', 'print'],
};

describe('DecisionPanel', () => {
  it('shows the version with its letter and lets a reviewer return it with comments, sending the versions seen', async () => {
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({
          decision: { ...submitted, status: 'returned', actions: ['print'] },
          case: { ...detail, version: 9 },
        });
      return json({ decisions: [submitted], canDraft: false } satisfies CaseDecisions);
    });
    const onReplace = vi.fn();
    renderSignedIn(<DecisionPanel detail={detail} onReplace={onReplace} onReload={vi.fn()} />, {
      me: supervisor,
    });
    expect((await screen.findByRole('link', { name: 'Resolución (PDF)' })).getAttribute('href')).toBe(
      `/api/v1/decisions/${decisionId}/versions/1/letter.pdf`,
    );
    expect(screen.getByRole('button', { name: 'Aprobar' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Observaciones'), { target: { value: 'Precise el riesgo.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Devolver con observaciones' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ version: 9 })));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decisions/${decisionId}/return`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 2,
      caseVersion: 8,
      comments: 'Precise el riesgo.',
    });
  });

  it('offers a draft where none exists, asking the basis only for a recognition', async () => {
    stubFetch(() => json({ decisions: [], canDraft: true } satisfies CaseDecisions));
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText('Todavía no hay proyecto de resolución.')).toBeTruthy();
    expect(screen.queryByLabelText('Fundamento del reconocimiento')).toBeNull();
    fireEvent.change(screen.getByLabelText('Sentido'), { target: { value: 'recognized' } });
    expect(screen.getByLabelText('Fundamento del reconocimiento')).toBeTruthy();
  });

  it('renders nothing for those who may not read the reasons', async () => {
    const requests = stubFetch(() => json({ error: { code: 'forbidden', message: 'no' } }, 403));
    const { container } = renderSignedIn(
      <DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />,
      {
        me: registrationOfficer,
      },
    );
    // Not even asked for: the server would refuse it (403), and the browser would log the refusal.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);
    expect(container.innerHTML).toBe('');
  });
});
