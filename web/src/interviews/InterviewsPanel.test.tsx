import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterviewList, InterviewView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { InterviewsPanel } from './InterviewsPanel';

const officer = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f50', name: 'Ana Ruiz Soto', sex: 'F' as const };
const interpreterHat = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  fullName: 'Marie-Claude Joseph',
  sex: 'F' as const,
  languages: ['hat', 'fra'],
  bookable: true,
};
const interpreterMam = {
  ...interpreterHat,
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  fullName: 'Tomás Pérez',
  sex: 'M' as const,
  languages: ['mam'],
};
const room = { id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', name: 'Sala 1', capacity: 4 };
const principal = petronaCase.people[0]!;

const scheduled: InterviewView = {
  id: '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80',
  caseId: petronaCase.id,
  person: { id: principal.id, name: 'Petrona Pérez López' },
  purpose: 'eligibility',
  drivesStage: true,
  officer,
  interpreter: { id: interpreterHat.id, fullName: interpreterHat.fullName, sex: 'F' },
  language: 'hat',
  room: { id: room.id, name: room.name },
  mode: 'in_person',
  interpreterRemote: false,
  startsAt: '2026-12-03T15:00:00.000Z',
  endsAt: '2026-12-03T17:00:00.000Z',
  date: '2026-12-03',
  startTime: '09:00',
  endTime: '11:00',
  sameSexRequested: true,
  sameSexUnmet: [],
  unmetReason: '',
  status: 'scheduled',
  cancelReason: '',
  replacesId: null,
  noShow: null,
  record: null,
  version: 1,
  actions: ['reschedule', 'cancel', 'record_no_show', 'open_record', 'print_notice'],
};

const empty: InterviewList = {
  interviews: [],
  consents: [],
  canSchedule: true,
  choices: { officers: [officer], interpreters: [interpreterHat, interpreterMam], rooms: [room] },
};

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));

