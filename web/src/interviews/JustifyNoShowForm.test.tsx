import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InterviewList, InterviewView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { InterviewsPanel } from './InterviewsPanel';

const principal = petronaCase.people[0]!;
const officer = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f50', name: 'Ana Ruiz Soto', sex: 'F' as const };
const missed: InterviewView = {
  id: '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80',
  caseId: petronaCase.id,
  person: { id: principal.id, name: 'Petrona Pérez López' },
  purpose: 'eligibility',
  drivesStage: true,
  officer,
  interpreter: null,
  language: 'spa',
  room: { id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', name: 'Sala 1' },
  mode: 'in_person',
  interpreterRemote: false,
  startsAt: '2026-11-23T15:00:00.000Z',
  endsAt: '2026-11-23T17:00:00.000Z',
  date: '2026-11-23',
  startTime: '09:00',
  endTime: '11:00',
  sameSexRequested: false,
  sameSexUnmet: [],
  unmetReason: '',
  status: 'no_show',
  cancelReason: '',
  replacesId: null,
  noShow: { waitedUntil: '2026-11-23T15:45:00.000Z', contactAttempts: 1, justification: null },
  record: null,
  version: 2,
  actions: ['justify_no_show'],
};
const list: InterviewList = {
  interviews: [missed],
  consents: [],
  canSchedule: true,
  choices: { officers: [officer], interpreters: [], rooms: [] },
};
const certificate = 'Constancia médica: fiebre alta el 23 de noviembre.';

describe('justifying a no-show', () => {
  it('records when and why, then shows it on the interview', async () => {
    const onReplace = vi.fn();
    const justified: InterviewView = {
      ...missed,
      version: 3,
      actions: [],
      noShow: {
        ...missed.noShow!,
        justification: {
          receivedOn: '2026-11-27',
          reason: 'illness',
          details: certificate,
          recordedAt: '2026-11-30T18:00:00.000Z',
          by: officer,
        },
      },
    };
    let posted = false;
    const requests = stubFetch((url, init) => {
      if (init?.method !== 'POST') return json(posted ? { ...list, interviews: [justified] } : list);
      posted = true;
      return json({ interview: justified, case: { ...petronaCase, version: petronaCase.version + 1 } });
    });
    renderSignedIn(<InterviewsPanel detail={petronaCase} onReplace={onReplace} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Justificar inasistencia' }));
    // Nothing typed: the form names the missing fields and sends nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Registrar justificación' }));
    const date = screen.getByLabelText(/^Fecha en que se recibió la justificación/);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);

    fireEvent.change(date, { target: { value: '27/11/2026' } });
    fireEvent.change(screen.getByLabelText(/^Motivo/), { target: { value: 'illness' } });
    fireEvent.change(screen.getByLabelText(/^Qué manifestó y qué presentó/), {
      target: { value: certificate },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Registrar justificación' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalled());
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/interviews/${missed.id}/no-show/justification`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 2,
      caseVersion: petronaCase.version,
      receivedOn: '2026-11-27',
      reason: 'illness',
      details: certificate,
    });
    const item = within(
      (await screen.findByText(/Inasistencia justificada \(Enfermedad\), recibida el 27\/11\/2026/)).closest(
        'li',
      )!,
    );
    expect(item.getByText(/Constancia médica/)).toBeTruthy();
    expect(item.queryByRole('button', { name: 'Justificar inasistencia' })).toBeNull();
  });
});
