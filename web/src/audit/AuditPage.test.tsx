import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditChainStatus, AuditEntryView, AuditFilterOptions, Me } from '@refugio/contract';
import { registrationOfficer } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AuditPage } from './AuditPage';

const auditor: Me = {
  user: { ...registrationOfficer.user, role: 'auditor', name: 'Elena Zúñiga Ramos', office: null },
  permissions: ['audit.read'],
};
const lucia = {
  id: '8a11629a-7ab9-4d6f-b907-39c523a4766b',
  name: 'Lucía Hernández Ortiz',
  email: 'registro@demo.refugio.mx',
};
const options: AuditFilterOptions = {
  users: [{ ...lucia, role: 'registration_officer' }],
  actions: ['case.read', 'case.register'],
  timeZone: 'America/Mexico_City',
};
const chain: AuditChainStatus = {
  sealedCount: 1204,
  unsealedCount: 3,
  headHash: 'ab'.repeat(32),
  lastSealedAt: '2026-11-20T18:05:00.000Z',
};
const entry = (id: number, occurredAt: string): AuditEntryView => ({
  id: String(id),
  occurredAt,
  user: lucia,
  action: 'case.read',
  caseId: null,
  caseNumber: `COMAR-TAP-2026-0000${id}`,
  clientAddress: '10.0.0.7',
  details: { outcome: 'ok' },
});

function answer(url: URL) {
  if (url.pathname === '/api/v1/audit/filters') return json(options);
  if (url.pathname === '/api/v1/audit/chain') return json(chain);
  if (url.searchParams.get('before') === '41')
    return json({ entries: [entry(40, '2026-11-19T15:00:00.000Z')], nextCursor: null });
  if (url.searchParams.has('action')) return json({ entries: [], nextCursor: null });
  return json({
    entries: [entry(42, '2026-11-20T18:30:00.000Z'), entry(41, '2026-11-20T17:00:00.000Z')],
    nextCursor: '41',
  });
}

describe('AuditPage', () => {
  it('lists entries newest first on the authority’s clock, loads more, and shows the chain', async () => {
    const requests = stubFetch(answer);
    renderSignedIn(<AuditPage />, { me: auditor });
    const table = await screen.findByRole('table');
    // 18:30 UTC is 12:30 in Mexico City.
    expect(within(table).getByText('20/11/2026 12:30')).toBeTruthy();
    expect(within(table).getAllByText('Lucía Hernández Ortiz (registro@demo.refugio.mx)').length).toBe(2);
    expect(within(table).getByText('COMAR-TAP-2026-000042')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    expect(await within(table).findByText('19/11/2026 09:00')).toBeTruthy();
    expect(requests.some((r) => r.url.searchParams.get('before') === '41')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();
    expect(screen.getByText('Registros mostrados: 3')).toBeTruthy();

    const status = screen.getByRole('region', { name: 'Cadena de integridad' });
    expect(within(status).getByText('1204')).toBeTruthy();
    expect(within(status).getByText('ab'.repeat(32))).toBeTruthy();
    expect(within(status).getByText('20/11/2026 12:05')).toBeTruthy();
  });

  it('searches with the filters on submit, dates as days, and exports with the same filters', async () => {
    const requests = stubFetch(answer);
    renderSignedIn(<AuditPage />, { me: auditor });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Usuario'), { target: { value: lucia.id } });
    fireEvent.change(screen.getByLabelText('Acción'), { target: { value: 'case.register' } });
    fireEvent.change(screen.getByLabelText('Número de expediente'), {
      target: { value: ' COMAR-TAP-2026-000042 ' },
    });
    fireEvent.change(screen.getByLabelText(/^Desde/), { target: { value: '01/11/2026' } });
    fireEvent.change(screen.getByLabelText(/^Hasta/), { target: { value: '30/11/2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buscar' }));

    expect(await screen.findByText('Ningún registro coincide con los filtros.')).toBeTruthy();
    const searched = requests.filter((r) => r.url.pathname === '/api/v1/audit').at(-1)!;
    expect(Object.fromEntries(searched.url.searchParams)).toEqual({
      userId: lucia.id,
      caseNumber: 'COMAR-TAP-2026-000042',
      action: 'case.register',
      from: '2026-11-01',
      to: '2026-11-30',
      limit: '50',
    });
    const exportLink = screen.getByRole('link', { name: 'Exportar CSV' });
    const href = new URL(exportLink.getAttribute('href')!, 'http://refugio.test');
    expect(href.pathname).toBe('/api/v1/audit/export');
    expect(href.searchParams.get('action')).toBe('case.register');
    expect(href.searchParams.get('from')).toBe('2026-11-01');

    fireEvent.click(screen.getByRole('button', { name: 'Quitar filtros' }));
    await waitFor(() => expect(screen.getByRole('table')).toBeTruthy());
    expect(
      new URL(screen.getByRole('link', { name: 'Exportar CSV' }).getAttribute('href')!, 'http://x').search,
    ).toBe('');
  });

  it('says so when the server refuses', async () => {
    stubFetch((url) =>
      url.pathname === '/api/v1/audit/filters'
        ? json({ error: { code: 'forbidden', message: 'no' } }, 403)
        : json(chain),
    );
    renderSignedIn(<AuditPage />, { me: auditor });
    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
