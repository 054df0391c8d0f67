import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeadlineDashboard } from '@refugio/contract';
import { administrator, eligibilityOfficer, mexico, officeTap } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { DeadlineDashboardPage } from './DeadlineDashboardPage';

const tap = { id: officeTap.id, code: officeTap.code, name: officeTap.name };
const officer = { id: '0b0f5f7c-2d38-4a57-9a0e-5a0d3c8f1e11', name: 'Pedro Elegible' };
const caseId = '8a3bc3a5-8561-41fd-b0e2-046ec170e738';

const dashboard: DeadlineDashboard = {
  today: '2026-05-13',
  dueSoonUntil: '2026-05-27',
  totals: { overdue: 3, dueSoon: 12, suspended: 2 },
  byOffice: [{ office: tap, overdue: 3, dueSoon: 12, suspended: 2 }],
  byStage: [
    { stage: 'assessment', overdue: 2, dueSoon: 4, suspended: 0 },
    { stage: 'notified', overdue: 1, dueSoon: 8, suspended: 2 },
  ],
  byOfficer: [
    { officer, overdue: 2, dueSoon: 7, suspended: 1 },
    { officer: null, overdue: 1, dueSoon: 5, suspended: 1 },
  ],
  items: [
    {
      caseId,
      caseNumber: 'COMAR-TAP-2026-000024',
      principalName: 'Petrona Pérez López',
      office: tap,
      stage: 'assessment',
      officer: null,
      limit: 'first_instance_decision',
      dueDate: '2026-05-08',
      status: 'overdue',
      workingDaysLeft: -3,
    },
    {
      caseId: 'c1d8b3a4-7a43-4b55-9a0f-0f4b2f7d9e21',
      caseNumber: 'COMAR-TAP-2026-000031',
      principalName: 'José Ramírez Cruz',
      office: tap,
      stage: 'notified',
      officer,
      limit: 'appeal_filing',
      dueDate: null,
      status: 'suspended',
      workingDaysLeft: null,
    },
  ],
  total: 17,
  page: 1,
  pageSize: 25,
};

