import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eligibilityOfficer } from '../testing/fixtures';
import { button, byLabel, description, fieldset, queryByLabel } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { RegistrationPage } from './RegistrationPage';

const inTime = { late: false, deadline: '2026-12-18', method: 'working_days' };
const late = { late: true, deadline: '2026-02-13', method: 'working_days' };

const set = (scope: ParentNode, label: string, value: string) =>
  fireEvent.change(byLabel(scope, label), { target: { value } });

function fillPerson(scope: ParentNode, names: [string, string]) {
  set(scope, 'Nombre(s)', names[0]);
  set(scope, 'Primer apellido', names[1]);
  set(scope, 'Sexo', 'F');
  set(scope, 'Fecha de nacimiento', '31/01/1990');
  set(scope, 'País de nacimiento', 'HND');
  set(scope, 'País de origen', 'HND');
  set(scope, 'Idiomas', 'spa');
  fireEvent.click(button('Agregar idioma', scope));
}

const submit = () => fireEvent.click(button('Registrar solicitud'));

describe('RegistrationPage', () => {
  it('fails on an empty form: Spanish errors next to each field, focus on the first', () => {
    stubFetch(() => json(inTime));
    renderSignedIn(<RegistrationPage />);
    submit();
    const principal = fieldset('Solicitante principal');
    const givenNames = byLabel(principal, 'Nombre(s)');
    expect(givenNames.getAttribute('aria-invalid')).toBe('true');
    expect(description(givenNames)).toBe('Este campo es obligatorio.');
    expect(description(byLabel(principal, 'Idiomas'))).toBe('Agregue al menos 1.');
    expect(description(byLabel(principal, 'Sexo'))).toBe('Seleccione una opción.');
    expect(byLabel(principal, 'Segundo apellido').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(
      byLabel(fieldset('Datos de la solicitud'), 'Fecha de ingreso al país'),
    );
    expect(document.querySelector('.error-summary')?.textContent).toContain(
      'Solicitante principal · Nombre(s): Este campo es obligatorio.',
    );
  });

  it('shows the same errors in English when the officer works in English', () => {
    stubFetch(() => json(inTime));
    renderSignedIn(<RegistrationPage />, { language: 'en' });
    fireEvent.click(button('Register application'));
    const givenNames = byLabel(fieldset('Principal applicant'), 'Given names');
    expect(description(givenNames)).toBe('This field is required.');
  });

  it('clears an error as soon as the field is corrected', () => {
    stubFetch(() => json(inTime));
    renderSignedIn(<RegistrationPage />);
    submit();
    const principal = fieldset('Solicitante principal');
    set(principal, 'Nombre(s)', 'José');
    expect(byLabel(principal, 'Nombre(s)').getAttribute('aria-invalid')).toBeNull();
    expect(byLabel(principal, 'Primer apellido').getAttribute('aria-invalid')).toBe('true');
  });

  it('warns live when the application is late, says how days were counted and requires a justification', async () => {
    stubFetch((url) => (url.pathname === '/api/v1/filing-window' ? json(late) : json({}, 500)));
    renderSignedIn(<RegistrationPage />);
    const caseData = fieldset('Datos de la solicitud');
    expect(queryByLabel(caseData, 'Justificación de la extemporaneidad')).toBeNull();
    set(caseData, 'Fecha de ingreso al país', '02/01/2026');
    set(caseData, 'Fecha de solicitud', '01/03/2026');
    await screen.findByText('Fuera de plazo: el plazo venció el 13/02/2026. Se requiere una justificación.');
    expect(caseData.textContent).toContain('Cómo se contó: días hábiles según el calendario oficial');
    expect(caseData.textContent).not.toContain('Aproximación');
    const justification = byLabel(caseData, 'Justificación de la extemporaneidad');
    expect(justification.getAttribute('aria-required')).toBe('true');
    fillPerson(fieldset('Solicitante principal'), ['María José', 'Núñez']);
    submit();
    expect(justification.getAttribute('aria-invalid')).toBe('true');
    expect(description(justification)).toContain(
      'La solicitud está fuera de plazo: escriba la justificación.',
    );
    expect(document.activeElement).toBe(justification);
  });

  it('succeeds for a family: sends the contract body and shows the case number with a link', async () => {
    const requests = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/filing-window') return json(inTime);
      if (url.pathname === '/api/v1/cases' && init?.method === 'POST') {
        return json(
          {
            id: '0b7f8f4e-3a53-4d55-9a3e-8f5a6d0c9b11',
            caseNumber: 'COMAR-TAP-2026-000025',
            filingWindow: inTime,
          },
          201,
        );
      }
      return json({ error: { code: 'not_found', message: 'No such route' } }, 404);
    });
    renderSignedIn(<RegistrationPage />);
    set(fieldset('Datos de la solicitud'), 'Fecha de ingreso al país', '20/11/2026');
    fillPerson(fieldset('Solicitante principal'), ['María José', 'Núñez']);
    fireEvent.click(button('Agregar dependiente'));
    const dependant = fieldset('Dependiente 1');
    expect(document.activeElement).toBe(byLabel(dependant, 'Parentesco con el solicitante principal'));
    set(dependant, 'Parentesco con el solicitante principal', 'child');
    fillPerson(dependant, ['Ángel', 'Núñez']);
    submit();

    await screen.findByText('Solicitud registrada', { selector: 'h1' });
    expect(screen.getByText('COMAR-TAP-2026-000025')).toBeTruthy();
    expect(screen.getByText('Abrir el expediente', { selector: 'a' }).getAttribute('href')).toBe(
      '/cases/0b7f8f4e-3a53-4d55-9a3e-8f5a6d0c9b11',
    );
    const post = requests.find((r) => r.init?.method === 'POST');
    expect(JSON.parse(String(post?.init?.body))).toMatchObject({
      officeId: '136d5c6b-877a-4293-9419-7f2890ec2b94',
      entryDate: '2026-11-20',
      principal: {
        givenNames: 'María José',
        firstSurname: 'Núñez',
        birthDate: '1990-01-31',
        languages: ['spa'],
      },
      dependants: [{ relationship: 'child', givenNames: 'Ángel' }],
    });
  });

  it("shows the server's field errors next to the field, e.g. a late filing the live check missed", async () => {
    stubFetch((url) => {
      if (url.pathname === '/api/v1/filing-window')
        return json({ error: { code: 'unavailable', message: 'down' } }, 503);
      return json(
        {
          error: {
            code: 'validation_failed',
            message: 'Invalid',
            fields: [
              {
                path: 'lateFilingJustification',
                code: 'late_filing_justification_required',
                message: 'Required when late',
              },
            ],
          },
        },
        400,
      );
    });
    renderSignedIn(<RegistrationPage />);
    set(fieldset('Datos de la solicitud'), 'Fecha de ingreso al país', '02/01/2026');
    fillPerson(fieldset('Solicitante principal'), ['María José', 'Núñez']);
    await screen.findByText(/No se pudo comprobar el plazo ahora/);
    submit();
    await waitFor(() => expect(queryByLabel(document, 'Justificación de la extemporaneidad')).not.toBeNull());
    const justification = byLabel(document, 'Justificación de la extemporaneidad');
    expect(description(justification)).toContain(
      'La solicitud está fuera de plazo: escriba la justificación.',
    );
    await waitFor(() => expect(document.activeElement).toBe(justification));
  });

  it('refuses officers whose role may not register', () => {
    renderSignedIn(<RegistrationPage />, { me: eligibilityOfficer });
    expect(screen.getByText('Su rol no permite registrar solicitudes.')).toBeTruthy();
    expect(document.querySelector('form')).toBeNull();
  });
});
