import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseList } from '@refugio/contract';
import { eligibilityOfficer, officeTap } from '../testing/fixtures';
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
});
