import { describe, expect, it } from 'vitest';
import { sectionConflicts, sectionGaps, type SectionContext } from './section-completeness';

const context: SectionContext = {
  grounds: ['race', 'religion', 'nationality', 'particular_social_group', 'political_opinion', 'gender'],
  dependantIds: ['00000000-0000-4000-8000-00000000000a'],
  factCount: 1,
};
const paths = (errors: { path: string; code: string }[]) => errors.map((e) => `${e.path}:${e.code}`);

describe('sectionGaps', () => {
  it('names each missing field of a section marked complete', () => {
    expect(paths(sectionGaps('nexus', {}, context))).toEqual([
      'content.established:required',
      'content.reasons:required',
    ]);
    expect(sectionGaps('nexus', { established: false, reasons: 'Delincuencia común.' }, context)).toEqual([]);
  });

  it('asks for the reasonableness of internal flight only where it is relevant', () => {
    const base = { stateProtectionAvailable: false, reasons: 'x' };
    expect(sectionGaps('state_protection', { ...base, internalFlightRelevant: false }, context)).toEqual([]);
    expect(
      paths(sectionGaps('state_protection', { ...base, internalFlightRelevant: true }, context)),
    ).toEqual(['content.internalFlightReasonable:required']);
  });

  it('needs a material fact before the facts are complete', () => {
    expect(paths(sectionGaps('material_facts', {}, { ...context, factCount: 0 }))).toEqual([
      'facts:required',
    ]);
    expect(sectionGaps('material_facts', {}, context)).toEqual([]);
  });

  it('needs the circumstance and the threat for the expanded definition to apply', () => {
    expect(paths(sectionGaps('cartagena', { applies: true, reasons: 'x' }, context))).toEqual([
      'content.circumstances:required',
      'content.threatToLifeSafetyOrFreedom:inconsistent',
    ]);
  });

  it('needs the risk when complementary protection is needed, and a basis only for recognition', () => {
    expect(paths(sectionGaps('complementary_protection', { needed: true, reasons: 'x' }, context))).toEqual([
      'content.risks:required',
    ]);
    expect(
      paths(sectionGaps('conclusion', { proposedOutcome: 'recognized', reasons: 'x' }, context)),
    ).toEqual(['content.recognitionBasis:required']);
    expect(
      paths(
        sectionGaps(
          'conclusion',
          { proposedOutcome: 'rejected', recognitionBasis: 'refugee_definition', reasons: 'x' },
          context,
        ),
      ),
    ).toEqual(['content.recognitionBasis:inconsistent_with_outcome']);
  });

  it('needs a finding for every dependant, with reasons when not following the principal', () => {
    expect(paths(sectionGaps('derivatives', {}, context))).toEqual(['content.people:dependant_missing']);
    const apart = { people: [{ personId: context.dependantIds[0], status: 'decided_separately' }] };
    expect(paths(sectionGaps('derivatives', apart, context))).toEqual(['content.people.0.reasons:required']);
    const follows = { people: [{ personId: context.dependantIds[0], status: 'follows_principal' }] };
    expect(sectionGaps('derivatives', follows, context)).toEqual([]);
  });
});

describe('sectionConflicts', () => {
  it('refuses a ground the law does not offer and a person who is not a dependant, even in a draft', () => {
    expect(
      paths(sectionConflicts('grounds', { grounds: [{ ground: 'belief', reasons: '' }] }, context)),
    ).toEqual(['content.grounds.0.ground:not_offered']);
    const stranger = { people: [{ personId: '00000000-0000-4000-8000-0000000000ff' }] };
    expect(paths(sectionConflicts('derivatives', stranger, context))).toEqual([
      'content.people.0.personId:not_a_dependant',
    ]);
  });
});
