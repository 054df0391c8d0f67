import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { administrator, eligibilityOfficer, supervisor } from '../testing/fixtures';
import { renderSignedIn } from '../testing/render';
import { AppHeader } from './AppHeader';

describe('AppHeader', () => {
  it("shows the authority, the officer's name, role and office in Spanish by default", () => {
    renderSignedIn(<AppHeader />);
    expect(screen.getByText('Comisión Mexicana de Ayuda a Refugiados')).toBeTruthy();
    expect(screen.getByText('Lucía Hernández Ortiz')).toBeTruthy();
    expect(
      screen.getByText(/Oficial de registro · Oficina: Oficina de Representación en Tapachula/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registrar solicitud' }).getAttribute('href')).toBe('/cases/new');
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches every label to English, sets <html lang> and remembers the choice', () => {
    renderSignedIn(<AppHeader />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('Mexican Commission for Refugee Assistance')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Applications' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Solicitudes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('refugio.language')).toBe('en');
  });

  it('offers registration only to officers allowed to register', () => {
    renderSignedIn(<AppHeader />, { me: eligibilityOfficer });
    expect(screen.getByRole('link', { name: 'Solicitudes' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Registrar solicitud' })).toBeNull();
  });

  it('links to the deadline pages each officer may use', () => {
    const links = () => screen.getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')]);
    const { unmount } = renderSignedIn(<AppHeader />, { me: supervisor });
    expect(links()).toEqual([
      ['Solicitudes', '/cases'],
      ['Registrar solicitud', '/cases/new'],
      ['Plazos', '/deadlines'],
      ['Suspensiones', '/suspensions'],
      ['Calendario', '/calendar'],
      ['Agenda', '/agenda'],
      ['Proyectos por revisar', '/decisions/review'],
      ['Resoluciones revocadas', '/appeals/overturned'],
      ['Recursos', '/appeals'],
      ['Plazos legales', '/time-limits'],
    ]);
    unmount();
    renderSignedIn(<AppHeader />, { me: administrator });
    expect(screen.queryByRole('link', { name: 'Suspensiones' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Calendario' })).toBeTruthy();
  });

  it('offers the calendar, but not the deadline dashboard, to a calendar manager who reads no cases', () => {
    renderSignedIn(<AppHeader />, { me: { ...administrator, permissions: ['calendar.manage'] } });
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Solicitudes', 'Calendario']);
  });
});
