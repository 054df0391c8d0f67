import { assessmentSections, type AssessmentView, type CaseAssessment } from '@refugio/contract';
import { petronaCase } from '../testing/fixtures';

/** A draft assessment of Petrona's case with every section empty, as the server starts one. */
export const draftAssessment: AssessmentView = {
  id: '3c9a1d2e-5f4b-4c8d-9e7f-1a2b3c4d5e6f',
  caseId: petronaCase.id,
  caseNumber: petronaCase.caseNumber,
  person: { id: '7d2e3f4a-1b2c-4d5e-8f9a-0b1c2d3e4f5a', name: 'Petrona Xum Tuyuc' },
  round: 1,
  status: 'draft',
  author: { id: '8a11629a-7ab9-4d6f-b907-39c523a4766b', name: 'Pedro Elegible' },
  version: 1,
  createdAt: '2026-11-20T15:00:00.000Z',
  grounds: ['race', 'religion', 'nationality', 'particular_social_group', 'political_opinion', 'gender'],
  dependants: [],
  sections: assessmentSections.map((id) => ({
    id,
    requirement: 'required',
    complete: false,
    content: {},
    version: 1,
    updatedAt: '2026-11-20T15:00:00.000Z',
    updatedBy: null,
  })),
  facts: [],
  citations: [],
  readiness: {
    outcome: null,
    ready: false,
    missing: [{ path: 'sections.identity', code: 'incomplete', message: 'x' }],
  },
  actions: ['edit'],
};

export const withAssessment: CaseAssessment = {
  assessment: draftAssessment,
  canStart: false,
  caseVersion: 5,
};
