import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import { loadAllCountryProfiles, loadCountryProfile } from '../countries/country-profile.loader';
import { INITIAL_STATE, type ActionId, type ProcedureState } from './procedure';
import { stateFor, validData } from './procedure.fixtures';
import {
  allowedActions,
  applyTransition,
  transitionFailureToAppError,
  type TransitionResult,
} from './transition';

const profiles = loadAllCountryProfiles();

function failure(result: TransitionResult) {
  if (result.ok) throw new Error(`expected a failure, got a move to ${result.state.stage}`);
  return result.error;
}

describe.each(profiles.map((p) => [p.code, p.procedure] as const))('%s procedure', (_code, procedure) => {
  it('lets every allowed role take every transition from every stage it starts from, and no other role', () => {
    for (const t of procedure.transitions) {
      for (const stage of t.from) {
        const state = stateFor(t, stage);
        for (const role of roles) {
          const result = applyTransition(procedure, state, t.action, role, validData(procedure, t));
          if (t.roles.includes(role)) {
            expect(result, `${t.action} by ${role} from ${stage}`).toMatchObject({
              ok: true,
              state: { stage: t.to },
              event: { action: t.action, fromStage: stage, toStage: t.to, actorRole: role },
            });
          } else {
            expect(failure(result).code, `${t.action} by ${role}`).toBe('role_not_allowed');
          }
        }
      }
    }
  });

  it('refuses an action when a required field is missing, naming the field', () => {
    for (const t of procedure.transitions) {
      for (const field of t.requires) {
        const data: Record<string, unknown> = { ...validData(procedure, t) };
        delete data[field];
        const error = failure(
          applyTransition(procedure, stateFor(t, t.from[0]!), t.action, t.roles[0]!, data),
        );
        expect(error.code, `${t.action} without ${field}`).toBe('invalid_data');
        expect(error).toMatchObject({ fields: [{ path: field, code: 'required' }] });
      }
    }
  });

  it('refuses every transition from a stage it does not start from', () => {
    for (const t of procedure.transitions) {
      for (const { id: stage } of procedure.stages.filter((s) => !t.from.includes(s.id))) {
        const result = applyTransition(
          procedure,
          stateFor(t, stage),
          t.action,
          t.roles[0]!,
          validData(procedure, t),
        );
        expect(failure(result), `${t.action} from ${stage}`).toMatchObject({
          code: 'stage_not_allowed',
          allowedFrom: t.from,
        });
      }
    }
  });

  it('offers exactly the actions that would succeed for the role', () => {
    for (const stage of procedure.stages) {
      for (const outcome of [null, ...procedure.outcomes.map((o) => o.id)]) {
        const state: ProcedureState = { stage: stage.id, outcome };
        for (const role of roles) {
          const offered = allowedActions(procedure, state, role);
          const succeeding = procedure.transitions
            .filter((t) => applyTransition(procedure, state, t.action, role, validData(procedure, t)).ok)
            .map((t) => t.action);
          expect(offered, `${stage.id}/${outcome}/${role}`).toEqual(succeeding);
        }
      }
    }
  });

  it('records the event a deadline runs from, dated by the data', () => {
    for (const t of procedure.transitions.filter((x) => x.marks !== undefined)) {
      const result = applyTransition(
        procedure,
        stateFor(t, t.from[0]!),
        t.action,
        t.roles[0]!,
        validData(procedure, t),
      );
      expect(result, t.action).toMatchObject({
        ok: true,
        event: { marks: { event: t.marks, date: '2026-03-02' } },
      });
    }
  });
});

