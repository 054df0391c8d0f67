import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DecisionVersionView, DecisionView } from '@refugio/contract';
import { petronaCase } from '../testing/fixtures';
import { renderSignedIn } from '../testing/render';
import { DraftDecisionForm, type DraftFields } from './DraftDecisionForm';

const [principal, dependant] = petronaCase.people;

function renderForm(from?: DecisionVersionView) {
  const save = vi.fn<(fields: DraftFields) => Promise<DecisionView>>(() => new Promise(() => {}));
  renderSignedIn(
    <DraftDecisionForm
      idPrefix="draft"
      people={petronaCase.people}
      from={from}
      submitLabel="Crear proyecto"
      save={save}
      onSaved={vi.fn()}
      onConflict={vi.fn()}
    />,
  );
  return save;
}

describe('DraftDecisionForm', () => {
  it('decides a dependant separately with their own outcome and reasons, and marks a sur place claim', async () => {
    const save = renderForm();
    const family = screen.getByRole('group', { name: 'Familiares incluidos en la solicitud' });
    // The principal is not offered: their outcome is the decision's.
    expect(within(family).queryByLabelText(/Petrona/)).toBeNull();
    expect(within(family).queryByLabelText('Sentido para Juana Tum Pérez')).toBeNull();
    fireEvent.click(within(family).getByLabelText('Decidir por separado a Juana Tum Pérez'));
    fireEvent.change(within(family).getByLabelText('Sentido para Juana Tum Pérez'), {
      target: { value: 'recognized' },
    });
    fireEvent.change(within(family).getByLabelText('Por qué se decide por separado a Juana Tum Pérez'), {
      target: { value: 'Riesgo propio de reclutamiento.' },
    });
    fireEvent.click(screen.getByLabelText(/Solicitud sur place/));
    fireEvent.click(screen.getByRole('button', { name: 'Crear proyecto' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]![0]).toEqual({
      outcome: 'rejected',
      recognitionBasis: null,
      surPlace: true,
      individualExplanation: '',
      people: [
        {
          personId: dependant!.id,
          followsPrincipal: false,
          outcome: 'recognized',
          reasons: 'Riesgo propio de reclutamiento.',
        },
      ],
    });
    expect(principal).toBeDefined();
  });

  it('refuses a separate decision without its outcome and reasons, by the field, saving nothing', async () => {
    const save = renderForm();
    fireEvent.click(screen.getByLabelText('Decidir por separado a Juana Tum Pérez'));
    fireEvent.click(screen.getByRole('button', { name: 'Crear proyecto' }));
    const reasons = screen.getByLabelText('Por qué se decide por separado a Juana Tum Pérez');
    await waitFor(() => expect(reasons.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByLabelText('Sentido para Juana Tum Pérez').getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });

  it('starts a correction from the version: the separate decision and sur place as they were', () => {
    renderForm({
      number: 1,
      outcome: 'rejected',
      recognitionBasis: null,
      surPlace: true,
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
      people: [
        {
          personId: dependant!.id,
          name: 'Juana Tum Pérez',
          role: 'dependant',
          outcome: 'complementary_protection',
          followsPrincipal: false,
          reasons: 'Riesgo propio.',
        },
      ],
      createdBy: { id: principal!.id, name: 'Oficial' },
      createdAt: '2026-11-20T16:00:00.000Z',
      submittedBy: null,
      submittedAt: null,
      contentSha256: null,
      missingFields: [],
      version: 1,
    });
    expect((screen.getByLabelText(/Solicitud sur place/) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByLabelText('Decidir por separado a Juana Tum Pérez') as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByLabelText('Sentido para Juana Tum Pérez') as HTMLSelectElement).value).toBe(
      'complementary_protection',
    );
    expect(
      (screen.getByLabelText('Por qué se decide por separado a Juana Tum Pérez') as HTMLTextAreaElement)
        .value,
    ).toBe('Riesgo propio.');
  });
});
