import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@refugio/contract';
import { ApiFailure } from '../api/client';
import { createI18n } from '../i18n/i18n';
import { SessionContext, type Session } from './SessionContext';
import { SignInPage } from './SignInPage';

const me: Me = {
  user: {
    id: '6f1c5a48-2a7e-4b4e-9a55-0d1f0b8f1c11',
    name: 'Ana',
    email: 'a@b.mx',
    role: 'supervisor',
    office: null,
  },
  permissions: [],
};

function renderSignIn(signIn: Session['signIn'], expired = false, completeSignIn = vi.fn()) {
  const session: Session = {
    state: { status: 'signedOut', expired },
    signIn,
    completeSignIn,
    signOut: vi.fn(),
  };
  render(
    <I18nextProvider i18n={createI18n('es')}>
      <SessionContext.Provider value={session}>
        <SignInPage expired={expired} />
      </SessionContext.Provider>
    </I18nextProvider>,
  );
  return completeSignIn;
}

const fill = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Correo electrónico'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Contraseña'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Ingresar' }));
};

const asJson = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let answers: [number, unknown][] = [];
let ssoStatus: { enabled: boolean; label: string | null } = { enabled: false, label: null };
let fetchMock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>;

/** The server, as the browser's fetch sees it: one answer per call, in order (the SSO status aside). */
function serverAnswers(...given: [number, unknown][]) {
  answers.push(...given);
  return fetchMock;
}

