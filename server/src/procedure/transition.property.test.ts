import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '@refugio/contract';
import { loadAllCountryProfiles } from '../countries/country-profile.loader';
import { FINAL_STAGE, INITIAL_STATE, isEnabled, type Procedure, type ProcedureState } from './procedure';
import { validData } from './procedure.fixtures';
import { applyTransition } from './transition';

/**
 * One random step. A guided step takes an action that is enabled, by a role allowed to take it, with
 * valid data, so that walks reach deep into the procedure; a free step takes any action of the procedure,
 * by any role, possibly leaving out a required field, so that refusals are exercised too.
 */
const step = fc.record({
  guided: fc.boolean(),
  pick: fc.nat(),
  role: fc.nat(),
  choice: fc.nat(),
  // Index of a required field to leave out in a free step; an index past the last field leaves none out.
  dropField: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
});

function canLeave(procedure: Procedure, state: ProcedureState): boolean {
  return procedure.transitions.some((t) => isEnabled(t, state) && t.to !== state.stage);
}

describe.each(loadAllCountryProfiles().map((p) => [p.code, p.procedure] as const))(
  '%s: any sequence of actions',
  (_code, procedure) => {
    const stageIds = new Set(procedure.stages.map((s) => s.id));
    const outcomeIds = new Set(procedure.outcomes.map((o) => o.id));

    it('leaves the case in a defined stage that has a way out unless it is closed', () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
          let state: ProcedureState = INITIAL_STATE;
          for (const s of steps) {
            const candidates = s.guided
              ? procedure.transitions.filter((t) => isEnabled(t, state))
              : procedure.transitions;
            const transition = candidates[s.pick % candidates.length];
            if (transition === undefined) throw new Error(`no action is possible in ${state.stage}`);
            const role = s.guided
              ? transition.roles[s.role % transition.roles.length]!
              : roles[s.role % roles.length]!;
            const data: Record<string, unknown> = { ...validData(procedure, transition, s.choice) };
            const dropped =
              s.guided || s.dropField === undefined ? undefined : transition.requires[s.dropField];
            if (dropped !== undefined) delete data[dropped];

            const result = applyTransition(procedure, state, transition.action, role, data);
            const legal =
              transition.roles.includes(role) && isEnabled(transition, state) && dropped === undefined;
            expect(result.ok).toBe(legal);
            if (result.ok) {
              expect(result.event.fromStage).toBe(state.stage);
              expect(result.state.stage).toBe(transition.to);
              state = result.state;
            }
            expect(stageIds.has(state.stage)).toBe(true);
            expect(state.outcome === null || outcomeIds.has(state.outcome)).toBe(true);
            if (state.stage !== FINAL_STAGE)
              expect(canLeave(procedure, state), JSON.stringify(state)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  },
);
