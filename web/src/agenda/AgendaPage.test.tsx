import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeClash, type AgendaView, type Me, type UnavailabilityView } from '@refugio/contract';
import { administrator, eligibilityOfficer, officeTap, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AgendaPage } from './AgendaPage';

const ids = {
  pedro: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11',
  marta: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a12',
  sala1: '1c5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11',
  sala2: '1c5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a12',
  marie: '2d5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11',
  interview: '3e5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11',
  elsewhere: '3e5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a12',
  case: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
  block: '4f5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11',
};

const block: UnavailabilityView = {
  id: ids.block,
  resourceKind: 'room',
  resourceId: ids.sala2,
  startsAt: '2026-12-08T14:00:00.000Z',
  endsAt: '2026-12-09T00:00:00.000Z',
  start: { date: '2026-12-08', time: '08:00' },
  end: { date: '2026-12-08', time: '18:00' },
  note: 'Mantenimiento del aire acondicionado',
  createdBy: { id: ids.marta, name: 'Marta Supervisora Ruiz' },
  releasedAt: null,
  canRelease: true,
};

const view: AgendaView = {
  office: { id: officeTap.id, code: 'TAP', name: officeTap.name },
  from: '2026-12-07',
  to: '2026-12-13',
  timeZone: 'America/Mexico_City',
  officers: [
    { id: ids.pedro, name: 'Pedro Elegible', canMarkUnavailable: true },
    { id: ids.marta, name: 'Marta Supervisora Ruiz', canMarkUnavailable: true },
  ],
  rooms: [
    { id: ids.sala1, name: 'Sala 1', canMarkUnavailable: true },
    { id: ids.sala2, name: 'Sala 2', canMarkUnavailable: true },
  ],
  interpreters: [
    { id: ids.marie, fullName: 'Marie-Claude Joseph', languages: ['hat', 'fra'], canMarkUnavailable: true },
  ],
  interviews: [
    {
      id: ids.interview,
      caseId: ids.case,
      caseNumber: 'COMAR-TAP-2026-000024',
      officeId: officeTap.id,
      canReadCase: true,
      intervieweeName: 'Petrona Pérez López',
      startsAt: '2026-12-09T15:00:00.000Z',
      endsAt: '2026-12-09T17:00:00.000Z',
      start: { date: '2026-12-09', time: '09:00' },
      end: { date: '2026-12-09', time: '11:00' },
      status: 'scheduled',
      mode: 'in_person',
      language: 'hat',
      officer: { id: ids.pedro, name: 'Pedro Elegible' },
      room: { id: ids.sala1, name: 'Sala 1' },
      interpreter: { id: ids.marie, fullName: 'Marie-Claude Joseph' },
      interpreterRemote: false,
    },
    {
      id: ids.elsewhere,
      caseId: '9a3bc3a5-8561-41fd-b0e2-046ec170e738',
      caseNumber: 'COMAR-CMX-2026-000003',
      officeId: '98d77a97-e776-4da0-ab5e-848778bb63c1',
      canReadCase: false,
      intervieweeName: null,
      startsAt: '2026-12-10T15:00:00.000Z',
      endsAt: '2026-12-10T16:00:00.000Z',
      start: { date: '2026-12-10', time: '09:00' },
      end: { date: '2026-12-10', time: '10:00' },
      status: 'scheduled',
      mode: 'remote_video',
      language: 'hat',
      officer: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a99', name: 'Oficial de CDMX' },
      room: null,
      interpreter: { id: ids.marie, fullName: 'Marie-Claude Joseph' },
      interpreterRemote: true,
    },
  ],
  unavailability: [block],
};

const GET = (init: RequestInit | undefined) => (init?.method ?? 'GET') === 'GET';
const render = (me: Me = supervisor, path = '/agenda?week=2026-12-07') =>
  renderSignedIn(<AgendaPage />, { me, path });
const day = (title: string) => screen.getByRole('region', { name: title });

