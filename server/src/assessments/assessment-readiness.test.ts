import { describe, expect, it } from 'vitest';
import { assessmentSections, type OutcomeId } from '@refugio/contract';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { assessmentReadiness, type AssessmentSnapshot } from './assessment-snapshot';

const mex = loadCountryProfile('MEX');
const cri = loadCountryProfile('CRI');
const hnd = loadCountryProfile('HND');

const contents: Record<string, Record<string, unknown>> = {
  conclusion: { proposedOutcome: 'rejected', recognitionBasis: null, reasons: 'No nexus.' },
  complementary_protection: { needed: false, risks: [], reasons: 'No risk on return.' },
  cartagena: { applies: false, circumstances: [], reasons: 'No generalized violence in the region.' },
  exclusion: { excluded: false, considered: [], reasons: 'Nothing suggests it.' },
};

/** A snapshot whose sections are all complete, except those named. */
function snapshot(
  incomplete: string[] = [],
  overrides: Record<string, Record<string, unknown>> = {},
): AssessmentSnapshot {
  return {
    assessmentId: '00000000-0000-4000-8000-000000000001',
    caseId: '00000000-0000-4000-8000-000000000002',
    personId: '00000000-0000-4000-8000-000000000003',
    round: 1,
    status: 'draft',
    sections: assessmentSections.map((id) => ({
      id,
      complete: !incomplete.includes(id),
      content: { ...(contents[id] ?? {}), ...(overrides[id] ?? {}) },
    })),
    facts: [],
    proposedOutcome: 'rejected',
    recognitionBasis: null,
    complementaryProtection: null,
    coiSourceIds: [],
  };
}

const codes = (s: AssessmentSnapshot, profile = mex, outcome: OutcomeId = 'rejected') =>
  assessmentReadiness(s, profile, outcome).map((f) => `${f.path}:${f.code}`);

describe('assessmentReadiness', () => {
  it('is ready when every section is complete and agrees with the outcome', () => {
    expect(codes(snapshot())).toEqual([]);
  });

  it('refuses a Mexican refusal without a complete complementary-protection analysis (LRPCAP art. 29)', () => {
    expect(codes(snapshot(['complementary_protection']))).toEqual([
      'sections.complementary_protection:required_in_refusal',
    ]);
  });

  it('does not require the analysis in a refusal where the law on it is unknown', () => {
    expect(codes(snapshot(['complementary_protection']), cri)).toEqual([]);
  });

  it('does not require it in a recognition', () => {
    const s = snapshot(['complementary_protection'], {
      conclusion: { proposedOutcome: 'recognized', recognitionBasis: 'refugee_definition' },
    });
    expect(codes(s, mex, 'recognized')).toEqual([]);
  });

  it('requires the Cartagena section where the expanded definition is law, not where it is unknown', () => {
    expect(codes(snapshot(['cartagena']), mex)).toEqual(['sections.cartagena:incomplete']);
    expect(codes(snapshot(['cartagena']), hnd)).toEqual(['sections.cartagena:incomplete']);
    expect(codes(snapshot(['cartagena']), cri)).toEqual([]);
  });

  it('names every incomplete section', () => {
    expect(codes(snapshot(['identity', 'credibility']))).toEqual([
      'sections.identity:incomplete',
      'sections.credibility:incomplete',
    ]);
  });

  it('refuses an outcome other than the one the conclusion proposes', () => {
    expect(codes(snapshot(), mex, 'recognized')).toEqual(['sections.conclusion:outcome_mismatch']);
  });

  it('refuses a refusal where the analysis finds protection needed, and complementary protection where it does not', () => {
    const needed = snapshot([], {
      complementary_protection: { needed: true, risks: ['torture'] },
    });
    expect(codes(needed)).toContain('sections.complementary_protection:inconsistent_with_outcome');
    const proposed = snapshot([], { conclusion: { proposedOutcome: 'complementary_protection' } });
    expect(codes(proposed, mex, 'complementary_protection')).toEqual([
      'sections.complementary_protection:inconsistent_with_outcome',
    ]);
  });

  it('refuses recognition on the expanded definition when Cartagena was not found to apply', () => {
    const s = snapshot([], {
      conclusion: { proposedOutcome: 'recognized', recognitionBasis: 'expanded_definition' },
    });
    expect(codes(s, mex, 'recognized')).toEqual(['sections.cartagena:inconsistent_with_outcome']);
    const applies = snapshot([], {
      conclusion: { proposedOutcome: 'recognized', recognitionBasis: 'expanded_definition' },
      cartagena: {
        applies: true,
        circumstances: ['generalized_violence'],
        threatToLifeSafetyOrFreedom: true,
      },
    });
    expect(codes(applies, mex, 'recognized')).toEqual([]);
  });

  it('refuses recognising an excluded applicant', () => {
    const s = snapshot([], {
      conclusion: { proposedOutcome: 'recognized', recognitionBasis: 'refugee_definition' },
      exclusion: { excluded: true, considered: ['1F_b'] },
    });
    expect(codes(s, mex, 'recognized')).toEqual(['sections.exclusion:inconsistent_with_outcome']);
  });

  it('asks nothing of outcomes that do not rule on the merits', () => {
    expect(codes(snapshot(['identity', 'complementary_protection']), mex, 'inadmissible')).toEqual([]);
  });

  it('refuses a set-aside assessment', () => {
    expect(codes({ ...snapshot(), status: 'set_aside' })).toEqual(['status:set_aside']);
  });
});