describe('DeadlineDashboardPage', () => {
  it('shows the totals, the counts by office, stage and officer, and the time limits with days left', async () => {
    const requests = stubFetch(() => json(dashboard));
    renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines', me: eligibilityOfficer });
    const summary = within(await screen.findByRole('region', { name: 'Resumen' }));
    expect(summary.getByRole('button', { name: '3 vencidos' }).getAttribute('aria-pressed')).toBe('false');
    expect(summary.getByRole('button', { name: '12 por vencer' })).toBeTruthy();
    expect(summary.getByRole('button', { name: '2 suspendidos' })).toBeTruthy();
    expect(screen.getByText('Hoy: 13/05/2026. «Por vencer» cuenta hasta el 27/05/2026.')).toBeTruthy();
    expect(requests[0]?.url.pathname).toBe('/api/v1/deadlines');
    expect(requests[0]?.url.searchParams.toString()).toBe('within=10&page=1&pageSize=25');

    const byStage = within(screen.getByRole('region', { name: 'Por etapa' }));
    const notified = within(byStage.getByRole('row', { name: /Notificada/ }));
    expect(notified.getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '8', '2']);
    const byOfficer = within(screen.getByRole('region', { name: 'Por oficial' }));
    expect(byOfficer.getByRole('rowheader', { name: 'Sin asignar' })).toBeTruthy();

    const items = within(screen.getByRole('region', { name: 'Plazos' }));
    expect(items.getByText('17 plazos')).toBeTruthy();
    const overdue = within(items.getAllByRole('row')[1]!);
    expect(overdue.getByRole('link', { name: 'COMAR-TAP-2026-000024' }).getAttribute('href')).toBe(
      `/cases/${caseId}`,
    );
    expect(overdue.getByText('Resolución de primera instancia')).toBeTruthy();
    expect(overdue.getByText('08/05/2026')).toBeTruthy();
    expect(overdue.getByText('vencido hace 3 días hábiles')).toBeTruthy();
    expect(overdue.getByText('Sin asignar')).toBeTruthy();
    expect(overdue.getByText('En evaluación')).toBeTruthy();
    const suspended = within(items.getAllByRole('row')[2]!);
    expect(suspended.getByText('Interponer el recurso')).toBeTruthy();
    expect(suspended.getByText('Suspendido')).toBeTruthy();
    expect(suspended.getByText('Pedro Elegible')).toBeTruthy();
    // Only administrators work across offices.
    expect(screen.queryByRole('combobox', { name: 'Oficina' })).toBeNull();
  });

  it('filters the table by the count pressed, and shows all again when it is pressed twice', async () => {
    const requests = stubFetch(() => json(dashboard));
    const { location } = renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines' });
    fireEvent.click(await screen.findByRole('button', { name: '3 vencidos' }));
    expect(location.history.at(-1)).toBe('/deadlines?status=overdue');
    await screen.findByRole('button', { name: '3 vencidos', pressed: true });
    expect(requests.at(-1)?.url.searchParams.get('status')).toBe('overdue');
    expect((screen.getByRole('combobox', { name: 'Situación' }) as HTMLSelectElement).value).toBe('overdue');
    fireEvent.click(screen.getByRole('button', { name: '3 vencidos' }));
    expect(location.history.at(-1)).toBe('/deadlines');
  });

  it('filters by stage and status from a count in the stage table', async () => {
    const requests = stubFetch(() => json(dashboard));
    const { location } = renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines?page=2' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ver suspendidos de Notificada: 2' }));
    expect(location.history.at(-1)).toBe('/deadlines?stage=notified&status=suspended');
    await screen.findByRole('button', { name: '2 suspendidos', pressed: true });
    const sent = requests.at(-1)!.url.searchParams;
    expect([sent.get('stage'), sent.get('status'), sent.get('page')]).toEqual(['notified', 'suspended', '1']);
  });

  it('changes how many working days count as "due soon", and filters by time limit', async () => {
    const requests = stubFetch(() => json(dashboard));
    const { location } = renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines' });
    const horizon = (await screen.findByRole('combobox', { name: 'Por vencer en' })) as HTMLSelectElement;
    expect(horizon.value).toBe('10');
    fireEvent.change(horizon, { target: { value: '20' } });
    expect(location.history.at(-1)).toBe('/deadlines?within=20');
    fireEvent.change(screen.getByRole('combobox', { name: 'Plazo' }), { target: { value: 'appeal_filing' } });
    expect(location.history.at(-1)).toBe('/deadlines?within=20&limit=appeal_filing');
    await screen.findByRole('region', { name: 'Resumen' });
    const sent = requests.at(-1)!.url.searchParams;
    expect([sent.get('within'), sent.get('limit')]).toEqual(['20', 'appeal_filing']);
  });

  it('lets an administrator filter by office', async () => {
    const requests = stubFetch(() => json(dashboard));
    const { location } = renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines', me: administrator });
    const office = await screen.findByRole('combobox', { name: 'Oficina' });
    fireEvent.change(office, { target: { value: mexico.offices[1]!.id } });
    expect(location.history.at(-1)).toBe(`/deadlines?officeId=${mexico.offices[1]!.id}`);
    await screen.findByRole('region', { name: 'Resumen' });
    expect(requests.at(-1)?.url.searchParams.get('officeId')).toBe(mexico.offices[1]!.id);
  });

  it('says so when the dashboard cannot be loaded, and retries', async () => {
    let fail = true;
    stubFetch(() => (fail ? json({ error: { code: 'internal', message: 'boom' } }, 500) : json(dashboard)));
    renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Error del servidor/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByRole('button', { name: '3 vencidos' })).toBeTruthy();
  });

  it('reads in English', async () => {
    stubFetch(() => json(dashboard));
    renderSignedIn(<DeadlineDashboardPage />, { path: '/deadlines', language: 'en' });
    expect(await screen.findByRole('button', { name: '3 overdue' })).toBeTruthy();
    expect(screen.getByText('overdue by 3 working days')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'First-instance decision' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Unassigned' })).toBeTruthy();
  });
});
