import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseAssessment, CaseDecisions, DecisionView } from '@refugio/contract';
import { draftAssessment } from '../assessments/assessment.fixtures';
import { eligibilityOfficer, petronaCase } from '../testing/fixtures';
import { json, renderSignedIn, stubFetch } from '../testing/render';
import { DecisionDraftPage } from './DecisionDraftPage';

const detail = { ...petronaCase, stage: 'assessment' as const, version: 8 };
const decisionId = '0b1f8a0e-7a43-4c3e-9a57-1f9d3a2b4c51';
const userId = '9c2a1d3e-5b6f-4a7c-8d9e-0f1a2b3c4d5e';

const assessment: CaseAssessment = {
  assessment: {
    ...draftAssessment,
    caseId: petronaCase.id,
    facts: [
      {
        id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
        position: 1,
        statement: 'Amenazas de una pandilla en 2025.',
        finding: 'accepted',
        reasons: 'Coherente con la información del país.',
        rejectionGrounds: [],
        putToApplicant: null,
        version: 1,
      },
    ],
    sections: draftAssessment.sections.map((s) =>
      s.id === 'credibility' ? { ...s, content: { reasons: 'El relato es detallado y coherente.' } } : s,
    ),
  },
  canStart: false,
  caseVersion: 8,
};

const drafted: DecisionView = {
  id: decisionId,
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  round: 1,
  kind: 'first_instance',
  status: 'draft',
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
      template: { id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', number: 1, title: 'Resolución' },
      individualExplanation: 'Explicación.',
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
      submittedBy: null,
      submittedAt: null,
      contentSha256: null,
      missingFields: [],
      letterPreview: [
        { type: 'heading', text: 'Comisión Mexicana de Ayuda a Refugiados' },
        { type: 'paragraph', text: 'Tercero. Respecto de los familiares incluidos en la solicitud:' },
        { type: 'list', items: ['Juana Tum Pérez: Protección complementaria, decidido por separado.'] },
        { type: 'signature', lines: ['[signatory.name]'] },
      ],
      version: 1,
    },
  ],
  reviews: [],
  notifications: [],
  version: 1,
  actions: ['edit', 'submit', 'print'],
};

function stub(decisions: CaseDecisions) {
  return stubFetch((url, init) => {
    if (init?.method === 'POST') return json(drafted, 201);
    if (url.pathname.endsWith('/assessment')) return json(assessment);
    if (url.pathname.endsWith('/decisions')) return json(decisions);
    return json(detail);
  });
}

const page = () =>
  renderSignedIn(<DecisionDraftPage params={{ id: petronaCase.id }} />, {
    me: eligibilityOfficer,
    path: `/cases/${petronaCase.id}/decision`,
  });

describe('DecisionDraftPage', () => {
  it('drafts beside the assessment, then shows the letter of the saved version', async () => {
    const requests = stub({ decisions: [], canDraft: true });
    page();
    expect(await screen.findByRole('heading', { level: 1, name: 'Proyecto de resolución' })).toBeTruthy();
    const summary = await screen.findByRole('region', { name: 'Evaluación de elegibilidad' });
    expect(within(summary).getByText('Amenazas de una pandilla en 2025.')).toBeTruthy();
    expect(within(summary).getByText('El relato es detallado y coherente.')).toBeTruthy();
    expect(screen.getByText('La vista previa aparece al crear el proyecto.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Volver al expediente' }).getAttribute('href')).toBe(
      `/cases/${petronaCase.id}`,
    );

    fireEvent.change(screen.getByLabelText('Explicación individual'), { target: { value: 'Explicación.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crear proyecto' }));
    expect(await screen.findByText('Se creó el proyecto de resolución (versión 1).')).toBeTruthy();
    const post = requests.find((r) => r.init?.method === 'POST')!;
    expect(post.url.pathname).toBe(`/api/v1/cases/${petronaCase.id}/decisions`);
    expect(JSON.parse(String(post.init?.body))).toMatchObject({
      outcome: 'rejected',
      individualExplanation: 'Explicación.',
    });
    // Now a version exists: its letter is previewed as the model fills it, its PDF a link away, and the
    // form edits it.
    const preview = await screen.findByRole('region', { name: 'Vista previa de la resolución' });
    expect(within(preview).getByText('Comisión Mexicana de Ayuda a Refugiados')).toBeTruthy();
    expect(
      within(preview).getByText('Juana Tum Pérez: Protección complementaria, decidido por separado.'),
    ).toBeTruthy();
    expect(
      within(preview).getByRole('link', { name: 'Resolución, versión 1 (PDF)' }).getAttribute('href'),
    ).toBe(`/api/v1/decisions/${decisionId}/versions/1/letter.pdf`);
    expect(screen.getByRole('heading', { name: 'Versión 1 del proyecto' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar el proyecto' })).toBeTruthy();
  });

  it('corrects the current version in place, sending the version seen', async () => {
    const requests = stubFetch((url, init) => {
      if (init?.method === 'PUT') return json({ ...drafted, version: 2 });
      if (url.pathname.endsWith('/assessment')) return json(assessment);
      if (url.pathname.endsWith('/decisions')) return json({ decisions: [drafted], canDraft: false });
      return json(detail);
    });
    page();
    const explanation = await screen.findByLabelText('Explicación individual');
    expect((explanation as HTMLTextAreaElement).value).toBe('Explicación.');
    fireEvent.change(explanation, { target: { value: 'Explicación ampliada.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar el proyecto' }));
    expect(await screen.findByText('Se guardó la versión 1 del proyecto.')).toBeTruthy();
    const put = requests.find((r) => r.init?.method === 'PUT')!;
    expect(put.url.pathname).toBe(`/api/v1/decisions/${decisionId}/draft`);
    expect(JSON.parse(String(put.init?.body))).toMatchObject({
      version: 1,
      individualExplanation: 'Explicación ampliada.',
    });
  });

  it('says when there is nothing to draft, offering no form', async () => {
    stub({ decisions: [{ ...drafted, status: 'submitted', actions: ['print'] }], canDraft: false });
    page();
    expect(await screen.findByText(/No hay proyecto que redactar ahora/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Crear proyecto|Guardar/ })).toBeNull());
  });
});
