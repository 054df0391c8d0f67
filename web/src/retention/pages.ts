import { holdsAny, type FeaturePage } from '../app/feature-pages';
import { RetentionPage } from './RetentionPage';

export const retentionPath = '/conservacion';

/** The pages of retention and disposal (routes and navigation entries), mounted by App and AppHeader. */
export const retentionPages: FeaturePage[] = [
  {
    path: retentionPath,
    component: RetentionPage,
    nav: {
      labelKey: 'retention.nav',
      href: retentionPath,
      visible: holdsAny('retention.manage'),
      group: 'administration',
    },
  },
];
