import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { administrator } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { UsersPage } from './UsersPage';

const ana = {
  id: '5e9c6d4c-0a5f-42d3-8dbe-af4d70b13c05',
  name: 'Ana Torres',
  email: 'ana@demo.refugio.mx',
  role: 'eligibility_officer',
  office: 'TAP',
  active: true,
  mfaEnabled: true,
  lockedUntil: '2026-11-20T15:30:00Z',
  lastSignInAt: '2026-11-20T14:00:00Z',
  activeSessions: 2,
};
const beto = {
  ...ana,
  id: '6fad7e5d-1b60-43e4-9ecf-b05e81c24d06',
  name: 'Beto Ruiz',
  email: 'b@x.mx',
  mfaEnabled: false,
  lockedUntil: null,
  lastSignInAt: null,
  activeSessions: 0,
};

afterEach(() => vi.unstubAllGlobals());

describe('UsersPage', () => {
  it('lists users with MFA, lock and last sign-in, and offers only the actions that apply', async () => {
    let locked = true;
    let policy: string[] = [];
    const requests = stubFetch((url, init) => {
      const key = `${init?.method ?? 'GET'} ${url.pathname}`;
      if (key === 'GET /api/v1/admin/users')
        return json({ users: [{ ...ana, lockedUntil: locked ? ana.lockedUntil : null }, beto] });
      if (key === `DELETE /api/v1/admin/users/${ana.id}/lock`) {
        locked = false;
        return new Response(null, { status: 204 });
      }
      if (key === 'GET /api/v1/admin/mfa-policy') return json({ roles: policy });
      if (key === 'PUT /api/v1/admin/mfa-policy') {
        policy = (JSON.parse(String(init?.body)) as { roles: string[] }).roles;
        return json({ roles: policy });
      }
      return json({ error: { code: 'not_found', message: key } }, 404);
    });
    renderSignedIn(<UsersPage />, { me: administrator });
    const table = await screen.findByRole('table', { name: 'Usuarios' });
    const anaRow = within(table).getByRole('row', { name: /Ana Torres/ });
    expect(anaRow.textContent).toContain('Bloqueada hasta 20/11/2026 09:30');
    expect(anaRow.textContent).toContain('20/11/2026 08:00');
    const betoRow = within(table).getByRole('row', { name: /Beto Ruiz/ });
    expect(betoRow.textContent).toContain('Nunca');
    expect(within(betoRow).queryByRole('button', { name: 'Desbloquear' })).toBeNull();
    expect(within(betoRow).queryByRole('button', { name: 'Cerrar sesiones' })).toBeNull();

    fireEvent.click(within(anaRow).getByRole('button', { name: 'Desbloquear' }));
    expect(await screen.findByText('Cuenta de Ana Torres desbloqueada.')).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: /Ana Torres/ })).queryByRole('button', {
          name: 'Desbloquear',
        }),
      ).toBeNull(),
    );

    fireEvent.click(await screen.findByLabelText('Supervisor(a)'));
    fireEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText('Guardado.')).toBeTruthy();
    expect(policy).toEqual(['supervisor']);
    expect(requests.filter((r) => r.init?.method === 'PUT')).toHaveLength(1);
  });

  it('shows who is linked to the identity provider and unlinks one after confirming', async () => {
    let linked = true;
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const requests = stubFetch((url, init) => {
      const key = `${init?.method ?? 'GET'} ${url.pathname}`;
      if (key === 'GET /api/v1/admin/users') return json({ users: [ana, beto] });
      if (key === 'GET /api/v1/sso') return json({ enabled: true, label: 'Llave MX' });
      if (key === 'GET /api/v1/admin/external-identities')
        return json({
          identities: linked
            ? [
                {
                  userId: ana.id,
                  issuer: 'https://llave.gob.example',
                  linkedBy: 'verified_email',
                  linkedAt: '2026-11-20T14:00:00Z',
                  lastSignInAt: null,
                },
              ]
            : [],
        });
      if (key === `DELETE /api/v1/admin/users/${ana.id}/external-identities`) {
        linked = false;
        return json({ unlinked: 1 });
      }
      if (key === 'GET /api/v1/admin/mfa-policy') return json({ roles: [] });
      return json({ error: { code: 'not_found', message: key } }, 404);
    });
    renderSignedIn(<UsersPage />, { me: administrator });
    const table = await screen.findByRole('table', { name: 'Usuarios' });
    await within(table).findByRole('columnheader', { name: 'Proveedor de identidad' });
    const anaRow = await within(table).findByRole('row', { name: /Ana Torres/ });
    await waitFor(() => expect(anaRow.textContent).toContain('Vinculada por correo verificado'));
    expect(within(table).getByRole('row', { name: /Beto Ruiz/ }).textContent).toContain('No vinculada');

    fireEvent.click(
      within(anaRow).getByRole('button', { name: 'Desvincular a Ana Torres del proveedor de identidad' }),
    );
    expect(confirm).toHaveBeenCalledOnce();
    expect(
      await screen.findByText('Ana Torres ya no está vinculada al proveedor de identidad.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: /Ana Torres/ })).queryByRole('button', {
          name: /^Desvincular/,
        }),
      ).toBeNull(),
    );
    expect(requests.filter((r) => r.init?.method === 'DELETE')).toHaveLength(1);
  });

  it('shows no provider column where single sign-on is off and nobody is linked', async () => {
    stubFetch((url, init) => {
      const key = `${init?.method ?? 'GET'} ${url.pathname}`;
      if (key === 'GET /api/v1/admin/users') return json({ users: [ana] });
      if (key === 'GET /api/v1/sso') return json({ enabled: false, label: null });
      if (key === 'GET /api/v1/admin/external-identities') return json({ identities: [] });
      if (key === 'GET /api/v1/admin/mfa-policy') return json({ roles: [] });
      return json({ error: { code: 'not_found', message: key } }, 404);
    });
    renderSignedIn(<UsersPage />, { me: administrator });
    const table = await screen.findByRole('table', { name: 'Usuarios' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(table).queryByRole('columnheader', { name: 'Proveedor de identidad' })).toBeNull();
  });
});
