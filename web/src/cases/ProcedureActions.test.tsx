import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@refugio/contract';
import { petronaCase, supervisor } from '../testing/fixtures';
import { description } from '../testing/queries';
import { json, renderSignedIn, stubFetch, caseFileLoads } from '../testing/render';
import { CaseDetailPage } from './CaseDetailPage';

const decided: CaseDetail = {
  ...petronaCase,
  stage: 'decided',
  outcome: 'rejected',
  version: 4,
  procedureActions: [{ action: 'notify_decision', via: 'form', requires: ['notificationDate'] }],
};
const notified: CaseDetail = { ...decided, stage: 'notified', version: 5, procedureActions: [] };
const closable: CaseDetail = {
  ...petronaCase,
  stage: 'interview_scheduled',
  version: 7,
  procedureActions: [{ action: 'close', via: 'form', requires: ['closureReason', 'reason'] }],
};
const closed: CaseDetail = {
  ...closable,
  stage: 'closed',
  version: 8,
  procedureActions: [{ action: 'reopen', via: 'form', requires: ['reopeningGround', 'reason'] }],
};

const body = (init: RequestInit | undefined): unknown => JSON.parse(String(init?.body));
const posts = <R extends { init: RequestInit | undefined }>(requests: R[]) =>
  requests.filter((r) => r.init?.method === 'POST');
const optionTexts = (select: HTMLElement) =>
  [...(select as HTMLSelectElement).options].slice(1).map((o) => o.text);

