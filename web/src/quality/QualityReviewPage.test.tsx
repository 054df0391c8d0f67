import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me, QualityReviewView } from '@refugio/contract';
import { supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { QualityReviewPage } from './QualityReviewPage';

const reviewer: Me = { ...supervisor, permissions: [...supervisor.permissions, 'quality.review'] };
const review: QualityReviewView = {
  id: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
  sample: {
    id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    drawId: 'b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    caseId: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
    caseNumber: 'COMAR-TAP-2026-000024',
    decisionEventId: '42',
    decisionOutcome: 'rejected',
    decisionIssuedOn: '2026-11-11',
    author: null,
    approver: null,
    reason: 'risk',
    riskIndicators: ['new_officer'],
    reviewer: { id: reviewer.user.id, name: reviewer.user.name },
    status: 'in_review',
    reviewId: 'd1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6',
    version: 2,
    reviewerCandidates: [],
    canReview: true,
  },
  reviewer: { id: reviewer.user.id, name: reviewer.user.name },
  indicatorSet: 'refugio-qa-1',
  comments: '',
  status: 'draft',
  completedAt: null,
  scores: [],
  version: 1,
  canEdit: true,
};

describe('QualityReviewPage', () => {
  it('asks for a comment on a deficiency before sending, then saves the ratings', async () => {
    const requests = stubFetch((_url, init) =>
      json(
        init?.method === 'PUT'
          ? {
              ...review,
              version: 2,
              scores: [{ indicatorId: 'd_risk', rating: 'minor', comment: 'Sin IPO.' }],
            }
          : review,
      ),
    );
    renderSignedIn(<QualityReviewPage params={{ id: review.id }} />, { me: reviewer });
    const rating = await screen.findByLabelText('Evaluación del riesgo');
    fireEvent.change(rating, { target: { value: 'minor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Observación · Evaluación del riesgo/).getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(requests.some((r) => r.init?.method === 'PUT')).toBe(false);

    fireEvent.change(screen.getByLabelText(/Observación · Evaluación del riesgo/), {
      target: { value: 'Sin IPO.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText('Revisión guardada.')).toBeTruthy();
    const sent = requests.find((r) => r.init?.method === 'PUT')!;
    expect(sent.url.pathname).toBe(`/api/v1/quality/reviews/${review.id}`);
    expect(JSON.parse(String(sent.init?.body))).toMatchObject({
      version: 1,
      scores: [{ indicatorId: 'd_risk', rating: 'minor', comment: 'Sin IPO.' }],
    });
  });

  it('shows a completed review read-only', async () => {
    stubFetch(() =>
      json({ ...review, status: 'completed', completedAt: '2026-12-10T18:00:00.000Z', canEdit: false }),
    );
    renderSignedIn(<QualityReviewPage params={{ id: review.id }} />, { me: reviewer });
    expect(await screen.findByText('Completada; no puede modificarse.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Completar revisión' })).toBeNull();
  });
});