describe('Mexico (LRPCAP)', () => {
  const mex = loadCountryProfile('MEX').procedure;
  const assessment: ProcedureState = { stage: 'assessment', outcome: null };
  const reasons = 'No se acreditó un temor fundado de persecución.';
  const refuse = (data: Record<string, unknown>) =>
    applyTransition(mex, assessment, 'draft_refusal', 'eligibility_officer', {
      decisionReasons: reasons,
      ...data,
    });

  it('refuses a refusal that does not assess complementary protection (arts. 29–30)', () => {
    expect(failure(refuse({ outcome: 'rejected' }))).toEqual({
      code: 'invalid_data',
      message: expect.stringContaining('complementaryProtectionAssessment'),
      fields: [{ path: 'complementaryProtectionAssessment', code: 'required', message: expect.any(String) }],
    });
  });

  it('refuses an assessment that contradicts the outcome', () => {
    const error = failure(
      refuse({ outcome: 'rejected', complementaryProtectionAssessment: { protectionNeeded: true, reasons } }),
    );
    expect(error).toMatchObject({
      code: 'invalid_data',
      fields: [
        { path: 'complementaryProtectionAssessment.protectionNeeded', code: 'inconsistent_with_outcome' },
      ],
    });
  });

  it('names the nested field of an incomplete assessment', () => {
    const error = failure(
      refuse({ outcome: 'rejected', complementaryProtectionAssessment: { protectionNeeded: false } }),
    );
    expect(error).toMatchObject({ fields: [{ path: 'complementaryProtectionAssessment.reasons' }] });
  });

  it('records complementary protection in the same resolution as the refusal of refugee status', () => {
    const result = refuse({
      outcome: 'complementary_protection',
      complementaryProtectionAssessment: { protectionNeeded: true, reasons: 'Riesgo de tortura al retorno.' },
    });
    expect(result).toMatchObject({
      ok: true,
      state: { stage: 'decision_drafted', outcome: 'complementary_protection' },
      event: { outcome: 'complementary_protection' },
    });
  });

  it('does not need the assessment to recognise refugee status', () => {
    const result = applyTransition(mex, assessment, 'draft_recognition', 'eligibility_officer', {
      decisionReasons: reasons,
    });
    expect(result).toMatchObject({ ok: true, state: { stage: 'decision_drafted', outcome: 'recognized' } });
  });

  it('names a malformed field and refuses one the action does not take', () => {
    const error = failure(
      applyTransition(
        mex,
        { stage: 'decision_drafted', outcome: 'rejected' },
        'issue_decision',
        'supervisor',
        {
          decisionDate: '2026-02-30',
          decisionReason: 'typo',
        },
      ),
    );
    expect(error).toMatchObject({
      code: 'invalid_data',
      fields: [
        { path: 'decisionReason', code: 'not_allowed' },
        { path: 'decisionDate', code: 'invalid_format' },
      ],
    });
  });

  it('refuses a closure reason that this action does not record', () => {
    const error = failure(
      applyTransition(mex, { stage: 'registered', outcome: null }, 'close', 'supervisor', {
        closureReason: 'final_decision',
        reason: 'No hay resolución.',
      }),
    );
    expect(error).toMatchObject({ code: 'invalid_data', fields: [{ path: 'closureReason' }] });
  });

  it('offers the appeal for review only after a negative resolution (art. 25)', () => {
    const notified = (outcome: ProcedureState['outcome']): ProcedureState => ({ stage: 'notified', outcome });
    expect(allowedActions(mex, notified('rejected'), 'appeals_officer')).toEqual(['lodge_appeal']);
    expect(allowedActions(mex, notified('recognized'), 'appeals_officer')).toEqual([]);
    const error = failure(
      applyTransition(mex, notified('recognized'), 'lodge_appeal', 'appeals_officer', {
        appealDate: '2026-03-02',
      }),
    );
    expect(error).toMatchObject({
      code: 'outcome_not_allowed',
      allowedOutcomes: ['rejected', 'complementary_protection'],
    });
  });

  it('does not know actions that Mexican law does not have', () => {
    const error = failure(applyTransition(mex, INITIAL_STATE, 'examine_admissibility', 'supervisor', {}));
    expect(error.code).toBe('unknown_action');
  });

  it('walks a refusal through notification, appeal and closure, keeping the dated events', () => {
    const steps: [ActionId, Role, Record<string, unknown>][] = [
      ['schedule_interview', 'eligibility_officer', { interviewDate: '2026-03-10' }],
      ['record_interview', 'eligibility_officer', { interviewDate: '2026-03-10' }],
      ['begin_assessment', 'eligibility_officer', {}],
      [
        'draft_refusal',
        'eligibility_officer',
        {
          outcome: 'rejected',
          decisionReasons: reasons,
          complementaryProtectionAssessment: { protectionNeeded: false, reasons: 'Sin riesgo al retorno.' },
        },
      ],
      ['issue_decision', 'supervisor', { decisionDate: '2026-04-20' }],
      ['notify_decision', 'registration_officer', { notificationDate: '2026-04-22' }],
      ['lodge_appeal', 'registration_officer', { appealDate: '2026-05-06' }],
      [
        'decide_appeal',
        'appeals_officer',
        { outcome: 'confirmed', decisionReasons: reasons, decisionDate: '2026-06-01' },
      ],
      ['close_final', 'supervisor', {}],
    ];
    let state = INITIAL_STATE;
    const marks: unknown[] = [];
    for (const [action, role, data] of steps) {
      const result = applyTransition(mex, state, action, role, data);
      if (!result.ok) throw new Error(`${action}: ${result.error.message}`);
      state = result.state;
      if (result.event.marks) marks.push(result.event.marks);
      if (action === 'close_final') expect(result.event.closureReason).toBe('final_decision');
    }
    expect(state).toEqual({ stage: 'closed', outcome: 'confirmed' });
    expect(marks).toEqual([
      { event: 'decision_issued', date: '2026-04-20' },
      { event: 'written_notification', date: '2026-04-22' },
      { event: 'appeal_lodged', date: '2026-05-06' },
      { event: 'appeal_decided', date: '2026-06-01' },
    ]);
  });

  it('offers read-only roles nothing', () => {
    for (const role of ['statistician', 'auditor', 'administrator'] as const) {
      for (const stage of mex.stages) {
        expect(
          allowedActions(mex, { stage: stage.id, outcome: 'rejected' }, role),
          `${role} ${stage.id}`,
        ).toEqual([]);
      }
    }
  });
});

