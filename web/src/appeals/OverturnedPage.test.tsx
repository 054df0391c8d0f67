import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OverturnedDecision, OverturnedList } from '@refugio/contract';
import { eligibilityOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { OverturnedPage } from './OverturnedPage';

const item: OverturnedDecision = {
  appealId: 'c7a1f3e2-1b2c-4d5e-8f90-123456789abc',
  caseId: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
  caseNumber: 'COMAR-TAP-2026-000024',
  decision: {
    eventId: '42',
    recordId: null,
    outcome: 'rejected',
    issuedOn: '2026-11-11',
    notifiedOn: '2026-11-11',
    author: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11', name: 'Pedro Elegible' },
    approver: null,
  },
  appealOutcome: 'remitted',
  decidedOn: '2026-11-25',
  decidedBy: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a14', name: 'Rosa Revisión' },
  reasons: 'La entrevista no exploró el riesgo al retorno.',
  seen: false,
};
const list = (seen: boolean): OverturnedList => ({ items: [{ ...item, seen }], unseen: seen ? 0 : 1 });

describe('OverturnedPage', () => {
  it('shows the decision set aside with the appeal’s reasons, and marks it seen', async () => {
    const requests = stubFetch((_url, init) => json(list(init?.method === 'POST')));
    renderSignedIn(<OverturnedPage />, { me: eligibilityOfficer });
    const article = within(await screen.findByRole('article', { name: /Expediente COMAR-TAP-2026-000024/ }));
    expect(article.getByText('La entrevista no exploró el riesgo al retorno.')).toBeTruthy();
    expect(article.getByText('En recurso: Devuelta para nueva resolución, el 25/11/2026')).toBeTruthy();
    expect(article.getByText(/redactó Pedro Elegible; aprobó sin registro/)).toBeTruthy();
    expect(screen.getByText('1 nueva')).toBeTruthy();

    fireEvent.click(article.getByRole('button', { name: 'Marcar como vista' }));
    await waitFor(() => expect(screen.queryByText('1 nueva')).toBeNull());
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe('/api/v1/appeals/overturned/seen');
    expect(JSON.parse(String(sent.init?.body))).toEqual({ appealIds: [item.appealId] });
    expect(article.queryByRole('button', { name: 'Marcar como vista' })).toBeNull();
  });

  it('says so when nothing was overturned', async () => {
    stubFetch(() => json({ items: [], unseen: 0 }));
    renderSignedIn(<OverturnedPage />, { me: eligibilityOfficer });
    expect(
      await screen.findByText('Ninguna resolución suya o de su oficina ha sido revocada en recurso.'),
    ).toBeTruthy();
  });
});
