import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@refugio/contract';
import { petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const decided: CaseDetail = {
  ...petronaCase,
  stage: 'decided',
  outcome: 'rejected',
  version: 4,
  procedureActions: [{ action: 'notify_decision', requires: ['notificationDate'] }],
};
const notified: CaseDetail = { ...decided, stage: 'notified', version: 5, procedureActions: [] };

describe('ProcedureActions', () => {
  it('offers exactly the steps the server sends and posts the data with the version seen', async () => {
    let current = decided;
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST') {
        current = notified;
        return json(notified);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={decided.id} />);
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    expect(panel.getByText('Resuelta')).toBeTruthy();
    expect(panel.getAllByRole('button').map((b) => b.textContent)).toEqual(['Notificar resolución']);

    fireEvent.click(panel.getByRole('button', { name: 'Notificar resolución' }));
    fireEvent.change(panel.getByLabelText(/Fecha de notificación por escrito/), {
      target: { value: '01/12/2026' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));

    await panel.findByText('Notificada');
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${decided.id}/actions/notify_decision`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 4,
      data: { notificationDate: '2026-12-01' },
    });
    expect(screen.getByText('Su función no tiene acciones en esta etapa.')).toBeTruthy();
  });

  it("shows the server's field error next to the field, in Spanish", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'data.notificationDate: Required',
                fields: [{ path: 'data.notificationDate', code: 'required', message: 'Required' }],
              },
            },
            400,
          )
        : json(decided),
    );
    renderSignedIn(<CaseDetailPage id={decided.id} />);
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Notificar resolución' }));
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));
    const field = await panel.findByLabelText(/Fecha de notificación por escrito/);
    await screen.findByText('Este campo es obligatorio.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
