import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseList } from '@refugio/contract';
import { eligibilityOfficer, officeTap } from '../testing/fixtures';
import type { CaseSummary } from '@refugio/contract';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { CaseListPage } from './CaseListPage';

const list: CaseList = {
  items: [
    {
      id: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
      caseNumber: 'COMAR-TAP-2026-000024',
      status: 'registered',
      stage: 'interview_scheduled',
      office: officeTap,
      applicationDate: '2026-11-18',
      principalName: 'Petrona Pérez López',
      nationalities: ['GTM'],
      peopleCount: 4,
      lateFiling: true,
      registeredAt: '2026-11-18T20:43:00.000Z',
      nextDeadline: { limit: 'first_instance_decision', dueDate: '2027-01-25', status: 'open' },
      track: 'regular',
      sensitive: false,
    },
  ],
  total: 60,
  page: 1,
  pageSize: 25,
};

describe('CaseListPage', () => {
  it('lists cases with dates as dd/mm/yyyy, translated nationality and late flag', async () => {
    stubFetch(() => json(list));
    renderSignedIn(<CaseListPage />, { path: '/cases' });
    const row = within((await screen.findAllByRole('row'))[1]!);
    expect(row.getByRole('link', { name: 'COMAR-TAP-2026-000024' }).getAttribute('href')).toBe(
      `/cases/${list.items[0]?.id}`,
    );
    expect(row.getByText('Guatemala')).toBeTruthy();
    expect(row.getByText('18/11/2026')).toBeTruthy();
    expect(row.getByText('18/11/2026 14:43')).toBeTruthy();
    expect(row.getByText('Extemporánea')).toBeTruthy();
    expect(row.getByText('Entrevista programada')).toBeTruthy();
    expect(screen.getByText('60 solicitudes')).toBeTruthy();
    expect(screen.getByText('Página 1 de 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registrar solicitud' })).toBeTruthy();
  });

  it('searches by what the officer typed and keeps the query in the URL', async () => {
    const requests = stubFetch(() => json(list));
    const { location } = renderSignedIn(<CaseListPage />, { path: '/cases' });
    await screen.findAllByRole('row');
    const box = screen.getByRole('searchbox', { name: 'Buscar' });
    expect(box.getAttribute('placeholder')).toBe('Número de expediente o nombre');
    fireEvent.change(box, { target: { value: ' perez juan ' } });
    fireEvent.submit(box);
    expect(location.history.at(-1)).toBe('/cases?q=perez+juan');
    await screen.findAllByRole('row');
    expect(requests.at(-1)?.url.searchParams.get('q')).toBe('perez juan');
  });

  it('sorts by a column, toggling the order on a second click', async () => {
    stubFetch(() => json(list));
    const { location } = renderSignedIn(<CaseListPage />, { path: '/cases?sort=name&order=asc' });
    const header = await screen.findByRole('columnheader', { name: /Solicitante principal/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(location.history.at(-1)).toBe('/cases?sort=name');
  });

  it('hides the register button from officers who may not register', async () => {
    stubFetch(() => json({ ...list, items: [], total: 0 }));
    renderSignedIn(<CaseListPage />, { path: '/cases', me: eligibilityOfficer });
    expect(await screen.findByText('No se encontraron solicitudes con estos criterios.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Registrar solicitud' })).toBeNull();
  });

  it('shows each case\'s next time limit, in red and in words when overdue, "suspendido" when suspended', async () => {
    const petrona = list.items[0]!;
    const withNext = (id: string, nextDeadline: CaseSummary['nextDeadline']) => ({
      ...petrona,
      id,
      nextDeadline,
    });
    stubFetch(() =>
      json({
        ...list,
        items: [
          withNext(petrona.id, {
            limit: 'first_instance_decision',
            dueDate: '2026-11-20',
            status: 'overdue',
          }),
          withNext('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', {
            limit: 'appeal_filing',
            dueDate: null,
            status: 'suspended',
          }),
          withNext('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', null),
        ],
      }),
    );
    renderSignedIn(<CaseListPage />, { path: '/cases' });
    const rows = (await screen.findAllByRole('row')).slice(1);
    const column = screen
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent?.startsWith('Próximo plazo'));
    const cell = (row: number) => within(rows[row]!).getAllByRole('cell')[column]!;
    expect(cell(0).textContent).toBe('Resolución de primera instancia 20/11/2026 (vencido)');
    expect(cell(0).querySelector('.next-deadline--overdue')).toBeTruthy();
    expect(cell(1).textContent).toBe('Interponer el recurso suspendido');
    expect(cell(2).textContent).toBe('—');
  });

  it('sorts by the next time limit, soonest first', async () => {
    const requests = stubFetch(() => json(list));
    const { location } = renderSignedIn(<CaseListPage />, { path: '/cases' });
    const header = await screen.findByRole('columnheader', { name: /Próximo plazo/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(location.history.at(-1)).toBe('/cases?sort=nextDeadline&order=asc');
    await screen.findByRole('columnheader', { name: /Próximo plazo/ });
    await within(screen.getByRole('columnheader', { name: /Próximo plazo/ })).findByText('▲');
    const sent = requests.at(-1)!.url.searchParams;
    expect([sent.get('sort'), sent.get('order')]).toEqual(['nextDeadline', 'asc']);
  });

  it('filters by the state of the next time limit, with the horizon of "due soon" in the URL', async () => {
    const requests = stubFetch(() => json(list));
    const { location } = renderSignedIn(<CaseListPage />, { path: '/cases' });
    const deadline = (await screen.findByLabelText('Plazos')) as HTMLSelectElement;
    expect([...deadline.options].map((o) => o.text)).toEqual([
      'Todos',
      'Vencidos',
      'Por vencer en 10 días hábiles',
      'Suspendidos',
    ]);
    expect(screen.queryByLabelText('Días hábiles')).toBeNull();
    fireEvent.change(deadline, { target: { value: 'due_soon' } });
    expect(location.history.at(-1)).toBe('/cases?deadline=due_soon');
    fireEvent.change(await screen.findByLabelText('Días hábiles'), { target: { value: '5' } });
    expect(location.history.at(-1)).toBe('/cases?deadline=due_soon&within=5');
    await screen.findByRole('option', { name: 'Por vencer en 5 días hábiles' });
    const sent = requests.at(-1)!.url.searchParams;
    expect([sent.get('deadline'), sent.get('within')]).toEqual(['due_soon', '5']);
    fireEvent.click(screen.getByRole('button', { name: 'Limpiar filtros' }));
    expect(location.history.at(-1)).toBe('/cases');
  });

  it('marks a case on a track other than the regular one with a small badge', async () => {
    const first = list.items[0]!;
    const accelerated = {
      ...first,
      id: '2f1c9a0e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      caseNumber: 'COMAR-TAP-2026-000031',
      track: 'accelerated' as const,
    };
    stubFetch(() => json({ ...list, items: [first, accelerated] }));
    renderSignedIn(<CaseListPage />, { path: '/cases' });
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]!).queryByText(/^Vía /)).toBeNull();
    const badge = within(rows[2]!).getByText('Vía acelerada');
    expect(badge.getAttribute('title')).toBe('Procedimiento acelerado');
  });
});
