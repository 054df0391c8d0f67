import { describe, expect, it } from 'vitest';
import type { CountryProfile } from '@refugio/contract';
import { loadAllCountryProfiles, loadCountryProfile } from '../countries/country-profile.loader';
import { checkProcedure, checkProfileProcedure } from './procedure-coherence';
import type { Procedure, Transition } from './procedure';

/** A mutable copy: loaded profiles are frozen. */
const copyOf = (code: string): CountryProfile => structuredClone(loadCountryProfile(code));

function transition(procedure: Procedure, action: Transition['action']): Transition {
  const found = procedure.transitions.find((t) => t.action === action);
  if (!found) throw new Error(`no ${action}`);
  return found;
}

describe('the seven country procedures', () => {
  it.each(loadAllCountryProfiles().map((p) => [p.code, p] as const))('%s is coherent', (_code, profile) => {
    expect(checkProfileProcedure(profile)).toEqual([]);
  });
});

describe('an incoherent procedure is reported with the path of the rule', () => {
  it('a transition to a stage that does not exist', () => {
    const { procedure } = copyOf('MEX');
    const begin = transition(procedure, 'begin_assessment');
    begin.to = 'under_review';
    expect(checkProcedure(procedure)).toContainEqual({
      path: `transitions.${procedure.transitions.indexOf(begin)}.to`,
      message: 'begin_assessment leads to under_review, which is not a stage',
    });
  });

  it('a stage with no way out and cases that can never close', () => {
    const { procedure } = copyOf('MEX');
    const removed = ['close', 'issue_decision', 'return_draft'];
    procedure.transitions = procedure.transitions.filter((t) => !removed.includes(t.action));
    const messages = checkProcedure(procedure).map((p) => p.message);
    expect(messages).toContain('a case in decision_drafted (outcome recognized) has no way out');
    expect(messages).toContain('a case in registered can never reach closed');
    expect(messages).toContain('decided cannot be reached from registered');
  });

  it('an outcome guard that strands a case', () => {
    const { procedure } = copyOf('GTM');
    transition(procedure, 'close_final').whenOutcome = ['rejected', 'confirmed'];
    expect(checkProcedure(procedure).map((p) => p.message)).toContain(
      'a case in notified (outcome recognized) has no way out',
    );
  });

  it('a role that cannot read cases, and one that does not exist', () => {
    const { procedure } = copyOf('SLV');
    const notify = transition(procedure, 'notify_decision');
    const close = transition(procedure, 'close');
    notify.roles = ['statistician'];
    (close.roles as string[]) = ['janitor'];
    expect(checkProcedure(procedure)).toEqual([
      {
        path: `transitions.${procedure.transitions.indexOf(notify)}.roles.0`,
        message: 'statistician cannot read cases',
      },
      {
        path: `transitions.${procedure.transitions.indexOf(close)}.roles.0`,
        message: 'janitor is not a role',
      },
    ]);
  });

  it('an action with several outcomes that does not ask which', () => {
    const { procedure } = copyOf('MEX');
    const refusal = transition(procedure, 'draft_refusal');
    refusal.requires = refusal.requires.filter((f) => f !== 'outcome');
    expect(checkProcedure(procedure)).toContainEqual({
      path: `transitions.${procedure.transitions.indexOf(refusal)}.requires`,
      message: 'several choices are listed, so outcome is required',
    });
  });

  it('an event marked without the date that dates it', () => {
    const { procedure } = copyOf('CRI');
    transition(procedure, 'notify_decision').requires = [];
    expect(checkProcedure(procedure).map((p) => p.message)).toContain(
      'notify_decision marks written_notification, so it requires notificationDate',
    );
  });

  it('a stage that no transition touches', () => {
    const { procedure } = copyOf('MEX');
    procedure.stages.push({ id: 'under_review', name: { es: 'En revisión', en: 'Under review' } });
    expect(checkProcedure(procedure)).toEqual([
      { path: 'stages.10', message: 'no transition enters or leaves under_review' },
      { path: 'stages.10', message: 'under_review cannot be reached from registered' },
    ]);
  });

  it('an outcome or closure reason that no action records', () => {
    const { procedure } = copyOf('PAN');
    procedure.transitions = procedure.transitions.filter((t) => t.action !== 'declare_inadmissible');
    const close = transition(procedure, 'close');
    close.closureReasons = ['withdrawn', 'abandoned', 'deceased'];
    const messages = checkProcedure(procedure).map((p) => p.message);
    expect(messages).toContain('no action records inadmissible');
    expect(messages).toContain('no action closes a case as transferred');
  });

  it('a missing time limit, and two rules for the same date', () => {
    const { procedure } = copyOf('MEX');
    const appealFiling = procedure.timeLimits.find((l) => l.id === 'appeal_filing')!;
    procedure.timeLimits = procedure.timeLimits.filter((l) => l.id !== 'appeal_decision');
    procedure.timeLimits.push(structuredClone(appealFiling));
    const messages = checkProcedure(procedure).map((p) => p.message);
    expect(messages).toContain('appeal_decision is missing; state it as unknown if the law was not found');
    expect(messages).toContain('appeal_filing has two rules for the same starting date');
  });

  it('a weekly signature whose consequence no action records', () => {
    const { procedure } = copyOf('MEX');
    transition(procedure, 'close').closureReasons = ['withdrawn', 'not_ratified', 'deceased', 'transferred'];
    expect(checkProcedure(procedure)).toContainEqual({
      path: 'periodicPresentation.consequence',
      message: 'no action closes a case as abandoned',
    });
  });

  it('a filing window that the procedure contradicts', () => {
    const profile = copyOf('SLV');
    const filing = profile.procedure.timeLimits.find((l) => l.id === 'filing')!;
    if (filing.status !== 'known') throw new Error('SLV filing is known');
    filing.length = 10;
    expect(checkProfileProcedure(profile)).toEqual([
      {
        path: 'filingWindow',
        message: '5 working_days from entry matches no filing time limit of the procedure',
      },
    ]);
  });

  it('a filing time limit where the profile says the window is unknown', () => {
    const profile = copyOf('GTM');
    profile.procedure.timeLimits = [
      ...structuredClone(loadCountryProfile('SLV').procedure.timeLimits.filter((l) => l.id === 'filing')),
      ...profile.procedure.timeLimits.filter((l) => l.id !== 'filing'),
    ];
    expect(checkProfileProcedure(profile)).toEqual([
      { path: 'filingWindow', message: 'is unknown but the procedure knows a filing time limit' },
    ]);
  });
});
