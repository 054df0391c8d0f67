import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InterviewList, InterviewRecordView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { InterviewRecordPage } from './InterviewRecordPage';

const interviewId = '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80';
const recordId = '5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8091';
const officer = { id: '0f7c2a8e-1b2c-4d3e-8f9a-0b1c2d3e4f50', name: 'Ana Ruiz Soto' };

const list: InterviewList = {
  interviews: [
    {
      id: interviewId,
      caseId: petronaCase.id,
      person: { id: petronaCase.people[0]!.id, name: 'Petrona Pérez López' },
      purpose: 'eligibility',
      drivesStage: true,
      officer: { ...officer, sex: 'F' },
      interpreter: null,
      language: 'mam',
      room: null,
      mode: 'in_person',
      interpreterRemote: false,
      startsAt: '2026-12-03T15:00:00.000Z',
      endsAt: '2026-12-03T17:00:00.000Z',
      date: '2026-12-03',
      startTime: '09:00',
      endTime: '11:00',
      sameSexRequested: false,
      sameSexUnmet: [],
      unmetReason: '',
      status: 'held',
      cancelReason: '',
      replacesId: null,
      noShow: null,
      record: { id: recordId, status: 'open' },
      version: 2,
      actions: ['view_record'],
    },
  ],
  consents: [],
  canSchedule: true,
  choices: null,
};

const open: InterviewRecordView = {
  id: recordId,
  interviewId,
  caseId: petronaCase.id,
  date: '2026-12-03',
  language: 'mam',
  officer,
  interpreter: null,
  startTime: '09:05',
  endTime: null,
  attendees: [],
  informationGiven: [],
  fitness: { fit: true, notes: '' },
  observations: '',
  status: 'open',
  readBackAt: null,
  readBackLanguage: null,
  applicantConfirmation: null,
  applicantRemarks: '',
  confirmedAt: null,
  confirmedBy: null,
  contentSha256: null,
  turns: [],
  addenda: [],
  version: 1,
  canEdit: true,
  canConfirm: true,
  canAddAddendum: false,
};

const confirmed: InterviewRecordView = {
  ...open,
  status: 'confirmed',
  endTime: '10:30',
  confirmedAt: '2026-12-03T17:00:00.000Z',
  applicantConfirmation: 'confirmed',
  readBackAt: '2026-12-03T16:50:00.000Z',
  readBackLanguage: 'mam',
  turns: [
    { id: '41', position: 1, speaker: 'applicant', text: 'Salí por las amenazas.', duringReadBack: false },
  ],
  version: 3,
  canEdit: false,
  canConfirm: false,
  canAddAddendum: true,
};

const route = (record: InterviewRecordView) => (url: URL, init: RequestInit | undefined) => {
  if (url.pathname.endsWith('/interviews')) return json(list);
  if (url.pathname === `/api/v1/cases/${petronaCase.id}`) return json(petronaCase);
  if (init?.method === 'PUT') return json({ ...record, version: 2, turns: [] });
  return json(record);
};

describe('InterviewRecordPage', () => {
  it('saves the turns of an open record, question then answer', async () => {
    const requests = stubFetch(route(open));
    renderSignedIn(<InterviewRecordPage params={{ id: petronaCase.id, interviewId }} />, {
      me: eligibilityOfficer,
    });
    const first = await screen.findByLabelText('Intervención 1');
    // An open record may still change: no PDF is offered.
    expect(screen.queryByRole('link', { name: 'Acta en PDF' })).toBeNull();
    fireEvent.change(first.querySelector('textarea')!, { target: { value: '¿Por qué salió de Guatemala?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Agregar intervención' }));
    const second = screen.getByLabelText('Intervención 2');
    expect((second.querySelector('select') as HTMLSelectElement).value).toBe('applicant');
    fireEvent.change(second.querySelector('textarea')!, { target: { value: 'Por las amenazas.' } });
    fireEvent.change(screen.getByLabelText(/^Hora de término/), { target: { value: '10:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar acta' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'PUT')).toBe(true));
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/interview-records/${recordId}`);
    expect(JSON.parse(String(put.init?.body))).toMatchObject({
      version: 1,
      startTime: '09:05',
      endTime: '10:30',
      turns: [
        { speaker: 'officer', text: '¿Por qué salió de Guatemala?' },
        { speaker: 'applicant', text: 'Por las amenazas.' },
      ],
    });
    expect(screen.getByRole('heading', { name: 'Lectura del acta y conformidad' })).toBeTruthy();
  });

  it('shows a confirmed record read-only, with only the addendum form', async () => {
    stubFetch(route(confirmed));
    renderSignedIn(<InterviewRecordPage params={{ id: petronaCase.id, interviewId }} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText(/Acta confirmada el 03\/12\/2026/)).toBeTruthy();
    expect(screen.getByText('Salí por las amenazas.')).toBeTruthy();
    expect(screen.getByText('Se leyó a la persona en Mam. Su respuesta: Conforme.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Guardar acta' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Agregar adenda' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Acta en PDF' }).getAttribute('href')).toBe(
      `/api/v1/interviews/${confirmed.interviewId}/record.pdf`,
    );
  });

  it('confirms the record after the read-back in the interview language, and says so', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST' && url.pathname.endsWith('/confirm'))
        return json({ record: confirmed, case: { ...petronaCase, stage: 'interviewed', version: 5 } });
      return route(open)(url, init);
    });
    renderSignedIn(<InterviewRecordPage params={{ id: petronaCase.id, interviewId }} />, {
      me: eligibilityOfficer,
    });
    const answer = await screen.findByLabelText(/^Respuesta de la persona/);
    fireEvent.change(answer, { target: { value: 'confirmed_with_corrections' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar el acta' }));
    expect(await screen.findByText('Se confirmó el acta después de leerla a la persona.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/interview-records/${recordId}/confirm`);
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      version: 1,
      caseVersion: petronaCase.version,
      readBackLanguage: 'mam',
      applicantConfirmation: 'confirmed_with_corrections',
    });
    expect(screen.queryByRole('button', { name: 'Guardar acta' })).toBeNull();
  });
});
