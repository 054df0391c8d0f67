import { holdsAny, type FeaturePage } from '../app/feature-pages';
import { TimeLimitsPage } from './TimeLimitsPage';

/** The legal time limits page: whoever counts deadlines reads it; whoever manages the rules changes them. */
export const timeLimitPages: FeaturePage[] = [
  {
    path: '/time-limits',
    component: TimeLimitsPage,
    nav: {
      labelKey: 'timeLimits.nav',
      href: '/time-limits',
      visible: holdsAny('case.read', 'rules.manage'),
      group: 'deadlines',
    },
  },
];