describe('AgendaPage', () => {
  it('shows the week by person: each day a region, each officer a lane, each interview as text', async () => {
    const requests = stubFetch(() => json(view));
    render();
    expect(await screen.findByText('Semana del 07/12/2026 al 11/12/2026')).toBeTruthy();
    const request = requests[0]!.url;
    expect(request.pathname).toBe('/api/v1/agenda');
    expect(Object.fromEntries(request.searchParams)).toEqual({ from: '2026-12-07', to: '2026-12-13' });

    // Monday to Friday only: nothing is booked on the weekend.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Lunes 07/12/2026',
      'Martes 08/12/2026',
      'Miércoles 09/12/2026',
      'Jueves 10/12/2026',
      'Viernes 11/12/2026',
    ]);
    expect(
      within(day('Lunes 07/12/2026')).getByText('Nadie tiene entrevistas ni está marcado no disponible.'),
    ).toBeTruthy();
    const wednesday = day('Miércoles 09/12/2026');
    const pedro = within(wednesday).getByRole('region', { name: 'Pedro Elegible' });
    expect(within(pedro).getByText('09:00–11:00')).toBeTruthy();
    expect(within(pedro).getByText('Programada')).toBeTruthy();
    expect(
      within(pedro).getByRole('link', { name: 'Expediente COMAR-TAP-2026-000024' }).getAttribute('href'),
    ).toBe(`/cases/${ids.case}`);
    expect(within(pedro).getByText('Petrona Pérez López')).toBeTruthy();
    expect(within(pedro).getByText('Sala: Sala 1')).toBeTruthy();
    expect(within(pedro).getByText('Intérprete: Marie-Claude Joseph (Criollo haitiano)')).toBeTruthy();
    expect(
      within(within(wednesday).getByRole('region', { name: 'Marta Supervisora Ruiz' })).getByText('Libre'),
    ).toBeTruthy();
    // Another office's interview is not an officer's of this office.
    expect(screen.queryByText('Entrevista de otra oficina')).toBeNull();
  });

  it('shows rooms with their blocks by room, and the interpreter’s other office by interpreter', async () => {
    const requests = stubFetch(() => json(view));
    const { location } = render();
    fireEvent.click(await screen.findByRole('radio', { name: 'Por sala' }));
    const tuesday = await waitFor(() => day('Martes 08/12/2026'));
    const sala2 = within(tuesday).getByRole('region', { name: 'Sala 2' });
    expect(within(sala2).getByText('No disponible')).toBeTruthy();
    expect(within(sala2).getByText('Mantenimiento del aire acondicionado')).toBeTruthy();
    expect(within(sala2).getByText('08:00–18:00')).toBeTruthy();
    expect(location.history?.at(-1)).toBe('/agenda?week=2026-12-07&view=room');

    fireEvent.click(screen.getByRole('radio', { name: 'Por intérprete' }));
    const thursday = await waitFor(() => day('Jueves 10/12/2026'));
    const marie = within(thursday).getByRole('region', { name: /Marie-Claude Joseph/ });
    expect(within(marie).getByText('Entrevista de otra oficina')).toBeTruthy();
    expect(within(marie).queryByRole('link')).toBeNull();
    // The lens changes what is drawn, not what is asked for.
    expect(requests).toHaveLength(1);
  });

  it('shows Saturday only when something is booked on it, and moves between weeks', async () => {
    const saturday: AgendaView = {
      ...view,
      unavailability: [
        {
          ...block,
          start: { date: '2026-12-12', time: '09:00' },
          end: { date: '2026-12-12', time: '13:00' },
          resourceKind: 'officer',
          resourceId: ids.pedro,
        },
      ],
    };
    const requests = stubFetch(() => json(saturday));
    render();
    expect(await screen.findByRole('heading', { name: 'Sábado 12/12/2026' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Domingo 13/12/2026' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Semana siguiente/ }));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]!.url.searchParams.get('from')).toBe('2026-12-14');
    fireEvent.click(screen.getByRole('button', { name: /Semana anterior/ }));
    fireEvent.click(screen.getByRole('button', { name: /Semana anterior/ }));
    await waitFor(() => expect(requests.at(-1)!.url.searchParams.get('from')).toBe('2026-11-30'));
  });

  it('marks a room unavailable for a morning and says so', async () => {
    const requests = stubFetch((_url, init) =>
      GET(init)
        ? json(view)
        : json(
            {
              ...block,
              start: { date: '2026-12-10', time: '08:00' },
              end: { date: '2026-12-10', time: '12:00' },
            },
            201,
          ),
    );
    render();
    fireEvent.click(await screen.findByRole('button', { name: 'Marcar no disponible' }));
    const form = screen.getByRole('region', { name: 'Marcar no disponible' });
    fireEvent.change(within(form).getByLabelText('Persona, sala o intérprete'), {
      target: { value: `room:${ids.sala2}` },
    });
    fireEvent.change(within(form).getByLabelText('Fecha'), { target: { value: '10/12/2026' } });
    fireEvent.change(within(form).getByLabelText('Hasta'), { target: { value: '12:00' } });
    fireEvent.change(within(form).getByLabelText('Motivo'), { target: { value: 'Pintura' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Marcar no disponible' }));
    expect(await screen.findByText('Sala 2: no disponible 10/12/2026, 08:00–12:00.')).toBeTruthy();
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe('/api/v1/unavailability');
    expect(JSON.parse(String(sent.init?.body))).toEqual({
      resourceKind: 'room',
      resourceId: ids.sala2,
      startsAt: '2026-12-10T08:00',
      endsAt: '2026-12-10T12:00',
      note: 'Pintura',
    });
  });

  it('names the field before sending: a time that is not one, an end before the start, no resource', async () => {
    const requests = stubFetch(() => json(view));
    render();
    fireEvent.click(await screen.findByRole('button', { name: 'Marcar no disponible' }));
    const form = screen.getByRole('region', { name: 'Marcar no disponible' });
    fireEvent.change(within(form).getByLabelText('Desde'), { target: { value: '8 y media' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Marcar no disponible' }));
    const from = within(form).getByLabelText('Desde');
    await waitFor(() => expect(from.getAttribute('aria-invalid')).toBe('true'));
    expect(description(from)).toContain('Escriba una hora de 00:00 a 23:59.');
    expect(description(within(form).getByLabelText('Persona, sala o intérprete'))).toContain(
      'Seleccione una opción.',
    );
    expect(document.activeElement).toBe(within(form).getByLabelText('Persona, sala o intérprete'));

    fireEvent.change(within(form).getByLabelText('Persona, sala o intérprete'), {
      target: { value: `officer:${ids.pedro}` },
    });
    fireEvent.change(from, { target: { value: '15:00' } });
    fireEvent.change(within(form).getByLabelText('Hasta'), { target: { value: '09:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Marcar no disponible' }));
    await waitFor(() =>
      expect(description(within(form).getByLabelText('Hasta'))).toContain(
        'La hora de término debe ser posterior a la de inicio.',
      ),
    );
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
  });

  it('names the interview in the way when the server refuses a clash', async () => {
    const clash = describeClash({
      kind: 'interview',
      id: ids.interview,
      caseNumber: 'COMAR-TAP-2026-000024',
      start: '2026-12-09T09:00',
      end: '2026-12-09T11:00',
    });
    stubFetch((_url, init) =>
      GET(init)
        ? json(view)
        : json(
            {
              error: {
                code: 'conflict',
                message: clash,
                fields: [{ path: 'startsAt', code: 'double_booked', message: clash }],
              },
            },
            409,
          ),
    );
    render();
    fireEvent.click(await screen.findByRole('button', { name: 'Marcar no disponible' }));
    const form = screen.getByRole('region', { name: 'Marcar no disponible' });
    fireEvent.change(within(form).getByLabelText('Persona, sala o intérprete'), {
      target: { value: `officer:${ids.pedro}` },
    });
    fireEvent.change(within(form).getByLabelText('Fecha'), { target: { value: '09/12/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Marcar no disponible' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Ya hay reservas en ese horario');
    expect(alert.textContent).toContain(
      'entrevista del expediente COMAR-TAP-2026-000024, 09/12/2026, 09:00–11:00',
    );
    expect(description(within(form).getByLabelText('Desde'))).toContain(
      'Ya tiene otra reserva en ese horario.',
    );
  });

  it('releases a block with a reason', async () => {
    const requests = stubFetch((_url, init) =>
      GET(init) ? json(view) : json({ ...block, releasedAt: '2026-12-01T16:00:00.000Z', canRelease: false }),
    );
    render(supervisor, '/agenda?week=2026-12-07&view=room');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Liberar el bloqueo de Sala 2, 08/12/2026, 08:00–18:00' }),
    );
    const form = screen.getByRole('region', { name: 'Liberar bloqueo' });
    fireEvent.click(within(form).getByRole('button', { name: 'Liberar' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Motivo de la liberación').getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    fireEvent.change(within(form).getByLabelText('Motivo de la liberación'), {
      target: { value: 'Terminó el mantenimiento' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Liberar' }));
    expect(await screen.findByText('Se liberó el bloqueo de Sala 2.')).toBeTruthy();
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe(`/api/v1/unavailability/${ids.block}/release`);
    expect(JSON.parse(String(sent.init?.body))).toEqual({ reason: 'Terminó el mantenimiento' });
  });

  it('offers an officer only themself, and no release of others’ blocks', async () => {
    const mine: AgendaView = {
      ...view,
      officers: view.officers.map((o) => ({ ...o, canMarkUnavailable: o.id === ids.pedro })),
      rooms: view.rooms.map((r) => ({ ...r, canMarkUnavailable: false })),
      interpreters: view.interpreters.map((i) => ({ ...i, canMarkUnavailable: false })),
      unavailability: [{ ...block, canRelease: false }],
    };
    stubFetch(() => json(mine));
    render(eligibilityOfficer, '/agenda?week=2026-12-07&view=room');
    fireEvent.click(await screen.findByRole('button', { name: 'Marcar no disponible' }));
    const select = within(screen.getByRole('region', { name: 'Marcar no disponible' })).getByLabelText(
      'Persona, sala o intérprete',
    ) as HTMLSelectElement;
    expect(select.value).toBe(`officer:${ids.pedro}`);
    expect([...select.options].map((o) => o.textContent)).toEqual(['Elija…', 'Pedro Elegible']);
    expect(screen.queryByRole('button', { name: /Liberar/ })).toBeNull();
  });

  it('asks an administrator for the office first, then reads that office’s agenda', async () => {
    const requests = stubFetch(() => json(view));
    render(administrator, '/agenda?week=2026-12-07');
    expect(screen.getByText('Elija una oficina para ver su agenda.')).toBeTruthy();
    expect(requests).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Oficina'), { target: { value: officeTap.id } });
    await screen.findByText('Semana del 07/12/2026 al 11/12/2026');
    expect(requests[0]!.url.searchParams.get('officeId')).toBe(officeTap.id);
  });

  it('reads in English with dates still dd/mm/yyyy', async () => {
    stubFetch(() => json(view));
    renderSignedIn(<AgendaPage />, { me: supervisor, path: '/agenda?week=2026-12-07', language: 'en' });
    expect(await screen.findByText('Week of 07/12/2026 to 11/12/2026')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wednesday 09/12/2026' })).toBeTruthy();
    expect(screen.getByText('Interpreter: Marie-Claude Joseph (Haitian)')).toBeTruthy();
  });
});
