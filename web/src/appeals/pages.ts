import type { Me } from '@refugio/contract';
import type { FeaturePage } from '../app/feature-pages';
import { AppealInboxPage, appealInboxPath } from './AppealInboxPage';
import { OverturnedPage, overturnedPath } from './OverturnedPage';

/** Case readers of these roles (the pages list cases' appeals: no case access, no entry). */
const hasRole =
  (...roles: string[]) =>
  (me: Me): boolean =>
    me.permissions.includes('case.read') && roles.includes(me.user.role);

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const appealPages: FeaturePage[] = [
  {
    path: overturnedPath,
    component: OverturnedPage,
    nav: {
      labelKey: 'appeals.nav.overturned',
      href: overturnedPath,
      visible: hasRole('eligibility_officer', 'supervisor', 'administrator'),
      group: 'review',
    },
  },
  {
    path: appealInboxPath,
    component: AppealInboxPage,
    nav: {
      labelKey: 'appeals.nav.inbox',
      href: appealInboxPath,
      visible: hasRole('appeals_officer', 'supervisor', 'administrator'),
      group: 'review',
    },
  },
];
