import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { eligibilityOfficer, petronaCase, registrationOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AssessmentPanel } from './AssessmentPanel';
import { draftAssessment, withAssessment } from './assessment.fixtures';

const interviewed = { ...petronaCase, stage: 'interviewed' as const, version: 5 };

describe('AssessmentPanel', () => {
  it('offers the start and sends the case version the officer saw', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST')
        return json(
          { assessment: draftAssessment, case: { ...interviewed, stage: 'assessment', version: 6 } },
          201,
        );
      return json({ assessment: null, canStart: true, caseVersion: 5 });
    });
    const onReplace = vi.fn();
    renderSignedIn(<AssessmentPanel detail={interviewed} onReplace={onReplace} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Iniciar evaluación' }));
    await waitFor(() =>
      expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ stage: 'assessment' })),
    );
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/assessment`);
    expect(JSON.parse(String(post.init?.body))).toEqual({ caseVersion: 5 });
  });

  it('shows the status, what is missing and the way to the page', async () => {
    stubFetch(() => json(withAssessment));
    renderSignedIn(<AssessmentPanel detail={interviewed} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText('Falta 1 apartado por completar.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Abrir la evaluación' }).getAttribute('href')).toBe(
      `/cases/${petronaCase.id}/assessment`,
    );
    expect(screen.queryByRole('button', { name: 'Iniciar evaluación' })).toBeNull();
  });

  it('renders nothing for registration staff, who may not read the claim', async () => {
    const requests = stubFetch(() => json({ error: { code: 'forbidden', message: 'no' } }, 403));
    const { container } = renderSignedIn(
      <AssessmentPanel detail={interviewed} onReplace={vi.fn()} onReload={vi.fn()} />,
      { me: registrationOfficer },
    );
    // Not even asked for: the server would refuse it (403), and the browser would log the refusal.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);
    expect(container.innerHTML).toBe('');
  });
});
