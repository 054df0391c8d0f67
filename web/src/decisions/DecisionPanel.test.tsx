import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDecisions, DecisionView } from '@refugio/contract';
import { eligibilityOfficer, petronaCase, registrationOfficer, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { DecisionPanel } from './DecisionPanel';

const detail = { ...petronaCase, stage: 'decision_drafted' as const, version: 8 };
const decisionId = '0b1f8a0e-7a43-4c3e-9a57-1f9d3a2b4c51';
const userId = '9c2a1d3e-5b6f-4a7c-8d9e-0f1a2b3c4d5e';
const templateId = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const submitted: DecisionView = {
  id: decisionId,
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  round: 1,
  kind: 'first_instance',
  status: 'submitted',
  outcome: 'rejected',
  currentVersion: 1,
  issuedVersion: null,
  issuedOn: null,
  author: { id: userId, name: 'Oficial Uno' },
  versions: [
    {
      number: 1,
      outcome: 'rejected',
      recognitionBasis: null,
      surPlace: false,
      language: 'spa',
      template: { id: templateId, number: 1, title: 'Resolución' },
      individualExplanation: '',
      reasons: {
        assessmentId: null,
        takenAt: null,
        factsAccepted: [],
        factsRejected: [],
        sections: {},
        complementaryProtection: null,
        sources: [],
      },
      people: [],
      createdBy: { id: userId, name: 'Oficial Uno' },
      createdAt: '2026-11-20T16:00:00.000Z',
      submittedBy: { id: userId, name: 'Oficial Uno' },
      submittedAt: '2026-11-20T16:00:00.000Z',
      contentSha256: 'a'.repeat(64),
      missingFields: [],
      version: 1,
    },
  ],
  reviews: [],
  notifications: [],
  version: 2,
  actions: ['approve', 'return', 'print'],
};

describe('DecisionPanel', () => {
  it('shows each version with its own letter and lets a reviewer return it with comments, sending the versions seen', async () => {
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({
          decision: { ...submitted, status: 'returned', actions: ['print'] },
          case: { ...detail, version: 9 },
        });
      return json({ decisions: [submitted], canDraft: false } satisfies CaseDecisions);
    });
    const onReplace = vi.fn();
    renderSignedIn(<DecisionPanel detail={detail} onReplace={onReplace} onReload={vi.fn()} />, {
      me: supervisor,
    });
    expect(
      (await screen.findByRole('link', { name: 'Resolución, versión 1 (PDF)' })).getAttribute('href'),
    ).toBe(`/api/v1/decisions/${decisionId}/versions/1/letter.pdf`);
    expect(screen.getByRole('button', { name: 'Aprobar' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Observaciones'), { target: { value: 'Precise el riesgo.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Devolver con observaciones' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ version: 9 })));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decisions/${decisionId}/return`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 2,
      caseVersion: 8,
      comments: 'Precise el riesgo.',
    });
    expect(screen.getByText('Se devolvió el proyecto con observaciones a quien lo redactó.')).toBeTruthy();
    // Returned, it shows so at once: nothing left to approve or return.
    expect(screen.queryByRole('button', { name: 'Aprobar' })).toBeNull();
    expect(screen.getByText('Ronda 1 · devuelto con observaciones · autor(a): Oficial Uno')).toBeTruthy();
  });

  it('refuses a return without comments by the field, sending nothing', async () => {
    const requests = stubFetch(() =>
      json({ decisions: [submitted], canDraft: false } satisfies CaseDecisions),
    );
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: supervisor,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Devolver con observaciones' }));
    const comments = screen.getByLabelText('Observaciones');
    await waitFor(() => expect(comments.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
  });

  it('lets the author correct a returned draft from its last version, then submit the new one', async () => {
    const returned: DecisionView = {
      ...submitted,
      status: 'returned',
      version: 3,
      actions: ['edit', 'print'],
      versions: [
        { ...submitted.versions[0]!, outcome: 'complementary_protection', individualExplanation: 'Primera.' },
      ],
      reviews: [
        {
          versionNumber: 1,
          reviewer: { id: userId, name: 'Supervisora' },
          verdict: 'returned',
          comments: 'Cite la fuente.',
          reviewedAt: '2026-11-21T16:00:00.000Z',
        },
      ],
    };
    const corrected: DecisionView = {
      ...returned,
      status: 'draft',
      currentVersion: 2,
      version: 4,
      actions: ['edit', 'submit', 'print'],
      versions: [
        ...returned.versions,
        { ...returned.versions[0]!, number: 2, individualExplanation: 'Corregida.', submittedBy: null },
      ],
    };
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'PUT') return json(corrected);
      if (init?.method === 'POST')
        return json({ decision: { ...corrected, status: 'submitted' }, case: { ...detail, version: 9 } });
      return json({ decisions: [returned], canDraft: false } satisfies CaseDecisions);
    });
    const onReplace = vi.fn();
    renderSignedIn(<DecisionPanel detail={detail} onReplace={onReplace} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText('Versión 1: devuelta por Supervisora: Cite la fuente.')).toBeTruthy();
    // A returned draft is not submitted again as it was: there is nothing to submit until it changes.
    expect(screen.queryByRole('button', { name: 'Enviar a revisión' })).toBeNull();
    const open = screen.getByRole('button', { name: 'Modificar el proyecto' });
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('region', { name: 'Modificar el proyecto' });
    expect((within(form).getByLabelText('Sentido') as HTMLSelectElement).value).toBe(
      'complementary_protection',
    );
    const explanation = within(form).getByLabelText('Explicación individual');
    expect((explanation as HTMLTextAreaElement).value).toBe('Primera.');
    fireEvent.change(explanation, { target: { value: 'Corregida.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Guardar el proyecto' }));
    expect(await screen.findByText('Se guardó la versión 2 del proyecto.')).toBeTruthy();
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/decisions/${decisionId}/draft`);
    expect(JSON.parse(String(put.init?.body))).toEqual({
      version: 3,
      outcome: 'complementary_protection',
      recognitionBasis: null,
      surPlace: false,
      individualExplanation: 'Corregida.',
      people: [{ personId: petronaCase.people[1]!.id, followsPrincipal: true, outcome: null, reasons: '' }],
    });
    expect(screen.getByRole('link', { name: 'Resolución, versión 2 (PDF)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enviar a revisión' }));
    await waitFor(() => expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ version: 9 })));
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decisions/${decisionId}/submit`);
    expect(JSON.parse(String(post.init?.body))).toEqual({ version: 4, caseVersion: 8 });
  });

  it("records a deciding body's resolution of a referred draft with its date and number", async () => {
    const referred: DecisionView = {
      ...submitted,
      status: 'referred',
      version: 3,
      actions: ['record_resolution', 'return', 'print'],
    };
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({
          decision: {
            ...referred,
            status: 'issued',
            issuedVersion: 1,
            issuedOn: '2026-11-26',
            actions: ['print'],
          },
          case: { ...detail, version: 9 },
        });
      return json({ decisions: [referred], canDraft: false } satisfies CaseDecisions);
    });
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: supervisor,
    });
    const form = await screen.findByRole('region', { name: 'Registrar la resolución del órgano' });
    // Both ways out of a referral: the body adopted the draft, or it is returned to be redrafted.
    expect(screen.getByRole('region', { name: 'Devolver con observaciones' })).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar la resolución del órgano' }));
    const date = within(form).getByLabelText('Fecha de la resolución del órgano');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
    fireEvent.change(date, { target: { value: '26/11/2026' } });
    fireEvent.change(within(form).getByLabelText('Número o referencia de la resolución'), {
      target: { value: 'CVRR-123-2026' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar la resolución del órgano' }));
    expect(
      await screen.findByText('Se registró la resolución del órgano: la resolución quedó emitida.'),
    ).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decisions/${decisionId}/body-resolution`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 3,
      caseVersion: 8,
      resolvedOn: '2026-11-26',
      reference: 'CVRR-123-2026',
      agreesWithRecommendation: true,
    });
  });

  it('records the notification of an issued decision with its date typed as dd/mm/yyyy', async () => {
    const issued: DecisionView = {
      ...submitted,
      status: 'issued',
      issuedVersion: 1,
      issuedOn: '2026-11-27',
      version: 5,
      actions: ['notify', 'print'],
    };
    const notification = {
      id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      personId: petronaCase.people[0]!.id,
      notifiedOn: '2026-11-27',
      method: 'in_person' as const,
      explainedIn: 'quc',
      proofKind: 'signed_acknowledgement' as const,
      proofReference: 'Acuse 12/2026',
      correctsId: null,
      correctionReason: '',
      recordedBy: { id: userId, name: 'Supervisora' },
      recordedAt: '2026-11-27T17:00:00.000Z',
    };
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({
          decision: { ...issued, status: 'notified', notifications: [notification], version: 6 },
          case: { ...detail, version: 9 },
        });
      return json({ decisions: [issued], canDraft: false } satisfies CaseDecisions);
    });
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: supervisor,
    });
    const form = await screen.findByRole('region', { name: 'Registrar notificación' });
    expect(
      (within(form).getByLabelText('Idioma en que se explicó la resolución') as HTMLSelectElement).value,
    ).toBe('quc');
    fireEvent.change(within(form).getByLabelText('Fecha de notificación'), {
      target: { value: '27/11/2026' },
    });
    fireEvent.change(within(form).getByLabelText('Referencia de la constancia'), {
      target: { value: 'Acuse 12/2026' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar notificación' }));
    expect(await screen.findByText('Se registró la notificación.')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decisions/${decisionId}/notifications`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 5,
      caseVersion: 8,
      personId: petronaCase.people[0]!.id,
      notifiedOn: '2026-11-27',
      method: 'in_person',
      explainedIn: 'quc',
      proofKind: 'signed_acknowledgement',
      proofReference: 'Acuse 12/2026',
    });
    // Recorded: listed, and the form (still offered, for another person) starts blank again.
    expect(screen.getByText(/27\/11\/2026 · personal · acuse firmado Acuse 12\/2026/)).toBeTruthy();
    const again = screen.getByRole('region', { name: 'Registrar notificación' });
    expect((within(again).getByLabelText('Referencia de la constancia') as HTMLInputElement).value).toBe('');
  });

  it('refuses a notification without its proof by the field', async () => {
    const issued: DecisionView = { ...submitted, status: 'issued', version: 5, actions: ['notify', 'print'] };
    const requests = stubFetch(() => json({ decisions: [issued], canDraft: false } satisfies CaseDecisions));
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: supervisor,
    });
    const form = await screen.findByRole('region', { name: 'Registrar notificación' });
    fireEvent.change(within(form).getByLabelText('Fecha de notificación'), {
      target: { value: '27/11/2026' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar notificación' }));
    const reference = within(form).getByLabelText('Referencia de la constancia');
    await waitFor(() => expect(reference.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);
  });

  it('offers a draft where none exists, asking the basis only for a recognition', async () => {
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({ ...submitted, status: 'draft', actions: ['edit', 'submit', 'print'] }, 201);
      return json({ decisions: [], canDraft: true } satisfies CaseDecisions);
    });
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(await screen.findByText('Todavía no hay proyecto de resolución.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Redactar en página completa' }).getAttribute('href')).toBe(
      `/cases/${petronaCase.id}/decision`,
    );
    expect(screen.queryByLabelText('Fundamento del reconocimiento')).toBeNull();
    fireEvent.change(screen.getByLabelText('Sentido'), { target: { value: 'recognized' } });
    expect(screen.getByLabelText('Fundamento del reconocimiento')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Explicación individual'), {
      target: { value: 'Persecución política.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Crear proyecto' }));
    expect(await screen.findByText('Se creó el proyecto de resolución (versión 1).')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/decisions`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      outcome: 'recognized',
      recognitionBasis: 'refugee_definition',
      surPlace: false,
      individualExplanation: 'Persecución política.',
      // The dependant follows the principal unless decided separately.
      people: [{ personId: petronaCase.people[1]!.id, followsPrincipal: true, outcome: null, reasons: '' }],
    });
    expect(screen.getByRole('button', { name: 'Enviar a revisión' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Crear proyecto' })).toBeNull();
  });

  it('names in Spanish what a draft still lacks, and does not let it be submitted', async () => {
    const lacking: DecisionView = {
      ...submitted,
      status: 'draft',
      actions: ['edit', 'submit', 'print'],
      versions: [
        {
          ...submitted.versions[0]!,
          submittedBy: null,
          missingFields: ['reasons.credibility', 'reasons.complementaryProtection', 'future.field'],
        },
      ],
    };
    stubFetch(() => json({ decisions: [lacking], canDraft: false } satisfies CaseDecisions));
    renderSignedIn(<DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />, {
      me: eligibilityOfficer,
    });
    expect(
      await screen.findByText(
        'Faltan datos en la resolución: credibilidad, protección complementaria, future.field.',
      ),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Enviar a revisión' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('renders nothing for those who may not read the reasons', async () => {
    const requests = stubFetch(() => json({ error: { code: 'forbidden', message: 'no' } }, 403));
    const { container } = renderSignedIn(
      <DecisionPanel detail={detail} onReplace={vi.fn()} onReload={vi.fn()} />,
      {
        me: registrationOfficer,
      },
    );
    // Not even asked for: the server would refuse it (403), and the browser would log the refusal.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);
    expect(container.innerHTML).toBe('');
  });
});
