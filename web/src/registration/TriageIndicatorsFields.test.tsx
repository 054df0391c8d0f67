import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../api/endpoints';
import { mexico } from '../testing/fixtures';
import { button, byLabel, description, fieldset } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { RegistrationPage } from './RegistrationPage';

const inTime = { late: false, deadline: '2026-12-18', method: 'working_days' };
const legend = 'Indicadores de procesamiento diferenciado';

/** Mexico's indicators plus one of another kind, to see the grouping. */
const withUrgent: Reference = {
  ...mexico,
  profile: {
    ...mexico.profile,
    triage: {
      ...mexico.profile.triage,
      indicators: [
        ...mexico.profile.triage.indicators,
        {
          id: 'imminent_refoulement',
          kind: 'urgent_protection',
          name: { es: 'Riesgo inminente de devolución', en: 'Imminent risk of refoulement' },
          basis: { status: 'unknown', note: 'Test indicator' },
        },
      ],
    },
  },
};

const set = (scope: ParentNode, label: string, value: string) =>
  fireEvent.change(byLabel(scope, label), { target: { value } });

function fillCase() {
  set(fieldset('Datos de la solicitud'), 'Fecha de ingreso al país', '20/11/2026');
  const principal = fieldset('Solicitante principal');
  set(principal, 'Nombre(s)', 'Wilner');
  set(principal, 'Primer apellido', 'Joseph');
  set(principal, 'Sexo', 'M');
  set(principal, 'Fecha de nacimiento', '31/01/1990');
  set(principal, 'País de nacimiento', 'HTI');
  set(principal, 'País de origen', 'HTI');
  set(principal, 'Idiomas', 'hat');
  fireEvent.click(button('Agregar idioma', principal));
}

const legends = (scope: ParentNode) =>
  [...scope.querySelectorAll(':scope fieldset > legend')].map((l) => l.textContent);

describe('TriageIndicatorsFields', () => {
  it("lists the profile's indicators grouped by kind and sends the ticked ones", async () => {
    const requests = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/filing-window') return json(inTime);
      if (init?.method === 'POST')
        return json(
          {
            id: '0b7f8f4e-3a53-4d55-9a3e-8f5a6d0c9b11',
            caseNumber: 'COMAR-TAP-2026-000026',
            filingWindow: inTime,
          },
          201,
        );
      return json({ error: { code: 'not_found', message: 'No such route' } }, 404);
    });
    renderSignedIn(<RegistrationPage />, { reference: withUrgent });
    const indicators = fieldset(legend);
    expect(legends(indicators)).toEqual([
      'Perfiles con presunción de inclusión',
      'Necesidades urgentes de protección',
    ]);
    const inclusion = fieldset('Perfiles con presunción de inclusión', indicators);
    expect([...inclusion.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Huyó de una perturbación grave del orden público (presunción de inclusión)',
      'Perfil del paquete de apoyo de la COMAR para Haití',
    ]);
    fireEvent.click(byLabel(indicators, 'Perfil del paquete de apoyo de la COMAR para Haití'));
    fireEvent.click(byLabel(indicators, 'Riesgo inminente de devolución'));
    fillCase();
    fireEvent.click(button('Registrar solicitud'));

    await screen.findByText('Solicitud registrada', { selector: 'h1' });
    const post = requests.find((r) => r.init?.method === 'POST');
    expect(JSON.parse(String(post?.init?.body))).toMatchObject({
      triageIndicators: ['haiti_support_package', 'imminent_refoulement'],
    });
  });

  it('names the indicators in English when the officer works in English', () => {
    stubFetch(() => json(inTime));
    renderSignedIn(<RegistrationPage />, { language: 'en' });
    const indicators = fieldset('Differentiated processing indicators');
    expect(legends(indicators)).toEqual(['Profiles with a presumption of inclusion']);
    expect(byLabel(indicators, "Profile of COMAR's support package for Haiti")).toBeTruthy();
  });

  it('is absent when the profile has no indicators', () => {
    stubFetch(() => json(inTime));
    const none = {
      ...mexico,
      profile: { ...mexico.profile, triage: { ...mexico.profile.triage, indicators: [] } },
    };
    renderSignedIn(<RegistrationPage />, { reference: none });
    expect(() => fieldset(legend)).toThrow();
  });

  it("shows the server's error on the indicators in the fieldset and in the summary", async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/filing-window') return json(inTime);
      return json(
        {
          error: {
            code: 'validation_failed',
            message: 'triageIndicators: Not an indicator of this profile: haiti_support_package',
            fields: [
              {
                path: 'triageIndicators',
                code: 'unknown_indicator',
                message: 'Not an indicator of this profile: haiti_support_package',
              },
            ],
          },
        },
        400,
      );
    });
    renderSignedIn(<RegistrationPage />);
    fireEvent.click(byLabel(fieldset(legend), 'Perfil del paquete de apoyo de la COMAR para Haití'));
    fillCase();
    fireEvent.click(button('Registrar solicitud'));
    const indicators = fieldset(legend);
    await waitFor(() =>
      expect(description(indicators)).toContain('Hay un indicador que no está previsto para este país.'),
    );
    expect(document.querySelector('.error-summary')?.textContent).toContain(
      'Indicadores de procesamiento diferenciado: Hay un indicador que no está previsto para este país.',
    );
    // Changing the ticks clears the server's error on them.
    fireEvent.click(byLabel(indicators, 'Perfil del paquete de apoyo de la COMAR para Haití'));
    expect(description(indicators)).not.toContain('Hay un indicador');
  });
});
