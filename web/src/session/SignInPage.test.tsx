import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../api/client';
import { createI18n } from '../i18n/i18n';
import { SessionContext, type Session } from './SessionContext';
import { SignInPage } from './SignInPage';

function renderSignIn(signIn: Session['signIn'], expired = false) {
  const session: Session = { state: { status: 'signedOut', expired }, signIn, signOut: vi.fn() };
  render(
    <I18nextProvider i18n={createI18n('es')}>
      <SessionContext.Provider value={session}>
        <SignInPage expired={expired} />
      </SessionContext.Provider>
    </I18nextProvider>,
  );
}

const fill = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Correo electrónico'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Contraseña'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Ingresar' }));
};

describe('SignInPage', () => {
  it('signs in with the trimmed, lower-cased email', () => {
    const signIn = vi.fn(() => Promise.resolve());
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

  it('refuses a malformed email next to the field, without calling the server', () => {
    const signIn = vi.fn(() => Promise.resolve());
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
});