describe('Costa Rica and Panama: admissibility before the interview', () => {
  it.each(['CRI', 'PAN'])('%s: an inadmissible claim is decided, notified and can be appealed', (code) => {
    const procedure = loadCountryProfile(code).procedure;
    let state = INITIAL_STATE;
    for (const [action, data] of [
      ['examine_admissibility', {}],
      ['declare_inadmissible', { decisionReasons: 'Manifiestamente infundada.', decisionDate: '2026-03-02' }],
      ['notify_decision', { notificationDate: '2026-03-03' }],
      ['lodge_appeal', { appealDate: '2026-03-04' }],
    ] as const) {
      const result = applyTransition(procedure, state, action, 'supervisor', data);
      if (!result.ok) throw new Error(`${action}: ${result.error.message}`);
      state = result.state;
    }
    expect(state).toEqual({ stage: 'appeal_lodged', outcome: 'inadmissible' });
  });

  it('a commission decides the outcome itself, whatever the draft proposed', () => {
    const cri = loadCountryProfile('CRI').procedure;
    const result = applyTransition(
      cri,
      { stage: 'under_review', outcome: 'rejected' },
      'issue_decision',
      'supervisor',
      {
        outcome: 'recognized',
        decisionReasons: 'La Comisión reconoce la condición.',
        decisionDate: '2026-05-05',
      },
    );
    expect(result).toMatchObject({ ok: true, state: { stage: 'decided', outcome: 'recognized' } });
  });
});

describe('transitionFailureToAppError', () => {
  const mex = loadCountryProfile('MEX').procedure;
  const statusOf = (result: TransitionResult) => transitionFailureToAppError(failure(result)).status;

  it('answers 403 for the role, 409 for the state of the case and 400 naming the fields for the data', () => {
    expect(statusOf(applyTransition(mex, INITIAL_STATE, 'schedule_interview', 'auditor', {}))).toBe(403);
    expect(statusOf(applyTransition(mex, INITIAL_STATE, 'issue_decision', 'supervisor', {}))).toBe(409);
    const invalid = transitionFailureToAppError(
      failure(applyTransition(mex, INITIAL_STATE, 'schedule_interview', 'supervisor', {})),
    );
    expect(invalid).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: [{ path: 'interviewDate' }],
    });
  });
});
