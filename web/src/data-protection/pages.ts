import { holdsAny, type FeaturePage } from '../app/feature-pages';
import { RecipientsPage } from './RecipientsPage';

export const recipientsPath = '/destinatarios';

/** The pages of data protection (routes and navigation entries), mounted by App and AppHeader. */
export const dataProtectionPages: FeaturePage[] = [
  {
    path: recipientsPath,
    component: RecipientsPage,
    nav: {
      labelKey: 'dataProtection.recipients.nav',
      href: recipientsPath,
      visible: holdsAny('recipient.manage'),
      group: 'administration',
    },
  },
];