beforeEach(() => {
  answers = [];
  ssoStatus = { enabled: false, label: null };
  fetchMock = vi.fn(async () => {
    const [status, body] = answers.shift() ?? [500, {}];
    return asJson(status, body);
  });
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
    String(url) === '/api/v1/sso' ? Promise.resolve(asJson(200, ssoStatus)) : fetchMock(url, init),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('SignInPage', () => {
  it('signs in with the trimmed, lower-cased email', () => {
    const signIn = vi.fn(() => Promise.resolve(null));
    renderSignIn(signIn);
    fill(' Registro@Demo.Refugio.MX ', 'Refugio-demo-2026');
    expect(signIn).toHaveBeenCalledWith({ email: 'registro@demo.refugio.mx', password: 'Refugio-demo-2026' });
  });

  it('says in Spanish that the credentials are wrong', async () => {
    renderSignIn(() => Promise.reject(new ApiFailure(401, 'invalid_credentials', 'Invalid credentials')));
    fill('registro@demo.refugio.mx', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Correo electrónico o contraseña incorrectos.',
    );
  });

  it('says to wait when the e-mail is locked after too many attempts', async () => {
    renderSignIn(() =>
      Promise.reject(
        new ApiFailure(401, 'invalid_credentials', 'Too many', [
          { path: 'email', code: 'too_many_attempts', message: 'Too many failed attempts' },
        ]),
      ),
    );
    fill('registro@demo.refugio.mx', 'wrong');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Demasiados intentos fallidos\. Espere/);
  });

  it('refuses a malformed email next to the field, without calling the server', () => {
    const signIn = vi.fn(() => Promise.resolve(null));
    renderSignIn(signIn);
    fill('registro', 'x');
    const email = screen.getByLabelText('Correo electrónico');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Correo electrónico no válido.').id).toBe(email.getAttribute('aria-describedby'));
    expect(document.activeElement).toBe(email);
    expect(signIn).not.toHaveBeenCalled();
  });

  it('explains that the session ended', () => {
    renderSignIn(vi.fn(), true);
    expect(screen.getByText('Su sesión terminó. Vuelva a iniciar sesión.')).toBeTruthy();
  });

  it('asks for the code after the password, says when it is wrong, and signs in with the right one', async () => {
    const fetchMock = serverAnswers(
      [
        401,
        {
          error: {
            code: 'invalid_credentials',
            message: 'x',
            fields: [{ path: 'code', code: 'wrong_code', message: 'x' }],
          },
        },
      ],
      [200, me],
    );
    const completeSignIn = renderSignIn(() => Promise.resolve({ mfaRequired: true, step: 'code' }));
    fill('supervision@demo.refugio.mx', 'Refugio-demo-2026');
    const code = await screen.findByLabelText('Código de verificación');
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'El código no es válido o ya se usó. Inténtelo de nuevo.',
    );
    fireEvent.change(screen.getByLabelText('Código de verificación'), { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    await waitFor(() => expect(completeSignIn).toHaveBeenCalledWith(me));
    expect(JSON.parse(fetchMock.mock.calls[1]![1]!.body as string)).toEqual({
      method: 'totp',
      code: '654321',
    });
  });

  it('switches to a recovery code', async () => {
    const fetchMock = serverAnswers([200, me]);
    const completeSignIn = renderSignIn(() => Promise.resolve({ mfaRequired: true, step: 'code' }));
    fill('supervision@demo.refugio.mx', 'Refugio-demo-2026');
    fireEvent.click(await screen.findByRole('button', { name: 'Usar un código de recuperación' }));
    fireEvent.change(screen.getByLabelText('Código de recuperación'), {
      target: { value: 'abcd-efgh-ijkl-mnop' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    await waitFor(() => expect(completeSignIn).toHaveBeenCalledWith(me));
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({
      method: 'recovery_code',
      code: 'abcd-efgh-ijkl-mnop',
    });
  });

  it('goes back to the password when too many wrong codes locked the account', async () => {
    serverAnswers(
      [
        401,
        {
          error: {
            code: 'invalid_credentials',
            message: 'x',
            fields: [{ path: 'code', code: 'too_many_attempts', message: 'x' }],
          },
        },
      ],
      [204, null],
    );
    renderSignIn(() => Promise.resolve({ mfaRequired: true, step: 'code' }));
    fill('supervision@demo.refugio.mx', 'Refugio-demo-2026');
    fireEvent.change(await screen.findByLabelText('Código de verificación'), { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verificar' }));
    await waitFor(() => expect(screen.getByLabelText('Contraseña')).toBeTruthy());
    expect(screen.getByRole('alert').textContent).toMatch(/^Demasiados intentos fallidos/);
  });

  describe('single sign-on', () => {
    it('offers "Entrar con <label>" as a link to the provider when it is on, and nothing when off', async () => {
      ssoStatus = { enabled: true, label: 'Llave MX' };
      renderSignIn(vi.fn());
      const link = await screen.findByRole('link', { name: 'Entrar con Llave MX' });
      expect(link.getAttribute('href')).toBe('/api/v1/sso/start');
      expect(screen.getByLabelText('Contraseña')).toBeTruthy();
    });

    it('shows no provider link when single sign-on is off', async () => {
      renderSignIn(vi.fn());
      await waitFor(() => expect(screen.getByLabelText('Contraseña')).toBeTruthy());
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.queryByRole('link', { name: /^Entrar con/ })).toBeNull();
    });

    it("explains the callback's refusal in Spanish and takes it out of the address", async () => {
      window.history.replaceState(null, '', '/sign-in?sso_error=unmapped');
      renderSignIn(vi.fn(), true);
      expect(screen.getByRole('alert').textContent).toBe(
        'Su identidad en el proveedor no corresponde a ninguna cuenta de Refugio. Pida a un administrador que le dé acceso.',
      );
      // The expiry notice gives way to the refusal.
      expect(screen.queryByText('Su sesión terminó. Vuelva a iniciar sesión.')).toBeNull();
      await waitFor(() => expect(window.location.search).toBe(''));
    });

    it('ignores a reason it does not know', () => {
      window.history.replaceState(null, '', '/sign-in?sso_error=<script>');
      renderSignIn(vi.fn());
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it("goes straight to Refugio's code step after the provider, and signs in with it", async () => {
      window.history.replaceState(null, '', '/sign-in?sso_step=code');
      serverAnswers([200, me]);
      const completeSignIn = renderSignIn(vi.fn());
      expect(screen.getByText(/^Se identificó con el proveedor/)).toBeTruthy();
      expect(screen.queryByLabelText('Contraseña')).toBeNull();
      fireEvent.change(screen.getByLabelText('Código de verificación'), { target: { value: '123456' } });
      fireEvent.click(screen.getByRole('button', { name: 'Verificar' }));
      await waitFor(() => expect(completeSignIn).toHaveBeenCalledWith(me));
      expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/session/mfa');
    });
  });
});
