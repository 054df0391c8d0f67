import type { FeaturePage } from '../app/feature-pages';
import { ReviewQueuePage } from './ReviewQueuePage';

export const identityReviewPath = '/duplicados';

/** The pages of identity resolution (routes and navigation entries), mounted by App and AppHeader. */
export const identityPages: FeaturePage[] = [
  {
    path: identityReviewPath,
    component: ReviewQueuePage,
    nav: {
      labelKey: 'identity.review.nav',
      href: identityReviewPath,
      // The server decides (supervisors review); the entry follows the role it names.
      visible: (me) => me.user.role === 'supervisor',
      group: 'review',
    },
  },
];
