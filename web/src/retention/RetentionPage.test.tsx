import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { retentionRecordTypes, type RetentionDueReport } from '@refugio/contract';
import { administrator } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { RetentionPage } from './RetentionPage';

const report: RetentionDueReport = {
  asOf: '2031-12-01',
  cases: [
    {
      caseId: '0d2a4a0e-9b1c-4c3e-8f5a-6b7c8d9e0f1a',
      caseNumber: 'COMAR-TAP-2026-000123',
      recordType: 'case_withdrawn',
      scheduleVersion: 0,
      triggerDate: '2026-11-20',
      dueOn: '2031-11-20',
      held: false,
    },
  ],
  totalCases: 1,
  heldCases: 2,
  records: [{ recordType: 'sign_in_history', before: '2030-12-01T12:00:00.000Z', count: 7 }],
};
const schedules = retentionRecordTypes.map((recordType) => ({
  recordType,
  version: 0,
  periodMonths: recordType === 'case_recognised' ? 240 : 13,
  description: `Default of this installation for ${recordType}`,
  recordedAt: null,
}));

function serve() {
  return stubFetch((url, init) => {
    if (url.pathname === '/api/v1/retention/runs' && init?.method === 'POST')
      return json({ disposedCases: 1, records: [], remainingCases: 0 });
    if (url.pathname === '/api/v1/retention/due') return json(report);
    if (url.pathname === '/api/v1/retention/legal-holds') return json({ holds: [] });
    if (url.pathname === '/api/v1/retention/disposals') return json({ disposals: [] });
    return json({ schedules });
  });
}

describe('RetentionPage', () => {
  it('lists what is due with its dates as dd/mm/yyyy, and the periods in years or months', async () => {
    serve();
    renderSignedIn(<RetentionPage />, { me: administrator });
    const row = (await screen.findByText('COMAR-TAP-2026-000123')).closest('tr')!;
    expect(within(row).getByText('20/11/2026')).toBeTruthy();
    expect(within(row).getByText('20/11/2031')).toBeTruthy();
    expect(screen.getByText(/1 expedientes vencidos; 2 más con retención legal/)).toBeTruthy();
    expect(await screen.findByText('20 años')).toBeTruthy();
    expect(screen.getAllByText('13 meses').length).toBeGreaterThan(0);
    // The installation's defaults read in the user's language.
    expect(screen.getByText(/práctica del ACNUR/)).toBeTruthy();
  });

  it('records a new version of a period from the version seen, refusing a period that is not a number', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'PUT')
        return json({
          ...schedules[2],
          version: 1,
          periodMonths: 72,
          recordedAt: '2031-12-01T12:00:00.000Z',
        });
      if (url.pathname === '/api/v1/retention/due') return json(report);
      if (url.pathname === '/api/v1/retention/legal-holds') return json({ holds: [] });
      if (url.pathname === '/api/v1/retention/disposals') return json({ disposals: [] });
      return json({ schedules });
    });
    renderSignedIn(<RetentionPage />, { me: administrator });
    fireEvent.click(
      await screen.findByRole('button', { name: /Cambiar plazo: Expediente cerrado: desistimiento/ }),
    );
    const months = screen.getByLabelText(/Plazo en meses/);
    fireEvent.change(months, { target: { value: 'seis años' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar nueva versión' }));
    expect(months.getAttribute('aria-invalid')).toBe('true');
    expect(requests.some((r) => r.init?.method === 'PUT')).toBe(false);

    fireEvent.change(months, { target: { value: '72' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar nueva versión' }));
    expect(await screen.findByText('Plazo guardado como versión 1.')).toBeTruthy();
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/retention/schedules/case_withdrawn');
    expect(JSON.parse(String(put.init?.body))).toMatchObject({ periodMonths: 72, version: 0 });
  });

  it('refuses to run until the administrator confirms, then runs and says what it did', async () => {
    const requests = serve();
    renderSignedIn(<RetentionPage />, { me: administrator });
    const run = await screen.findByRole('button', { name: 'Eliminar lo vencido' });
    fireEvent.click(run);
    expect(await screen.findByText('Confirme primero que la eliminación es definitiva.')).toBeTruthy();
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByLabelText('Entiendo que la eliminación es definitiva e irreversible'));
    fireEvent.click(run);
    expect(await screen.findByText('Se eliminaron 1 expedientes; quedan 0 pendientes.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toEqual({ confirm: true, limit: 50 });
  });
});
