import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FreeSlotList, InterviewList } from '@refugio/contract';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { InterviewsPanel } from './InterviewsPanel';

const ana = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f50', name: 'Ana Ruiz Soto', sex: 'F' as const };
const tomas = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f51', name: 'Tomás Aguilar Peña', sex: 'M' as const };
const marie = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  fullName: 'Marie-Claude Joseph',
  sex: 'F' as const,
};
const jean = {
  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5e',
  fullName: 'Jean-Baptiste Pierre',
  sex: 'M' as const,
};
const sala1 = { id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', name: 'Sala 1', capacity: 4 };
const sala2 = { id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e70', name: 'Sala 2', capacity: 4 };

const list: InterviewList = {
  interviews: [],
  consents: [],
  canSchedule: true,
  choices: {
    officers: [ana, tomas],
    interpreters: [
      { ...marie, languages: ['hat'], bookable: true },
      { ...jean, languages: ['hat'], bookable: true },
    ],
    rooms: [sala1, sala2],
  },
};

const found: FreeSlotList = {
  language: 'hat',
  personId: petronaCase.people[0]!.id,
  interpreterNeeded: true,
  officeHours: { opens: '09:00', closes: '17:00' },
  shortfalls: [],
  slots: [
    {
      date: '2027-03-02',
      startTime: '11:00',
      endTime: '13:00',
      officer: ana,
      interpreter: marie,
      interpreterRemote: true,
      room: { id: sala2.id, name: sala2.name },
      sameSexUnmet: [],
    },
    {
      date: '2027-03-01',
      startTime: '09:00',
      endTime: '11:00',
      officer: tomas,
      interpreter: jean,
      interpreterRemote: false,
      room: { id: sala1.id, name: sala1.name },
      sameSexUnmet: ['officer', 'interpreter'],
    },
  ],
};

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the free-slot finder in the scheduling form', () => {
  it('asks for the form’s search, lists the slots and fills the form with the one chosen', async () => {
    const requests = stubFetch((url, init) => {
      if (url.pathname.endsWith('/free-slots')) return json(found);
      if (init?.method === 'POST') return new Promise<Response>(() => {});
      return json(list);
    });
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Programar entrevista' }));
    type('Idioma de la entrevista', 'hat');
    type('Fecha', '01/03/2027');
    type('Hora de término', '10:30');
    fireEvent.click(screen.getByLabelText('La persona pidió entrevistador(a) e intérprete de su mismo sexo'));
    fireEvent.click(screen.getByRole('button', { name: 'Buscar horarios libres' }));

    expect(await screen.findByText('Horarios libres')).toBeTruthy();
    const search = requests.find((r) => r.url.pathname.endsWith('/free-slots'))!;
    expect(search.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/interviews/free-slots`);
    expect(Object.fromEntries(search.url.searchParams)).toEqual({
      from: '2027-03-01',
      to: '2027-03-14',
      durationMinutes: '90',
      language: 'hat',
      personId: petronaCase.people[0]!.id,
      sameSex: 'true',
      remote: 'false',
    });
    expect(screen.getByText('Del 01/03/2027 al 14/03/2027, de 09:00 a 17:00, en días hábiles.')).toBeTruthy();
    expect(screen.getByText('Ana Ruiz Soto · Marie-Claude Joseph (a distancia) · Sala 2')).toBeTruthy();
    expect(
      screen.getByText('No atiende la solicitud del mismo sexo (entrevistador(a), intérprete).'),
    ).toBeTruthy();

    fireEvent.click(
      screen.getByRole('button', { name: 'Usar el horario del martes 02/03/2027, 11:00–13:00' }),
    );
    expect(
      await screen.findByText(
        'Se llenó el formulario con el horario del martes 02/03/2027, 11:00–13:00. Revíselo y programe.',
      ),
    ).toBeTruthy();
    expect((screen.getByLabelText('Entrevistador(a)') as HTMLSelectElement).value).toBe(ana.id);
    expect((screen.getByLabelText(/^Intérprete/) as HTMLSelectElement).value).toBe(marie.id);
    expect((screen.getByLabelText('El intérprete participa a distancia') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText('Sala') as HTMLSelectElement).value).toBe(sala2.id);
    expect((screen.getByLabelText('Fecha') as HTMLInputElement).value).toBe('02/03/2027');
    expect((screen.getByLabelText(/^Hora de inicio/) as HTMLInputElement).value).toBe('11:00');

    fireEvent.click(screen.getByRole('button', { name: 'Programar' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      officerId: ana.id,
      interpreterId: marie.id,
      interpreterRemote: true,
      roomId: sala2.id,
      date: '2027-03-02',
      startTime: '11:00',
      endTime: '13:00',
      sameSexRequested: true,
    });
  });

  it('says why nothing can be proposed', async () => {
    stubFetch((url) =>
      url.pathname.endsWith('/free-slots')
        ? json({ ...found, slots: [], shortfalls: ['no_interpreter_for_language'] })
        : json(list),
    );
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Programar entrevista' }));
    fireEvent.click(screen.getByRole('button', { name: 'Buscar horarios libres' }));
    expect(
      await screen.findByText(
        'No hay intérpretes activos de este idioma, con compromiso de confidencialidad, que atiendan la oficina.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('No hay horarios libres en esas fechas.')).toBeTruthy();
  });
});
