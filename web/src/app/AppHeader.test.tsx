import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '@refugio/contract';
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

  // The supervisor's role as the server grants it: the most pages of any role.
  const fullSupervisor: Me = {
    ...supervisor,
    permissions: [
      'case.read',
      'case.register',
      'clock.suspend',
      'interpreter.manage',
      'room.manage',
      'coi.contribute',
      'coi.manage',
      'quality.review',
      'quality.report',
    ],
  };

  /** The bar as a person sees it: each link, and each menu's button with its links. */
  function bar() {
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    return [...nav.children].map((item) => {
      const toggle = item.querySelector(':scope > button');
      if (!toggle) return [item.textContent, item.getAttribute('href')];
      return [
        toggle.textContent,
        [...item.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
      ];
    });
  }

  it("groups a supervisor's pages in menus so the bar holds few entries", () => {
    renderSignedIn(<AppHeader />, { me: fullSupervisor });
    expect(bar()).toEqual([
      ['Solicitudes', '/cases'],
      ['Registrar solicitud', '/cases/new'],
      ['Mi cuenta', '/cuenta/seguridad'],
      [
        'Plazos y calendario',
        [
          ['Plazos', '/deadlines'],
          ['Suspensiones', '/suspensions'],
          ['Calendario', '/calendar'],
          ['Plazos legales', '/time-limits'],
        ],
      ],
      [
        'Agenda',
        [
          ['Agenda', '/agenda'],
          ['Intérpretes', '/interpreters'],
          ['Salas', '/rooms'],
        ],
      ],
      [
        'Calidad y decisiones',
        [
          ['Proyectos por revisar', '/decisions/review'],
          ['Resoluciones revocadas', '/appeals/overturned'],
          ['Recursos', '/appeals'],
          ['Revisión de calidad', '/quality'],
          ['Duplicados', '/duplicados'],
        ],
      ],
      // A group with a single page for this role is that page's own link.
      ['Información de países', '/coi'],
    ]);
  });

  it('opens and closes a menu with its button, Escape and a click elsewhere', () => {
    renderSignedIn(<AppHeader />, { me: fullSupervisor });
    const toggle = screen.getByRole('button', { name: 'Calidad y decisiones' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // Closed, its links are out of reach (not in the tab order nor the accessibility tree).
    expect(screen.queryByRole('link', { name: 'Recursos' })).toBeNull();
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(list.hidden).toBe(true);

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const link = screen.getByRole('link', { name: 'Recursos' });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    fireEvent.click(toggle);
    fireEvent.pointerDown(document.body);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    // Opening another menu's button leaves this one closed when the focus moves away.
    fireEvent.click(toggle);
    fireEvent.blur(toggle, { relatedTarget: screen.getByRole('link', { name: 'Solicitudes' }) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it("marks the menu of the page shown, and the page's link in it", () => {
    renderSignedIn(<AppHeader />, { me: fullSupervisor, path: '/appeals/overturned' });
    const toggle = screen.getByRole('button', { name: 'Calidad y decisiones' });
    expect(toggle.className).toContain('nav__link--active');
    expect(screen.getByRole('button', { name: 'Agenda' }).className).not.toContain('nav__link--active');
    fireEvent.click(toggle);
    expect(screen.getByRole('link', { name: 'Resoluciones revocadas' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // The longest path wins: "Recursos" (/appeals) is not marked as well.
    expect(screen.getByRole('link', { name: 'Recursos' }).className).not.toContain('nav__item--active');
  });

  it('names the menus in English too', () => {
    renderSignedIn(<AppHeader />, { me: fullSupervisor });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'Quality and decisions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deadlines and calendar' })).toBeTruthy();
  });

  it('links to the deadline pages each officer may use', () => {
    const { unmount } = renderSignedIn(<AppHeader />, { me: supervisor });
    fireEvent.click(screen.getByRole('button', { name: 'Plazos y calendario' }));
    expect(screen.getByRole('link', { name: 'Suspensiones' }).getAttribute('href')).toBe('/suspensions');
    unmount();
    renderSignedIn(<AppHeader />, { me: administrator });
    fireEvent.click(screen.getByRole('button', { name: 'Plazos y calendario' }));
    expect(screen.queryByRole('link', { name: 'Suspensiones' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Calendario' })).toBeTruthy();
  });

  it('offers the calendar, but not the deadline dashboard, to a calendar manager who reads no cases', () => {
    renderSignedIn(<AppHeader />, { me: { ...administrator, permissions: ['calendar.manage'] } });
    // Everyone has their own account page.
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Solicitudes',
      'Mi cuenta',
      'Calendario',
    ]);
  });
});