describe('ProcedureActions', () => {
  it('offers exactly the steps the server sends and posts the data with the version seen', async () => {
    let current = decided;
    const requests = stubFetch((url, init) => {
      if (init?.method === 'POST') {
        current = notified;
        return json(notified);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={decided.id} />);
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    expect(panel.getByText('Resuelta')).toBeTruthy();
    expect(panel.getAllByRole('button').map((b) => b.textContent)).toEqual(['Notificar resolución']);

    fireEvent.click(panel.getByRole('button', { name: 'Notificar resolución' }));
    fireEvent.change(panel.getByLabelText(/Fecha de notificación por escrito/), {
      target: { value: '01/12/2026' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));

    await panel.findByText('Notificada');
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${decided.id}/actions/notify_decision`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 4,
      data: { notificationDate: '2026-12-01' },
    });
    expect(screen.getByText('Su función no tiene acciones en esta etapa.')).toBeTruthy();
  });

  it("shows the server's field error next to the field, in Spanish", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'data.notificationDate: Required',
                fields: [{ path: 'data.notificationDate', code: 'required', message: 'Required' }],
              },
            },
            400,
          )
        : json(decided),
    );
    renderSignedIn(<CaseDetailPage id={decided.id} />);
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Notificar resolución' }));
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));
    const field = await panel.findByLabelText(/Fecha de notificación por escrito/);
    await screen.findByText('Este campo es obligatorio.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('closes a case with a closure reason and a reason, and shows the case answered', async () => {
    const requests = stubFetch((_url, init) => json(init?.method === 'POST' ? closed : closable));
    renderSignedIn(<CaseDetailPage id={closable.id} />, { me: supervisor });
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Cerrar expediente' }));
    const closureReason = panel.getByLabelText('Motivo del cierre');
    // A final decision closes through its own step; `close` offers the other reasons.
    expect(optionTexts(closureReason)).toEqual([
      'Desistimiento',
      'Abandono',
      'Falta de ratificación',
      'Fallecimiento',
      'Traslado',
    ]);
    fireEvent.change(closureReason, { target: { value: 'abandoned' } });
    fireEvent.change(panel.getByLabelText('Motivo'), {
      target: { value: 'Cuatro semanas sin firma semanal' },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));

    expect(await panel.findByText('Paso registrado: Cerrar expediente.')).toBeTruthy();
    expect(panel.getByText('Cerrada')).toBeTruthy();
    expect(panel.getByRole('button', { name: 'Reabrir expediente' })).toBeTruthy();
    const post = posts(requests)[0]!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${closable.id}/actions/close`);
    expect(body(post.init)).toEqual({
      version: 7,
      data: { closureReason: 'abandoned', reason: 'Cuatro semanas sin firma semanal' },
    });
    // The answer replaced the case: it was not read again.
    expect(caseFileLoads(requests)).toHaveLength(1);
  });

  it('reopens with a ground the procedure lists, the reason, and the version', async () => {
    const reopened: CaseDetail = { ...closable, stage: 'assessment', version: 9, procedureActions: [] };
    const requests = stubFetch((_url, init) => json(init?.method === 'POST' ? reopened : closed));
    renderSignedIn(<CaseDetailPage id={closed.id} />, { me: supervisor });
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Reabrir expediente' }));
    const ground = panel.getByLabelText('Motivo de la reapertura');
    expect(optionTexts(ground)).toEqual(['Nuevas pruebas', 'Cambio de circunstancias', 'Error']);
    fireEvent.change(ground, { target: { value: 'new_evidence' } });
    fireEvent.change(panel.getByLabelText('Motivo'), { target: { value: 'Aporta nuevas pruebas' } });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));

    expect(await panel.findByText('En evaluación')).toBeTruthy();
    expect(posts(requests)[0]?.url.pathname).toBe(`/api/v1/cases/${closed.id}/actions/reopen`);
    expect(body(posts(requests)[0]?.init)).toEqual({
      version: 8,
      data: { reopeningGround: 'new_evidence', reason: 'Aporta nuevas pruebas' },
    });
  });

  it("shows the server's error on the closure reason next to it, and moves the focus there", async () => {
    stubFetch((_url, init) =>
      init?.method === 'POST'
        ? json(
            {
              error: {
                code: 'validation_failed',
                message: 'data.closureReason: Invalid option',
                fields: [{ path: 'data.closureReason', code: 'invalid_value', message: 'Invalid option' }],
              },
            },
            400,
          )
        : json(closable),
    );
    renderSignedIn(<CaseDetailPage id={closable.id} />, { me: supervisor });
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Cerrar expediente' }));
    fireEvent.change(panel.getByLabelText('Motivo del cierre'), { target: { value: 'not_ratified' } });
    fireEvent.change(panel.getByLabelText('Motivo'), { target: { value: 'No ratificó' } });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));
    const closureReason = panel.getByLabelText('Motivo del cierre');
    await waitFor(() => expect(closureReason.getAttribute('aria-invalid')).toBe('true'));
    expect(description(closureReason)).toBe('Seleccione una opción.');
    expect(panel.getByLabelText('Motivo').getAttribute('aria-invalid')).toBeNull();
    // Focus moves in an effect after the error renders.
    await waitFor(() => expect(document.activeElement).toBe(closureReason));
  });

  it('on a conflict (409) reloads the case, says so, keeps what was typed and retries with the new version', async () => {
    let current = closable;
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST') {
        current = { ...closable, version: 12 };
        return json({ error: { code: 'conflict', message: 'Stale version' } }, 409);
      }
      return json(current);
    });
    renderSignedIn(<CaseDetailPage id={closable.id} />, { me: supervisor });
    const panel = within(await screen.findByRole('region', { name: 'Procedimiento' }));
    fireEvent.click(panel.getByRole('button', { name: 'Cerrar expediente' }));
    fireEvent.change(panel.getByLabelText('Motivo del cierre'), { target: { value: 'withdrawn' } });
    fireEvent.change(panel.getByLabelText('Motivo'), { target: { value: 'Desistió por escrito' } });
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));

    expect(await panel.findByText(/El expediente cambió mientras registraba este paso/)).toBeTruthy();
    await waitFor(() => expect(caseFileLoads(requests)).toHaveLength(2));
    expect((panel.getByLabelText('Motivo') as HTMLTextAreaElement).value).toBe('Desistió por escrito');
    fireEvent.click(panel.getByRole('button', { name: 'Confirmar' }));
    await waitFor(() => expect(posts(requests)).toHaveLength(2));
    expect(body(posts(requests)[1]?.init)).toEqual({
      version: 12,
      data: { closureReason: 'withdrawn', reason: 'Desistió por escrito' },
    });
  });
});
