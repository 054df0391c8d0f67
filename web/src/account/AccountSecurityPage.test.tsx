import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AccountSecurityPage } from './AccountSecurityPage';

const sessions = {
  idleMinutes: 30,
  absoluteHours: 12,
  sessions: [
    {
      id: '1a5e2f0e-6c1b-4e9e-8f7a-6b0f3c7d9e01',
      createdAt: '2026-11-20T15:04:00Z',
      lastSeenAt: '2026-11-20T15:10:00Z',
      expiresAt: '2026-11-21T03:04:00Z',
      clientAddress: '10.0.0.1',
      userAgent: 'Firefox',
      current: true,
    },
    {
      id: '2b6f3a1f-7d2c-4fa0-9a8b-7c1a4d8e0f02',
      createdAt: '2026-11-19T14:00:00Z',
      lastSeenAt: '2026-11-19T14:30:00Z',
      expiresAt: '2026-11-20T02:00:00Z',
      clientAddress: '10.0.0.2',
      userAgent: 'Chromium',
      current: false,
    },
  ],
};

const history = {
  attempts: [
    {
      id: '3c7a4b2a-8e3d-40b1-8b9c-8d2b5e9f1a03',
      occurredAt: '2026-11-20T15:04:00Z',
      outcome: 'success',
      clientAddress: '10.0.0.1',
      userAgent: 'Firefox',
      method: 'single_sign_on',
    },
    {
      id: '4d8b5c3b-9f4e-41c2-9cad-9e3c6fa02b04',
      occurredAt: '2026-11-20T15:03:00Z',
      outcome: 'wrong_password',
      clientAddress: '10.0.0.1',
      userAgent: 'Firefox',
      method: 'password',
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

function server(overrides: Record<string, (init: RequestInit | undefined) => Response> = {}) {
  return stubFetch((url, init) => {
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const override = overrides[key];
    if (override) return override(init);
    switch (key) {
      case 'GET /api/v1/account/security':
        return json({ mfaEnabled: false, mfaRequired: true, recoveryCodesLeft: 0 });
      case 'GET /api/v1/account/sign-ins':
        return json(history);
      case 'GET /api/v1/account/sessions':
        return json(sessions);
      default:
        return json({ error: { code: 'not_found', message: key } }, 404);
    }
  });
}

describe('AccountSecurityPage', () => {
  it('shows the sign-in history in dd/mm/yyyy hh:mm on the authority clock, and the timeouts', async () => {
    server();
    renderSignedIn(<AccountSecurityPage />);
    const table = await screen.findByRole('table', { name: 'Historial de inicios de sesión' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('20/11/2026 09:04');
    expect(rows[1]!.textContent).toContain('Sesión iniciada');
    expect(rows[1]!.textContent).toContain('Proveedor de identidad');
    expect(rows[2]!.textContent).toContain('Contraseña incorrecta');
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('Contraseña');
    expect(
      await screen.findByText(
        'Por seguridad, la sesión se cierra tras 30 minutos sin actividad y, en todo caso, 12 horas después de iniciarla.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Su función exige la verificación en dos pasos.')).toBeTruthy();
  });

  it('ends another session, never offering to end this one from the list', async () => {
    const requests = server({
      'DELETE /api/v1/account/sessions/2b6f3a1f-7d2c-4fa0-9a8b-7c1a4d8e0f02': () =>
        new Response(null, { status: 204 }),
    });
    renderSignedIn(<AccountSecurityPage />);
    const table = await screen.findByRole('table', { name: 'Mis sesiones abiertas' });
    expect(within(table).getByText('Esta sesión')).toBeTruthy();
    const buttons = within(table).getAllByRole('button', { name: 'Cerrar' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(await screen.findByText('Sesión cerrada.')).toBeTruthy();
    expect(requests.some((r) => r.init?.method === 'DELETE')).toBe(true);
  });

  it('shows the password errors the server names, by field', async () => {
    server({
      'PUT /api/v1/account/password': () =>
        json(
          {
            error: {
              code: 'validation_failed',
              message: 'x',
              fields: [{ path: 'newPassword', code: 'common', message: 'This password is too common' }],
            },
          },
          400,
        ),
    });
    renderSignedIn(<AccountSecurityPage />);
    fireEvent.change(screen.getByLabelText(/Contraseña actual/), { target: { value: 'Refugio-demo-2026' } });
    fireEvent.change(screen.getByLabelText(/Contraseña nueva/), { target: { value: 'Password2026!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cambiar la contraseña' }));
    const field = screen.getByLabelText(/Contraseña nueva/);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getByText('Esta contraseña es demasiado común o fácil de adivinar. Elija otra.'),
    ).toBeTruthy();
  });

  it('enrols MFA: QR code and key, a wrong code refused, then recovery codes shown once', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DDD${String.fromCharCode(65 + i)}`);
    let confirmations = 0;
    server({
      'POST /api/v1/account/mfa/enrolment': () =>
        json({
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          uri: 'otpauth://totp/Refugio:a%40b.mx?secret=JBSWY3DPEHPK3PXP',
        }),
      'POST /api/v1/account/mfa/enrolment/confirm': () =>
        ++confirmations === 1
          ? json(
              {
                error: {
                  code: 'validation_failed',
                  message: 'x',
                  fields: [{ path: 'code', code: 'wrong_code', message: 'x' }],
                },
              },
              400,
            )
          : json({ recoveryCodes: codes }),
    });
    renderSignedIn(<AccountSecurityPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Activar la verificación en dos pasos' }));
    const qr = await screen.findByRole('img', { name: 'Código QR para la aplicación de autenticación' });
    await waitFor(() => expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/));
    expect(screen.getByTestId('mfa-secret').textContent).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    fireEvent.change(screen.getByLabelText(/Código que muestra la aplicación/), {
      target: { value: '123456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar y activar' }));
    expect(
      await screen.findByText('El código no coincide. Revise que la hora de su teléfono sea correcta.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Código que muestra la aplicación/), {
      target: { value: '654321' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar y activar' }));
    const list = await screen.findByRole('list', { name: 'Sus códigos de recuperación' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(codes);
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeTruthy();
  });
});
