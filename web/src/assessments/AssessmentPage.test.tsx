import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentView, CoiSearchResult, CoiSourceView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AssessmentPage } from './AssessmentPage';
import { draftAssessment, withAssessment } from './assessment.fixtures';

const page = () =>
  renderSignedIn(<AssessmentPage params={{ id: petronaCase.id }} />, {
    me: eligibilityOfficer,
    path: `/cases/${petronaCase.id}/assessment`,
  });

describe('AssessmentPage', () => {
  it('lists the sections in the order of the UNHCR form, without those the law does not have', async () => {
    const hidden = {
      ...withAssessment,
      assessment: {
        ...draftAssessment,
        sections: draftAssessment.sections.map((s) =>
          s.id === 'cartagena' ? { ...s, requirement: 'hidden' as const } : s,
        ),
      },
    };
    stubFetch(() => json(hidden));
    page();
    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((h) => h.textContent?.replace(/\s*\([^()]*\)$/, ''))).toEqual([
      '1. Identidad y nacionalidad',
      '2. Hechos materiales',
      '3. Credibilidad',
      '4. Temor fundado',
      '5. Motivos',
      '6. Nexo causal',
      '7. Protección del Estado y alternativa de huida interna',
      '8. Cláusulas de exclusión (art. 1F)',
      '9. Protección complementaria',
      '10. Condición derivada',
      '11. Conclusión',
    ]);
    expect(screen.getByText(/Identidad y nacionalidad: incompleto/)).toBeTruthy();
  });

  it('saves one section with its version and shows the field the server refuses', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'PUT')
        return json(
          {
            error: {
              code: 'validation_failed',
              message: 'content.reasons: Give the reasons',
              fields: [{ path: 'content.reasons', code: 'required', message: 'Give the reasons' }],
            },
          },
          400,
        );
      return json(withAssessment);
    });
    page();
    const identity = (await screen.findByRole('heading', { name: /1\. Identidad y nacionalidad/ })).closest(
      'section',
    )!;
    const scope = within(identity);
    fireEvent.change(scope.getByLabelText('Identidad'), { target: { value: 'established' } });
    fireEvent.click(scope.getByLabelText('Apartado completo'));
    fireEvent.click(scope.getByRole('button', { name: 'Guardar apartado' }));
    await waitFor(() => expect(scope.getByLabelText('Motivación').getAttribute('aria-invalid')).toBe('true'));
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/assessments/${draftAssessment.id}/sections/identity`);
    expect(JSON.parse(String(put.init?.body))).toEqual({
      version: 1,
      complete: true,
      content: { identity: 'established' },
    });
  });

  it('refuses, before sending, a rejection for an inconsistency not put to the applicant', async () => {
    const requests = stubFetch(() => json(withAssessment));
    page();
    const facts = (await screen.findByRole('heading', { name: /2\. Hechos materiales/ })).closest('section')!;
    const scope = within(facts);
    fireEvent.change(scope.getByLabelText('Hecho'), { target: { value: 'Amenazas en marzo.' } });
    fireEvent.change(scope.getByLabelText('Valoración'), { target: { value: 'rejected' } });
    fireEvent.change(scope.getByLabelText('Motivos'), { target: { value: 'Fechas contradictorias.' } });
    fireEvent.click(scope.getByLabelText('Incoherencia interna'));
    fireEvent.click(scope.getByRole('button', { name: 'Agregar hecho' }));
    const warning = await scope.findByText(/no puede fundar el rechazo/);
    await waitFor(() => expect(warning.className).toBe('field__error'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
  });

  it('cites a country-information source found by search, then offers an empty search again', async () => {
    const source: CoiSourceView = {
      id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
      title: 'Haití: pandillas en Martissant',
      publisher: 'ACNUR',
      publishedOn: '2026-10-15',
      datePrecision: 'day',
      url: 'https://www.refworld.org/hti',
      file: null,
      countries: ['HTI'],
      topics: ['pandillas'],
      language: 'spa',
      summary: '',
      status: 'current',
      supersededBy: null,
      supersededAt: null,
      supersededReason: '',
      citedBy: 0,
      addedBy: null,
      addedAt: '2026-11-20T15:00:00.000Z',
      version: 1,
      actions: [],
    };
    const cited: AssessmentView = {
      ...draftAssessment,
      citations: [
        {
          id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
          section: 'state_protection',
          factId: null,
          kind: 'coi',
          coiSource: { ...source, superseded: false },
          interviewRecordId: null,
          interviewTurnId: null,
          interviewAddendumId: null,
          description: '',
          pinpoint: 'párr. 12',
        },
      ],
    };
    const found: CoiSearchResult = { items: [source], total: 1, page: 1, pageSize: 8, canContribute: true };
    const requests = stubFetch((url, init) => {
      if (url.pathname === '/api/v1/coi-sources') return json(found);
      if (init?.method === 'POST') return json(cited, 201);
      return json(withAssessment);
    });
    page();
    const section = (await screen.findByRole('heading', { name: /7\. Protección del Estado/ })).closest(
      'section',
    )!;
    const scope = within(section);
    fireEvent.change(scope.getByLabelText('Buscar fuente'), { target: { value: 'martissant' } });
    fireEvent.click(await scope.findByRole('button', { name: 'Elegir: Haití: pandillas en Martissant' }));
    expect(scope.getByText('Fuente elegida: Haití: pandillas en Martissant')).toBeTruthy();
    fireEvent.change(scope.getByLabelText('Ubicación (página, párrafo, intervenciones)'), {
      target: { value: 'párr. 12' },
    });
    fireEvent.click(scope.getByRole('button', { name: 'Citar' }));
    expect(
      await scope.findByRole('link', { name: 'ACNUR, Haití: pandillas en Martissant, 15/10/2026' }),
    ).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/assessments/${draftAssessment.id}/citations`);
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      section: 'state_protection',
      kind: 'coi',
      coiSourceId: source.id,
      pinpoint: 'párr. 12',
    });
    // The picker starts over: no leftover results that look as if nothing had been chosen.
    expect((scope.getByLabelText('Buscar fuente') as HTMLInputElement).value).toBe('');
    expect(scope.queryByRole('button', { name: 'Elegir: Haití: pandillas en Martissant' })).toBeNull();
  });
});
