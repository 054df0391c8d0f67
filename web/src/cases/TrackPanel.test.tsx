import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseTriageView } from '@refugio/contract';
import { petronaCase, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch, caseFileLoads } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const trackPath = `/api/v1/cases/${petronaCase.id}/track`;
const marta = { id: '5b1f4c7e-2a3d-4e6f-8a9b-0c1d2e3f4a5b', name: 'Marta Supervisora Ruiz' };

const withTriage = (triage: Partial<CaseTriageView>, version = 3): CaseDetail => ({
  ...petronaCase,
  version,
  triage: { ...petronaCase.triage, ...triage },
});

const prioritised = withTriage({
  track: 'prioritised',
  placement: {
    track: 'prioritised',
    ruleId: 'specific_needs_priority',
    ruleVersion: '2026-01-01',
    reasons: [
      { code: 'specific_need', person: 0, need: 'WR-WR' },
      { code: 'age_under', person: 1, age: 6, limit: 18 },
      { code: 'nationality', person: 1, nationality: 'GTM' },
      { code: 'indicator', indicator: 'cartagena_public_order_presumption' },
    ],
  },
});

const overridable = withTriage({ canOverride: true });
const overridden = withTriage(
  {
    track: 'accelerated',
    override: {
      from: 'regular',
      to: 'accelerated',
      reason: 'Perfil con presunción de inclusión no marcado al registrar',
      at: '2026-12-01T16:00:00.000Z',
      by: marta,
    },
    canOverride: true,
  },
  4,
);

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const panel = async () => within(await screen.findByRole('region', { name: 'Vía de procesamiento' }));
const items = (scope: { getAllByRole: (role: 'listitem') => HTMLElement[] }) =>
  scope.getAllByRole('listitem').map((li) => li.textContent);

describe('TrackPanel', () => {
  it('shows the track, the rule version that placed the case and each reason with names, not codes', async () => {
    stubFetch(() => json(prioritised));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const track = await panel();
    expect(track.getByText('Atención prioritaria')).toBeTruthy();
    expect(
      track.getByText(
        'Regla: Necesidades específicas: atención prioritaria (versión vigente desde el 01/01/2026)',
      ),
    ).toBeTruthy();
    expect(items(track)).toEqual([
      'Petrona Pérez López: necesidad específica «Mujer en riesgo» (WR-WR)',
      'Juana Tum Pérez: 6 años (menos de 18)',
      'Juana Tum Pérez: nacionalidad Guatemala',
      'Indicador marcado al registrar: Huyó de una perturbación grave del orden público (presunción de inclusión)',
    ]);
    expect(track.queryByRole('button', { name: 'Cambiar vía' })).toBeNull();
  });

  it('says when no rule held and the case went to the default track', async () => {
    stubFetch(() => json(petronaCase));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    const track = await panel();
    expect(track.getByText('Procedimiento regular')).toBeTruthy();
    expect(track.getByText('Ninguna regla: vía por defecto')).toBeTruthy();
    expect(items(track)).toEqual(['Ninguna regla del país se cumplió.']);
  });

  it("shows a supervisor's override beside the placement it replaced, in English too", async () => {
    stubFetch(() => json(overridden));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { language: 'en' });
    const track = within(await screen.findByRole('region', { name: 'Processing track' }));
    expect(track.getByText('Accelerated procedure')).toBeTruthy();
    expect(track.getByText('Track given at registration: Regular procedure')).toBeTruthy();
    expect(track.getByText('Regular procedure → Accelerated procedure')).toBeTruthy();
    expect(
      track.getByText('Reason: Perfil con presunción de inclusión no marcado al registrar'),
    ).toBeTruthy();
    expect(track.getByText('By Marta Supervisora Ruiz, on 01/12/2026 10:00')).toBeTruthy();
  });

  it('names a track the profile does not list by its translated id', async () => {
    stubFetch(() => json(withTriage({ track: 'merged_registration_rsd' })));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />);
    expect((await panel()).getByText('Registro y determinación fusionados')).toBeTruthy();
  });

  it('moves the case to another track with the version and reason, and shows the case answered', async () => {
    const requests = stubFetch((_url, init) => json(init?.method === 'POST' ? overridden : overridable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    fireEvent.click((await panel()).getByRole('button', { name: 'Cambiar vía' }));
    const select = screen.getByLabelText('Nueva vía') as HTMLSelectElement;
    // The current track is not offered.
    expect([...select.options].slice(1).map((o) => o.text)).toEqual([
      'Procedimiento acelerado',
      'Procedimiento simplificado',
      'Atención prioritaria',
    ]);
    fireEvent.change(select, { target: { value: 'accelerated' } });
    fireEvent.change(screen.getByLabelText('Motivo del cambio'), {
      target: { value: 'Perfil con presunción de inclusión no marcado al registrar' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el cambio de vía' }));

    expect(await screen.findByText('El expediente pasó a «Procedimiento acelerado».')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(trackPath);
    expect(body(post.init)).toEqual({
      version: 3,
      track: 'accelerated',
      reason: 'Perfil con presunción de inclusión no marcado al registrar',
    });
    expect((await panel()).getByText('Procedimiento regular → Procedimiento acelerado')).toBeTruthy();
    expect(caseFileLoads(requests)).toHaveLength(1);
    expect(screen.queryByLabelText('Nueva vía')).toBeNull();
  });

  it('refuses a change without track or reason before calling the server', async () => {
    const requests = stubFetch(() => json(overridable));
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    fireEvent.click((await panel()).getByRole('button', { name: 'Cambiar vía' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el cambio de vía' }));
    expect(description(screen.getByLabelText('Nueva vía'))).toBe('Seleccione una opción.');
    expect(description(screen.getByLabelText('Motivo del cambio'))).toBe('Este campo es obligatorio.');
    // Focus moves in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nueva vía')));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it("shows the server's track error next to the track, not the reason", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'track: The case is already on accelerated',
                fields: [
                  { path: 'track', code: 'same_track', message: 'The case is already on accelerated' },
                ],
              },
            },
            400,
          )
        : json(overridable),
    );
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    fireEvent.click((await panel()).getByRole('button', { name: 'Cambiar vía' }));
    fireEvent.change(screen.getByLabelText('Nueva vía'), { target: { value: 'accelerated' } });
    fireEvent.change(screen.getByLabelText('Motivo del cambio'), { target: { value: 'Revisión' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el cambio de vía' }));
    const select = screen.getByLabelText('Nueva vía');
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(description(select)).toBe('El expediente ya está en esta vía.');
    expect(screen.getByLabelText('Motivo del cambio').getAttribute('aria-invalid')).toBeNull();
  });

  it('on a conflict (409) reloads the case, says so, and a retry sends the new version', async () => {
    let current = overridable;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') {
        current = withTriage({ canOverride: true }, 9);
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={petronaCase.id} />, { me: supervisor });
    fireEvent.click((await panel()).getByRole('button', { name: 'Cambiar vía' }));
    fireEvent.change(screen.getByLabelText('Nueva vía'), { target: { value: 'simplified' } });
    fireEvent.change(screen.getByLabelText('Motivo del cambio'), { target: { value: 'Paquete Haití' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el cambio de vía' }));

    expect(await screen.findByText(/El expediente cambió mientras cambiaba la vía/)).toBeTruthy();
    await waitFor(() => expect(caseFileLoads(requests)).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el cambio de vía' }));
    await waitFor(() => expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(2));
    expect(body(requests.filter((r) => r.init?.method === 'POST')[1]?.init)).toEqual({
      version: 9,
      track: 'simplified',
      reason: 'Paquete Haití',
    });
  });
});