describe('InterviewsPanel', () => {
  it('schedules an interview with a Haitian Creole interpreter and replaces the case file', async () => {
    const onReplace = vi.fn();
    let booked = false;
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST') {
        booked = true;
        return json(
          { interview: scheduled, case: { ...petronaCase, stage: 'interview_scheduled', version: 2 } },
          201,
        );
      }
      // The list's reload after booking is slow: what the panel shows meanwhile is the booking's answer.
      return booked ? new Promise<Response>(() => {}) : json(empty);
    });
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={onReplace} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText('No hay entrevistas programadas.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Programar entrevista' }));

    type('Entrevistador(a)', officer.id);
    type('Idioma de la entrevista', 'hat');
    const interpreter = screen.getByLabelText(/^Intérprete/) as HTMLSelectElement;
    // Only interpreters of the chosen language are offered.
    expect([...interpreter.options].map((o) => o.text)).toEqual([
      'Sin intérprete',
      'Marie-Claude Joseph (Mujer)',
    ]);
    type('Intérprete', interpreterHat.id);
    type('Sala', room.id);
    type('Fecha', '03/12/2026');
    fireEvent.click(screen.getByLabelText('La persona pidió entrevistador(a) e intérprete de su mismo sexo'));
    fireEvent.click(screen.getByRole('button', { name: 'Programar' }));

    await waitFor(() => expect(onReplace).toHaveBeenCalled());
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/interviews`);
    expect(body(post.init)).toMatchObject({
      caseVersion: 1,
      personId: principal.id,
      officerId: officer.id,
      interpreterId: interpreterHat.id,
      language: 'hat',
      mode: 'in_person',
      roomId: room.id,
      date: '2026-12-03',
      startTime: '09:00',
      endTime: '11:00',
      sameSexRequested: true,
    });
    expect(await screen.findByText('Se programó la entrevista del 03/12/2026.')).toBeTruthy();
    expect(screen.getByText('03/12/2026, 09:00–11:00')).toBeTruthy();
    expect(screen.queryByText('No hay entrevistas programadas.')).toBeNull();
  });

  it('shows a double booking on the fields taken, in Spanish, and keeps the form open', async () => {
    stubFetch((url, init) => {
      if (init?.method === 'POST')
        return json(
          {
            error: {
              code: 'conflict',
              message: 'Double booking',
              fields: [
                {
                  path: 'officerId',
                  code: 'double_booked',
                  message: 'The officer is already booked at that time',
                },
                { path: 'roomId', code: 'double_booked', message: 'The room is already booked at that time' },
              ],
            },
          },
          409,
        );
      return json(empty);
    });
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Programar entrevista' }));
    type('Entrevistador(a)', officer.id);
    type('Sala', room.id);
    type('Fecha', '03/12/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Programar' }));
    expect(await screen.findAllByText('Ya tiene otra reserva en ese horario.')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Programar' })).toBeTruthy();
  });

  it('names a resource marked unavailable and its blocked period, apart from a double booking', async () => {
    stubFetch((url, init) => {
      if (init?.method === 'POST')
        return json(
          {
            error: {
              code: 'conflict',
              message: 'Not free then',
              fields: [
                {
                  path: 'officerId',
                  code: 'resource_unavailable',
                  message: 'The officer is unavailable from 2026-12-03T08:00 to 2026-12-04T18:00',
                },
                {
                  path: 'roomId',
                  code: 'resource_unavailable',
                  message: 'The room is unavailable from 2026-12-03T08:00 to 2026-12-03T13:00',
                },
              ],
            },
          },
          409,
        );
      return json(empty);
    });
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Programar entrevista' }));
    type('Entrevistador(a)', officer.id);
    type('Sala', room.id);
    type('Fecha', '03/12/2026');
    fireEvent.click(screen.getByRole('button', { name: 'Programar' }));
    expect(
      await screen.findByText(
        'El/la entrevistador(a) no está disponible (bloqueo en la agenda: del 03/12/2026 08:00 al 04/12/2026 18:00).',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('La sala no está disponible (bloqueo en la agenda: 03/12/2026, 08:00–13:00).'),
    ).toBeTruthy();
    expect(screen.queryByText('Ya tiene otra reserva en ese horario.')).toBeNull();
  });

  it('lists an interview with its status and offers the notice, cancellation and no-show', async () => {
    stubFetch(() => json({ ...empty, interviews: [scheduled] }));
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    const item = within((await screen.findByText(/03\/12\/2026, 09:00–11:00/)).closest('li')!);
    expect(item.getByText('Programada')).toBeTruthy();
    expect(item.getByText(/Marie-Claude Joseph \(Criollo haitiano, Mujer\)/)).toBeTruthy();
    expect(item.getByRole('link', { name: 'Citatorio (PDF)' }).getAttribute('href')).toBe(
      `/api/v1/interviews/${scheduled.id}/notice.pdf`,
    );
    expect(item.getByRole('link', { name: 'Acta de entrevista' }).getAttribute('href')).toBe(
      `/cases/${petronaCase.id}/interviews/${scheduled.id}/record`,
    );
    expect(item.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Reprogramar entrevista',
      'Cancelar entrevista',
      'Registrar incomparecencia',
    ]);
  });

  it('moves an interview to a new slot, from the one it had, saying why', async () => {
    const onReplace = vi.fn();
    const moved: InterviewView = {
      ...scheduled,
      id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a81',
      date: '2026-12-10',
      replacesId: scheduled.id,
    };
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({ interview: moved, case: { ...petronaCase, stage: 'interview_scheduled', version: 3 } });
      return requests.some((r) => r.init?.method === 'POST')
        ? new Promise<Response>(() => {})
        : json({ ...empty, interviews: [scheduled] });
    });
    renderSignedIn(
      <InterviewsPanel detail={{ ...petronaCase, version: 2 }} onReplace={onReplace} onReload={vi.fn()} />,
      { me: eligibilityOfficer },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reprogramar entrevista' }));
    const form = within(screen.getByRole('region', { name: 'Reprogramar entrevista' }));
    // The slot it had, but a new date: person and purpose stay.
    expect((form.getByLabelText(/^Entrevistador\(a\)/) as HTMLSelectElement).value).toBe(officer.id);
    expect((form.getByLabelText(/^Intérprete/) as HTMLSelectElement).value).toBe(interpreterHat.id);
    expect(form.queryByLabelText(/^Persona entrevistada/)).toBeNull();
    fireEvent.change(form.getByLabelText(/^Fecha/), { target: { value: '10/12/2026' } });
    fireEvent.click(form.getByRole('button', { name: 'Reprogramar' }));
    const reason = form.getByLabelText(/^Motivo de la reprogramación/);
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);

    fireEvent.change(reason, { target: { value: 'La intérprete no puede el 3 de diciembre.' } });
    fireEvent.click(form.getByRole('button', { name: 'Reprogramar' }));
    expect(await screen.findByText('Se reprogramó la entrevista para el 10/12/2026.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/interviews/${scheduled.id}/reschedule`);
    expect(body(post.init)).toMatchObject({
      version: 1,
      caseVersion: 2,
      reason: 'La intérprete no puede el 3 de diciembre.',
      officerId: officer.id,
      interpreterId: interpreterHat.id,
      roomId: room.id,
      date: '2026-12-10',
      startTime: '09:00',
      endTime: '11:00',
      sameSexRequested: true,
    });
    expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ version: 3 }));
    // The old slot shows as rescheduled beside the new one while the list reloads.
    expect(screen.getByText('Reprogramada')).toBeTruthy();
    expect(screen.getByText(/10\/12\/2026, 09:00–11:00/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Reprogramar entrevista' })).toBeNull();
  });
});
