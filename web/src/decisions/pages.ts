import type { FeaturePage } from '../app/feature-pages';
import { ReviewQueuePage } from './ReviewQueuePage';

/** The supervisor's queue of drafts to review (decisions are drafted and reviewed on the case file's panel). */
export const decisionPages: FeaturePage[] = [
  {
    path: '/decisions/review',
    component: ReviewQueuePage,
    nav: {
      labelKey: 'decisions.nav',
      href: '/decisions/review',
      visible: (me) => me.user.role === 'supervisor',
    },
  },
];
