import type { FeaturePage } from '../app/feature-pages';
import { DecisionDraftPage } from './DecisionDraftPage';
import { ReviewQueuePage } from './ReviewQueuePage';

/**
 * The supervisor's queue of drafts to review, and the page where a case's decision is drafted (reached
 * from the case file's "Resolución" panel, where it is also submitted, reviewed and notified).
 */
export const decisionPages: FeaturePage[] = [
  { path: '/cases/:id/decision', component: DecisionDraftPage },
  {
    path: '/decisions/review',
    component: ReviewQueuePage,
    nav: {
      labelKey: 'decisions.nav',
      href: '/decisions/review',
      visible: (me) => me.user.role === 'supervisor',
      group: 'review',
    },
  },
];
