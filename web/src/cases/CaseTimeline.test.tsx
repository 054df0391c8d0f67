import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseEventView } from '@refugio/contract';
import { renderSignedIn } from '../testing/render';
import { CaseTimeline } from './CaseTimeline';

const marta = { id: '5b1f4c7e-2a3d-4e6f-8a9b-0c1d2e3f4a5b', name: 'Marta Supervisora Ruiz' };
const at = (minute: number) => `2026-12-02T16:${String(minute).padStart(2, '0')}:00.000Z`;

const events: CaseEventView[] = [
  {
    id: '40',
    type: 'clock_suspended',
    occurredAt: at(0),
    actor: marta,
    data: {
      suspensionId: '4f0e2c55-3f7b-4b8e-9a57-6c1a2b3c4d5e',
      startsOn: '2026-12-02',
      endsOn: null,
      legalBasis: 'LRPCAP art. 24',
      changes: [{ limit: 'first_instance_decision', from: '2027-01-25', to: null }],
    },
  },
  {
    id: '41',
    type: 'deadlines_recomputed',
    occurredAt: at(1),
    actor: marta,
    data: {
      recomputationId: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      cause: { kind: 'suspension', change: 'created', id: 'x', legalBasis: 'Acuerdo COMAR 01/2026' },
      changes: [
        { limit: 'first_instance_decision', from: '2026-05-13', to: '2026-05-25' },
        { limit: 'appeal_filing', from: '2026-06-01', to: null },
      ],
    },
  },
  {
    id: '42',
    type: 'deadline_extended',
    occurredAt: at(2),
    actor: marta,
    data: { limit: 'first_instance_decision', reason: 'health', length: 10, note: 'Hospitalizada' },
  },
  { id: '43', type: 'clock_suspension_lifted', occurredAt: at(3), actor: marta, data: { unexpected: true } },
];

const row = (index: number) => within(screen.getAllByRole('row')[index + 1]!);

describe('CaseTimeline', () => {
  it('names the deadline events and says what moved, with dd/mm/yyyy dates', () => {
    renderSignedIn(<CaseTimeline events={events} timeZone="America/Mexico_City" />);
    expect(row(0).getByText('Plazos suspendidos')).toBeTruthy();
    expect(
      row(0)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'desde el 02/12/2026, sin fecha de término · LRPCAP art. 24',
      'Resolución de primera instancia: 25/01/2027 → suspendido',
    ]);
    expect(row(1).getByText('Plazos recalculados')).toBeTruthy();
    expect(
      row(1)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Por una suspensión de plazos · Acuerdo COMAR 01/2026',
      'Resolución de primera instancia: 13/05/2026 → 25/05/2026',
      'Interponer el recurso: 01/06/2026 → suspendido',
    ]);
    expect(row(2).getByText('Plazo ampliado')).toBeTruthy();
    expect(row(2).getByText('Resolución de primera instancia: +10 (Razones de salud)')).toBeTruthy();
    // Data the UI cannot read shows the label alone rather than breaking the timeline.
    expect(row(3).getByText('Suspensión de plazos levantada')).toBeTruthy();
    expect(row(3).queryByRole('list')).toBeNull();
  });

  it('says what a procedure step recorded: its date, outcome and closure reason', () => {
    const steps: CaseEventView[] = [
      {
        id: '60',
        type: 'schedule_interview',
        occurredAt: at(20),
        actor: marta,
        data: {
          action: 'schedule_interview',
          fromStage: 'registered',
          toStage: 'interview_scheduled',
          outcome: null,
          closureReason: null,
          marks: null,
          clears: [],
          data: { interviewDate: '2026-12-10' },
        },
      },
      {
        id: '61',
        type: 'close',
        occurredAt: at(21),
        actor: marta,
        data: {
          action: 'close',
          outcome: null,
          closureReason: 'withdrawn',
          data: { closureReason: 'withdrawn', reason: 'Desistió por escrito' },
        },
      },
    ];
    renderSignedIn(<CaseTimeline events={steps} timeZone="America/Mexico_City" />);
    expect(row(0).getByText('Fecha de la entrevista: 10/12/2026')).toBeTruthy();
    expect(
      row(1)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Motivo del cierre: Desistimiento', 'Motivo: Desistió por escrito']);
  });

  it('reads in English', () => {
    renderSignedIn(<CaseTimeline events={events} timeZone="America/Mexico_City" />, { language: 'en' });
    expect(row(1).getByText('Time limits recomputed')).toBeTruthy();
    expect(row(1).getByText('First-instance decision: 13/05/2026 → 25/05/2026')).toBeTruthy();
    expect(row(2).getByText('Time limit extended')).toBeTruthy();
  });

  it('names the triage, presentation and assignment events, with names for the ids they record', () => {
    const pedro = { id: '0c9e6b1a-7d2f-4c3b-8e5a-9f1d2c3b4a5e', name: 'Pedro Elegible' };
    const caseFile: CaseEventView[] = [
      {
        id: '50',
        type: 'application_registered',
        occurredAt: at(10),
        actor: marta,
        data: { people: 1, caseNumber: 'COMAR-TAP-2026-000030', track: 'accelerated', triageRule: 'x' },
      },
      {
        id: '51',
        type: 'track_overridden',
        occurredAt: at(11),
        actor: marta,
        data: { from: 'accelerated', to: 'merged_registration_rsd', reason: 'Necesidades específicas' },
      },
      {
        id: '52',
        type: 'presentation_recorded',
        occurredAt: at(12),
        actor: marta,
        data: { date: '2026-12-02' },
      },
      {
        id: '53',
        type: 'case_assigned',
        occurredAt: at(13),
        actor: marta,
        data: { from: null, to: pedro.id },
      },
      {
        id: '54',
        type: 'case_assigned',
        occurredAt: at(14),
        actor: marta,
        data: { from: pedro.id, to: null },
      },
      // A user the case file does not mention: the label alone, no guessed name.
      {
        id: '55',
        type: 'case_assigned',
        occurredAt: at(15),
        actor: marta,
        data: { from: null, to: marta.id.replace('5b', '6c') },
      },
    ];
    const users = new Map([[pedro.id, pedro.name]]);
    renderSignedIn(<CaseTimeline events={caseFile} timeZone="America/Mexico_City" users={users} />);
    const lines = (index: number) =>
      row(index)
        .queryAllByRole('listitem')
        .map((li) => li.textContent);
    expect(lines(0)).toEqual(['Vía de procesamiento: Procedimiento acelerado']);
    expect(row(1).getByText('Vía de procesamiento cambiada')).toBeTruthy();
    // A track the profile does not list is named by its translated id.
    expect(lines(1)).toEqual([
      'Procedimiento acelerado → Registro y determinación fusionados',
      'Motivo: Necesidades específicas',
    ]);
    expect(row(2).getByText('Firma registrada')).toBeTruthy();
    expect(lines(2)).toEqual(['Firma del 02/12/2026']);
    expect(row(3).getByText('Caso asignado')).toBeTruthy();
    expect(lines(3)).toEqual(['A cargo: Pedro Elegible']);
    expect(lines(4)).toEqual(['Quedó sin asignar']);
    expect(row(5).getByText('Caso asignado')).toBeTruthy();
    expect(lines(5)).toEqual([]);
  });
});
