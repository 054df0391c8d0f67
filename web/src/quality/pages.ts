import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { QualityPage } from './QualityPage';
import { QualityReportsPage } from './QualityReportsPage';
import { QualityReviewPage } from './QualityReviewPage';
import { qualityPath, qualityReportsPath, qualityReviewPattern } from './paths';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const qualityPages: FeaturePage[] = [
  {
    path: qualityPath,
    component: QualityPage,
    nav: { labelKey: 'quality.nav', href: qualityPath, visible: holdsAny('quality.review'), group: 'review' },
  },
  { path: qualityReportsPath, component: QualityReportsPage },
  { path: qualityReviewPattern, component: QualityReviewPage },
];
