import type { FeaturePage } from '../app/feature-pages';
import { AssessmentPage } from './AssessmentPage';

/** The assessment page of a case (reached from the case file's "Evaluación" panel). */
export const assessmentPages: FeaturePage[] = [{ path: '/cases/:id/assessment', component: AssessmentPage }];
