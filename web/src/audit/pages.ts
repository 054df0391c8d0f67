import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { AuditPage } from './AuditPage';
import { auditPath } from './paths';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const auditPages: FeaturePage[] = [
  {
    path: auditPath,
    component: AuditPage,
    nav: { labelKey: 'audit.nav', href: auditPath, visible: holdsAny('audit.read'), group: 'administration' },
  },
];
