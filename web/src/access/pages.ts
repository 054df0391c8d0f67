import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { BreakGlassPage } from './BreakGlassPage';
import { BreakGlassReviewPage } from './BreakGlassReviewPage';
import { breakGlassPath, breakGlassReviewPath } from './paths';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const accessPages: FeaturePage[] = [
  { path: breakGlassPath, component: BreakGlassPage },
  {
    path: breakGlassReviewPath,
    component: BreakGlassReviewPage,
    nav: {
      labelKey: 'access.review.nav',
      href: breakGlassReviewPath,
      visible: holdsAny('break_glass.review'),
      group: 'review',
    },
  },
];
