import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { SessionProvider } from '../session/SessionProvider';
import { mexico, petronaCase, registrationOfficer, supervisor } from '../testing/fixtures';
import { json, stubFetch } from '../testing/render';
import { App } from './App';

function renderApp(path: string) {
  const [pathname = '/', search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  render(
    <I18nextProvider i18n={createI18n('es')}>
      <SessionProvider>
        <Router hook={location.hook} searchHook={location.searchHook}>
          <App />
        </Router>
      </SessionProvider>
    </I18nextProvider>,
  );
  return location;
}

const unauthenticated = () => json({ error: { code: 'unauthenticated', message: 'Sign in first' } }, 401);

describe('App', () => {
  it('sends a signed-out officer to sign in, then back to the page asked for', async () => {
    let signedIn = false;
    stubFetch((url, init) => {
      if (url.pathname === '/api/v1/session' && init?.method === 'POST') {
        signedIn = true;
        return json(registrationOfficer);
      }
      if (!signedIn) return unauthenticated();
      if (url.pathname === '/api/v1/reference') return json(mexico);
      if (url.pathname === `/api/v1/cases/${petronaCase.id}`) return json(petronaCase);
      return json({ error: { code: 'not_found', message: 'x' } }, 404);
    });
    const location = renderApp(`/cases/${petronaCase.id}`);
    await screen.findByRole('heading', { name: 'Iniciar sesión' });
    expect(location.history.at(-1)).toBe(`/sign-in?next=${encodeURIComponent(`/cases/${petronaCase.id}`)}`);
    fireEvent.change(screen.getByLabelText('Correo electrónico'), {
      target: { value: 'registro@demo.refugio.mx' },
    });
    fireEvent.change(screen.getByLabelText('Contraseña'), { target: { value: 'Refugio-demo-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ingresar' }));
    expect(await screen.findByRole('heading', { name: 'Expediente COMAR-TAP-2026-000024' })).toBeTruthy();
    expect(screen.getByText('Comisión Mexicana de Ayuda a Refugiados')).toBeTruthy();
  });

  it('returns to sign-in when the session expires mid-work', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/session') return json(registrationOfficer);
      if (url.pathname === '/api/v1/reference') return json(mexico);
      return unauthenticated();
    });
    renderApp('/cases');
    expect(await screen.findByText('Su sesión terminó. Vuelva a iniciar sesión.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Iniciar sesión' })).toBeTruthy();
  });

  it('shows the not-found page for an unknown address', async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/session') return json(registrationOfficer);
      if (url.pathname === '/api/v1/reference') return json(mexico);
      return json({ error: { code: 'not_found', message: 'x' } }, 404);
    });
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { name: 'No encontrado' })).toBeTruthy();
  });

  it.each([
    ['/deadlines', 'Tablero de plazos', 'Plazos'],
    ['/suspensions', 'Suspensiones de plazos', 'Suspensiones'],
    ['/calendar?year=2026', 'Calendario de días inhábiles', 'Calendario'],
  ])('opens %s with its heading and marks its tab', async (path, heading, tab) => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/session') return json(supervisor);
      if (url.pathname === '/api/v1/reference') return json(mexico);
      return json({ error: { code: 'internal', message: 'not needed here' } }, 500);
    });
    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    // The page's link sits in the "Plazos y calendario" menu: the menu's button is marked, and the link
    // in it, once opened, is the current page.
    const menu = screen.getByRole('button', { name: 'Plazos y calendario' });
    expect(menu.className).toContain('nav__link--active');
    fireEvent.click(menu);
    expect(screen.getByRole('link', { name: tab }).getAttribute('aria-current')).toBe('page');
  });
});
