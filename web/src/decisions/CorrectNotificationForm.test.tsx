import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CaseDecisions, DecisionNotificationView, DecisionView } from '@refugio/contract';
import { petronaCase, supervisor } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { DecisionPanel } from './DecisionPanel';

const detail = { ...petronaCase, stage: 'notified' as const, version: 12 };
const decisionId = '0b1f8a0e-7a43-4c3e-9a57-1f9d3a2b4c51';
const userId = '9c2a1d3e-5b6f-4a7c-8d9e-0f1a2b3c4d5e';
const principal = petronaCase.people[0]!;

const notification: DecisionNotificationView = {
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  personId: principal.id,
  notifiedOn: '2026-11-27',
  method: 'in_person',
  explainedIn: 'quc',
  proofKind: 'signed_acknowledgement',
  proofReference: 'Acuse 12/2026',
  correctsId: null,
  correctionReason: '',
  recordedBy: { id: userId, name: 'Supervisora' },
  recordedAt: '2026-11-27T17:00:00.000Z',
};

const notified: DecisionView = {
  id: decisionId,
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  round: 1,
  kind: 'first_instance',
  status: 'notified',
  outcome: 'rejected',
  currentVersion: 1,
  issuedVersion: 1,
  issuedOn: '2026-11-26',
  author: { id: userId, name: 'Oficial Uno' },
  versions: [
    {
      number: 1,
      outcome: 'rejected',
      recognitionBasis: null,
      surPlace: true,
      language: 'spa',
      template: { id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', number: 1, title: 'Resolución' },
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
      people: [
        {
          personId: principal.id,
          name: 'Petrona Pérez López',
          role: 'principal',
          outcome: 'rejected',
          followsPrincipal: true,
          reasons: '',
        },
        {
          personId: petronaCase.people[1]!.id,
          name: 'Juana Tum Pérez',
          role: 'dependant',
          outcome: 'complementary_protection',
          followsPrincipal: false,
          reasons: 'Riesgo propio.',
        },
      ],
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
  notifications: [notification],
  version: 7,
  actions: ['notify', 'correct_notification', 'print'],
};

describe('correcting a notification from the decision panel', () => {
  it("shows the version's separate decision and sur place, and corrects a notification with its reason", async () => {
    const correction: DecisionNotificationView = {
      ...notification,
      id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
      notifiedOn: '2026-11-28',
      method: 'registered_mail',
      correctsId: notification.id,
      correctionReason: 'Se notificó por correo.',
    };
    const requests = stubFetch((_url, init) => {
      if (init?.method === 'POST')
        return json({
          decision: { ...notified, notifications: [notification, correction], version: 8 },
          case: { ...detail, version: 13 },
        });
      return json({ decisions: [notified], canDraft: false } satisfies CaseDecisions);
    });
    const onReplace = vi.fn();
    renderSignedIn(<DecisionPanel detail={detail} onReplace={onReplace} onReload={vi.fn()} />, {
      me: supervisor,
    });
    expect(await screen.findByText('Solicitud sur place.')).toBeTruthy();
    expect(
      screen.getByText(/Juana Tum Pérez: Protección complementaria, decidido por separado: Riesgo propio\./),
    ).toBeTruthy();

    const open = screen.getByRole('button', { name: 'Corregir la notificación de Petrona Pérez López' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('region', { name: 'Corregir la notificación de Petrona Pérez López' });
    // The form starts from what was recorded.
    expect((within(form).getByLabelText('Fecha de notificación') as HTMLInputElement).value).toBe(
      '27/11/2026',
    );
    expect((within(form).getByLabelText('Referencia de la constancia') as HTMLInputElement).value).toBe(
      'Acuse 12/2026',
    );

    // No reason: refused by the field, nothing sent.
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar la corrección' }));
    const reason = within(form).getByLabelText('Motivo de la corrección');
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.filter((r) => r.init?.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('Fecha de notificación'), {
      target: { value: '28/11/2026' },
    });
    fireEvent.change(within(form).getByLabelText('Medio de notificación'), {
      target: { value: 'registered_mail' },
    });
    fireEvent.change(reason, { target: { value: 'Se notificó por correo.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrar la corrección' }));
    expect(
      await screen.findByText('Se registró la corrección de la notificación; la anterior se conserva.'),
    ).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/decision-notifications/${notification.id}/correct`);
    expect(JSON.parse(String(post.init?.body))).toEqual({
      version: 7,
      caseVersion: 12,
      notifiedOn: '2026-11-28',
      method: 'registered_mail',
      explainedIn: 'quc',
      proofKind: 'signed_acknowledgement',
      proofReference: 'Acuse 12/2026',
      reason: 'Se notificó por correo.',
    });
    expect(onReplace).toHaveBeenCalledWith(expect.objectContaining({ version: 13 }));
    // Both stay listed: the first marked as corrected, only the correction may be corrected again.
    const list = screen.getByRole('heading', { name: 'Notificaciones' }).nextElementSibling as HTMLElement;
    expect(within(list).getByText(/27\/11\/2026 · personal .* corregida después/)).toBeTruthy();
    expect(
      within(list).getByText(/28\/11\/2026 · correo certificado .* corrección: Se notificó por correo\./),
    ).toBeTruthy();
    expect(within(list).getAllByRole('button', { name: /Corregir la notificación/ })).toHaveLength(1);
  });
});
