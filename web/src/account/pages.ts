import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { AccountSecurityPage } from './AccountSecurityPage';
import { UsersPage } from './UsersPage';
import { accountSecurityPath, usersPath } from './paths';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const accountPages: FeaturePage[] = [
  {
    path: accountSecurityPath,
    component: AccountSecurityPage,
    // Everyone signed in has an account to look after.
    nav: { labelKey: 'account.nav', href: accountSecurityPath, visible: () => true },
  },
  {
    path: usersPath,
    component: UsersPage,
    nav: { labelKey: 'account.usersNav', href: usersPath, visible: holdsAny('user.manage') },
  },
];
