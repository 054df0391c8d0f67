import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AppealView, CaseAppeals, CaseDetail, DeadlineView } from '@refugio/contract';
import { petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { AppealPanel } from './AppealPanel';

const appealsPath = `/api/v1/cases/${petronaCase.id}/appeals`;
const window: DeadlineView = {
  limit: 'appeal_filing',
  startsOn: 'written_notification',
  startDate: '2026-11-11',
  dueDate: '2026-12-03',
  length: 15,
  unit: 'working_days',
  whose: 'applicant',
  legalBasis: 'LRPCAP art. 25',
  status: 'open',
  metOn: null,
  extendedBy: 0,
  pausedDays: 0,
  pausedToday: false,
  unitsLeft: null,
  extensions: [],
  extendable: false,
};
const notified: CaseDetail = {
  ...petronaCase,
  stage: 'notified',
  outcome: 'rejected',
  version: 7,
  deadlines: [window],
};
const decision = {
  eventId: '42',
  recordId: null,
  outcome: 'rejected' as const,
  issuedOn: '2026-11-11',
  notifiedOn: '2026-11-11',
  author: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a11', name: 'Pedro Elegible' },
  approver: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a12', name: 'Sara Supervisora' },
};
const appealable: CaseAppeals = {
  appeals: [],
  appealable: decision,
  canFile: true,
  outcomes: ['confirmed', 'remitted'],
  remedy: {
    name: { es: 'Recurso de revisión', en: 'Appeal for review (recurso de revisión)' },
    legalBasis: 'LRPCAP art. 25',
  },
};
const lodged: AppealView = {
  id: 'c7a1f3e2-1b2c-4d5e-8f90-123456789abc',
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  decision,
  filedOn: '2026-12-04',
  receivedBy: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a13', name: 'Lucía Hernández Ortiz' },
  grounds: 'No se valoró el riesgo al retorno.',
  representative: 'Sin Fronteras IAP',
  dueOn: '2026-12-03',
  timeliness: 'late',
  lateReason: 'Hospitalizada hasta el 3 de diciembre.',
  status: 'lodged',
  decidedBy: null,
  decidedOn: null,
  outcome: null,
  reasons: '',
  withdrawal: null,
  version: 1,
  createdAt: '2026-12-04T17:00:00.000Z',
  canDecide: true,
  canWithdraw: false,
};
const body = (init: RequestInit | undefined): Record<string, unknown> => JSON.parse(String(init?.body));
const panel = async () => within(await screen.findByRole('region', { name: 'Recurso de revisión' }));

function render(detail: CaseDetail, handler: Parameters<typeof stubFetch>[0]) {
  const requests = stubFetch(handler);
  const onReload = vi.fn();
  renderSignedIn(<AppealPanel detail={detail} onReplace={vi.fn()} onReload={onReload} />);
  return { requests, onReload };
}

describe('AppealPanel', () => {
  it('shows the window, warns that a late date needs a reason, and shows the server’s refusal by the field', async () => {
    const { requests } = render(notified, (url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'lateReason: record why',
                fields: [{ path: 'lateReason', code: 'required', message: 'record why' }],
              },
            },
            400,
          )
        : json(appealable),
    );
    const p = await panel();
    expect(p.getByText('Plazo para interponer el recurso: hasta el 03/12/2026.')).toBeTruthy();
    expect(p.getByText('Medio de impugnación: Recurso de revisión (LRPCAP art. 25).')).toBeTruthy();
    expect(
      p.getByText('Resolución recurrida: Negativa, emitida el 11/11/2026, notificada el 11/11/2026'),
    ).toBeTruthy();
    expect(p.queryByLabelText(/Motivo por el que se admite fuera de plazo/)).toBeNull();

    fireEvent.change(p.getByLabelText(/Fecha de interposición/), { target: { value: '04/12/2026' } });
    expect(p.getByText(/posterior al vencimiento del plazo \(03\/12\/2026\)/)).toBeTruthy();
    fireEvent.change(p.getByLabelText(/Agravios/), { target: { value: 'No se valoró el riesgo.' } });
    fireEvent.click(p.getByRole('button', { name: 'Registrar recurso' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'POST')).toBe(true));
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe(appealsPath);
    expect(body(sent.init)).toMatchObject({
      caseVersion: 7,
      filedOn: '2026-12-04',
      grounds: 'No se valoró el riesgo.',
    });
    const reason = await p.findByLabelText(/Motivo por el que se admite fuera de plazo/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
  });

  it('records the appeal, shows it at once in place of the form, and reloads the case file', async () => {
    const { onReload } = render(notified, (_url, init) =>
      init?.method === 'POST'
        ? json({ appeal: { ...lodged, timeliness: 'in_time', lateReason: '' }, caseVersion: 8 }, 201)
        : json(appealable),
    );
    const p = await panel();
    fireEvent.click(p.getByRole('button', { name: 'Registrar recurso' }));
    expect(await p.findByText('Recurso registrado (En tiempo).')).toBeTruthy();
    expect(onReload).toHaveBeenCalled();
    expect(p.queryByRole('button', { name: 'Registrar recurso' })).toBeNull();
    expect(p.getByText('Sin Fronteras IAP')).toBeTruthy();
    expect(p.getByText('Interpuesto, pendiente de resolver')).toBeTruthy();
  });

  it('shows a lodged appeal as late with its reason, and the decision form to an uninvolved appeals officer', async () => {
    const appealed: CaseDetail = { ...notified, stage: 'appeal_lodged' };
    const { requests } = render(appealed, (_url, init) =>
      init?.method === 'POST'
        ? json({
            appeal: { ...lodged, status: 'decided', outcome: 'remitted', canDecide: false },
            caseVersion: 9,
          })
        : json({ ...appealable, appealable: null, canFile: false, appeals: [lodged] }),
    );
    const p = await panel();
    expect(p.getAllByText('Extemporáneo').length).toBeGreaterThan(0);
    expect(p.getByText('Hospitalizada hasta el 3 de diciembre.')).toBeTruthy();
    expect(p.getByText('No se valoró el riesgo al retorno.')).toBeTruthy();
    expect(p.queryByRole('button', { name: 'Registrar recurso' })).toBeNull();

    fireEvent.click(p.getByRole('button', { name: 'Resolver recurso' }));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
    expect((await p.findByLabelText(/^Sentido/)).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(p.getByLabelText(/^Sentido/), { target: { value: 'remitted' } });
    fireEvent.change(p.getByLabelText(/Fundamentos de la resolución/), {
      target: { value: 'Falta analizar el riesgo.' },
    });
    fireEvent.click(p.getByRole('button', { name: 'Resolver recurso' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'POST')).toBe(true));
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe(`/api/v1/appeals/${lodged.id}/decide`);
    expect(body(sent.init)).toMatchObject({ caseVersion: 7, version: 1, outcome: 'remitted' });
    expect(await p.findByText('Recurso resuelto: Devuelta para nueva resolución.')).toBeTruthy();
    expect(p.queryByRole('button', { name: 'Resolver recurso' })).toBeNull();
    expect(p.getByText('Resuelto')).toBeTruthy();
  });

  it('records the applicant’s withdrawal of a lodged appeal and shows it withdrawn, the refusal standing', async () => {
    const appealed: CaseDetail = { ...notified, stage: 'appeal_lodged' };
    const receivable: AppealView = { ...lodged, canDecide: false, canWithdraw: true };
    const withdrawn: AppealView = {
      ...receivable,
      status: 'withdrawn',
      version: 2,
      canWithdraw: false,
      withdrawal: {
        receivedOn: '2026-12-07',
        method: 'in_person',
        recordedBy: { id: '0b5e1c7e-7f8e-4a55-9f5e-0f9e3c1d2a13', name: 'Lucía Hernández Ortiz' },
        note: 'Regresa con su familia.',
      },
    };
    const { requests, onReload } = render(appealed, (_url, init) =>
      init?.method === 'POST'
        ? json({ appeal: withdrawn, caseVersion: 8 })
        : json({ ...appealable, appealable: null, canFile: false, appeals: [receivable] }),
    );
    const p = await panel();
    expect(p.queryByRole('button', { name: 'Resolver recurso' })).toBeNull();
    fireEvent.click(p.getByText('Registrar desistimiento del recurso'));
    // The form names the field it needs before anything is sent.
    fireEvent.click(p.getByRole('button', { name: 'Registrar desistimiento' }));
    expect(requests.some((r) => r.init?.method === 'POST')).toBe(false);
    expect((await p.findByLabelText(/^Forma del desistimiento/)).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(p.getByLabelText(/Fecha en que se recibió/), { target: { value: '07/12/2026' } });
    fireEvent.change(p.getByLabelText(/^Forma del desistimiento/), { target: { value: 'in_person' } });
    fireEvent.change(p.getByLabelText(/Manifestación de la persona solicitante/), {
      target: { value: 'Regresa con su familia.' },
    });
    fireEvent.click(p.getByRole('button', { name: 'Registrar desistimiento' }));
    await waitFor(() => expect(requests.some((r) => r.init?.method === 'POST')).toBe(true));
    const sent = requests.find((r) => r.init?.method === 'POST')!;
    expect(sent.url.pathname).toBe(`/api/v1/appeals/${lodged.id}/withdraw`);
    expect(body(sent.init)).toEqual({
      caseVersion: 7,
      version: 1,
      receivedOn: '2026-12-07',
      method: 'in_person',
      note: 'Regresa con su familia.',
    });
    expect(
      await p.findByText(
        'Desistimiento del recurso registrado: la resolución de primera instancia subsiste.',
      ),
    ).toBeTruthy();
    expect(onReload).toHaveBeenCalled();
    expect(p.getByText('Desistido')).toBeTruthy();
    expect(p.getByText('07/12/2026')).toBeTruthy();
    expect(p.getByText('En comparecencia personal')).toBeTruthy();
    expect(p.getByText(/la resolución de primera instancia subsiste y queda firme/)).toBeTruthy();
    expect(p.queryByRole('button', { name: 'Registrar desistimiento' })).toBeNull();
  });

  it('after a withdrawal, says a new appeal may still be recorded while the file is not closed as final', async () => {
    const withdrawn: AppealView = {
      ...lodged,
      status: 'withdrawn',
      canDecide: false,
      withdrawal: { receivedOn: '2026-12-07', method: 'written', recordedBy: null, note: '' },
    };
    render(notified, () => json({ ...appealable, appeals: [withdrawn] }));
    const p = await panel();
    expect(p.getByText(/El recurso anterior fue desistido/)).toBeTruthy();
    expect(p.queryByText('No se ha interpuesto recurso contra la resolución notificada.')).toBeNull();
    expect(p.getByText('Por escrito')).toBeTruthy();
    expect(p.getByRole('button', { name: 'Registrar recurso' })).toBeTruthy();
  });

  it('offers no withdrawal to a user who does not receive appeals, and names no remedy the law does not', async () => {
    const appealed: CaseDetail = { ...notified, stage: 'appeal_lodged' };
    render(appealed, () =>
      json({
        ...appealable,
        appealable: null,
        canFile: false,
        remedy: null,
        appeals: [{ ...lodged, canDecide: false }],
      }),
    );
    const p = await panel();
    expect(p.getByText('Interpuesto, pendiente de resolver')).toBeTruthy();
    expect(p.queryByText('Registrar desistimiento del recurso')).toBeNull();
    expect(p.queryByText(/Medio de impugnación/)).toBeNull();
    expect(p.queryByText(/desconocid|unknown/i)).toBeNull();
  });

  it('is absent, without asking the server, before any decision was notified', async () => {
    const { requests } = render(petronaCase, () => json(appealable));
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Recurso de revisión' })).toBeNull();
  });

  it('is absent from a notified recognition, which cannot be appealed', async () => {
    const recognized: CaseDetail = { ...notified, outcome: 'recognized', deadlines: [] };
    const { requests } = render(recognized, () => json({ ...appealable, appealable: null, canFile: false }));
    await waitFor(() => expect(requests).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: 'Recurso de revisión' })).toBeNull();
  });
});
